package dev.formcheck.cli;

import dev.formcheck.common.FormCheckException;
import dev.formcheck.capture.VideoFileSource;
import dev.formcheck.ui.model.SampleVideo;
import dev.formcheck.ui.window.FormCheckApp;
import dev.formcheck.ui.window.WindowBench;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "window", mixinStandardHelpOptions = true,
        description = {"Opens the window, plays a video as the camera and reports: JVM start to the window,",
                "to the first frame on screen, then the live frame rate and capture-to-screen latency.",
                "Needs a display. Start it fresh for each measure of start-up."})
final class BenchWindowCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @picocli.CommandLine.Mixin
    VerboseOption verbose;

    @Parameters(arity = "0..1", paramLabel = "VIDEO", description = "Default: the bundled sample video.")
    Path video;

    @Option(names = "--seconds", defaultValue = "10", paramLabel = "S",
            description = "Seconds of live video measured after the first frame. Default: ${DEFAULT-VALUE}.")
    double seconds;

    @Override
    public Integer call() throws InterruptedException, IOException {
        if (!FormCheckApp.canShowWindow()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "bench window needs a display (none here)");
        }
        if (!(seconds > 0 && seconds <= 600)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--seconds must be in 0..600, not " + seconds);
        }
        Path input = video != null ? video : SampleVideo.find()
                .orElseThrow(() -> new FormCheckException("the sample video " + SampleVideo.RELATIVE + " is missing"));
        VideoFileSource.checkReadable(input);
        Path dir = Files.createTempDirectory("formcheck-bench-window");
        try {
            PrintWriter out = spec.commandLine().getOut();
            WindowBench.Result r = WindowBench.run(input, seconds, dir.resolve("settings.json"), step -> {
                if (Main.verboseRequested(spec)) {
                    out.println("  " + step);
                }
            });
            out.printf(Locale.ROOT, "window shown:        %d ms after the JVM started%n", r.windowShownMs());
            out.printf(Locale.ROOT, "first frame shown:   %d ms after the JVM started (models loaded in between)%n",
                    r.firstFrameMs());
            out.printf(Locale.ROOT, "live:                %.1f frames/s painted over %.0f s (%d frames)%n",
                    r.framesPerSecond(), seconds, r.framesShown());
            out.printf(Locale.ROOT, "capture to screen:   p50 %.0f ms, p95 %.0f ms%n", r.latencyP50Ms(), r.latencyP95Ms());
            out.printf(Locale.ROOT, "back's outline:      %.1f readings/s asked (on its own thread)%n", r.outlineReadingsPerSecond());
            out.flush();
            return 0;
        } finally {
            try (var files = Files.list(dir)) {
                for (Path f : files.toList()) {
                    Files.deleteIfExists(f);
                }
            }
            Files.deleteIfExists(dir);
        }
    }
}
