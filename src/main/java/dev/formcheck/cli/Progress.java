package dev.formcheck.cli;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarConsumer;

/**
 * A progress bar on stderr while a long command runs interactively; nothing at all when the
 * output goes to a file or another program (logs and CI stay clean).
 */
final class Progress {
    private Progress() {
    }

    /** Whether someone is watching: Java only tells when both stdin and stdout are a terminal. */
    static boolean interactive() {
        return System.console() != null && !"dumb".equals(System.getenv("TERM"));
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
