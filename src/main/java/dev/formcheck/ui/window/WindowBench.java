package dev.formcheck.ui.window;

import dev.formcheck.ui.model.LatencyRecorder;
import dev.formcheck.ui.model.SettingsStore;

import javax.swing.SwingUtilities;
import java.awt.event.WindowEvent;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Measures the window as a user meets it: JVM start to the window on screen, to the first video
 * frame painted (the models load in between), then the live frame rate and capture-to-screen
 * latency while {@code video} plays as the camera. Settings go to a throwaway file.
 */
public final class WindowBench {
    /** What one run measured. */
    public record Result(long windowShownMs, long firstFrameMs, double framesPerSecond, int framesShown,
                         double latencyP50Ms, double latencyP95Ms, double outlineReadingsPerSecond) {
    }

    private WindowBench() {
    }

    /** @param steps told each step of the start-up as it happens */
    public static Result run(Path video, double seconds, Path settingsFile, java.util.function.Consumer<String> steps)
            throws InterruptedException {
        long[] shown = new long[1];
        MainWindow window = FormCheckApp.open(new SettingsStore(settingsFile), t -> {
            shown[0] = FormCheckApp.sinceJvmStart();
            steps.accept(t);
        });
        try {
            SwingUtilities.invokeLater(() -> window.workout.startWithVideo(video));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (window.workout.latency().count() == 0 && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            long first = FormCheckApp.sinceJvmStart();
            LatencyRecorder latency = window.workout.latency();
            latency.clear(); // the steady state: the first frames wait for the JIT
            int before = window.workout.framesPainted();
            long readingsBefore = window.workout.outlineReadings();
            long start = System.nanoTime();
            Thread.sleep(Math.round(seconds * 1000));
            double elapsed = (System.nanoTime() - start) / 1e9;
            int frames = window.workout.framesPainted() - before;
            long readings = window.workout.outlineReadings() - readingsBefore;
            return new Result(shown[0], first, frames / elapsed, frames, latency.percentileMillis(50),
                    latency.percentileMillis(95), Math.max(0, readings) / elapsed);
        } finally {
            SwingUtilities.invokeLater(() -> window.dispatchEvent(new WindowEvent(window, WindowEvent.WINDOW_CLOSING)));
            window.awaitClosed();
            window.flushSettings(); // the bounds are written on closing: done before the caller removes the file
        }
    }
}
