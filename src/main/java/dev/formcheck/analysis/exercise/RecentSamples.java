package dev.formcheck.analysis.exercise;

import dev.formcheck.kinematics.KinematicFrame;

import java.util.ArrayDeque;
import java.util.List;
import java.util.OptionalDouble;

/** The last frames' samples for per-rep metrics, over a window longer than any rep. */
final class RecentSamples {
    /** Samples kept for per-rep metrics: longer than any rep. */
    private static final long SAMPLE_WINDOW_MICROS = 60_000_000;

    private final ArrayDeque<FrameSample> samples = new ArrayDeque<>();

    void remember(KinematicFrame frame, OptionalDouble signal, SignalContext context) {
        long t = frame.timestampMicros();
        samples.addLast(FrameSample.of(frame, signal, context));
        while (t - samples.peekFirst().timestampMicros() > SAMPLE_WINDOW_MICROS) {
            samples.removeFirst();
        }
    }

    List<FrameSample> snapshot() {
        return List.copyOf(samples);
    }

    void clear() {
        samples.clear();
    }
}
