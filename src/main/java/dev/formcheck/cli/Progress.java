package dev.formcheck.cli;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarConsumer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A progress bar on stderr while a long command runs interactively; nothing at all when the
 * output goes to a file or another program (logs and CI stay clean).
 */
final class Progress {
    private Progress() {
    }

    /**
     * Whether stderr is a terminal someone watches. Java cannot ask about stderr alone; on Linux
     * its file descriptor names the device, elsewhere we fall back to asking whether stdin and
     * stdout are a terminal.
     */
    static boolean interactive() {
        if ("dumb".equals(System.getenv("TERM"))) {
            return false;
        }
        Path stderr = Path.of("/proc/self/fd/2");
        if (Files.isSymbolicLink(stderr)) {
            try {
                String device = Files.readSymbolicLink(stderr).toString();
                return device.startsWith("/dev/pts/") || device.startsWith("/dev/tty");
            } catch (IOException e) {
                return false;
            }
        }
        return System.console() != null;
    }

    /** A bar counting frames, or null when not interactive (callers use {@link #step}). */
    static ProgressBar forFrames(String task, long frames) {
        if (!interactive()) {
            return null;
        }
        ProgressBarConsumer stderr = new ConsoleProgressBarConsumer(System.err);
        return new ProgressBarBuilder().setTaskName(task).setInitialMax(Math.max(frames, 0)).setUnit(" frames", 1)
                .setConsumer(stderr).showSpeed().build();
    }

    static void step(ProgressBar bar) {
        if (bar != null) {
            bar.step();
        }
    }
}
