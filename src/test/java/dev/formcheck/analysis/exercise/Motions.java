package dev.formcheck.analysis.exercise;

/** Smooth rep-shaped traces for engine tests: rest at {@code top}, down to {@code bottom} and back, per rep. */
final class Motions {
    private Motions() {
    }

    /**
     * The value at time {@code t} of reps starting at {@code firstStart}, each {@code repSeconds}
     * long with {@code restSeconds} of rest after it; {@code bottoms[i]} is rep i's turning point.
     */
    static double reps(double t, double firstStart, double repSeconds, double restSeconds, double top, double... bottoms) {
        double period = repSeconds + restSeconds;
        int i = (int) Math.floor((t - firstStart) / period);
        if (t < firstStart || i >= bottoms.length) {
            return top;
        }
        double phase = (t - firstStart - i * period) / repSeconds;
        if (phase > 1) {
            return top;
        }
        return top + (bottoms[i] - top) * (1 - Math.cos(2 * Math.PI * phase)) / 2;
    }

    /** Which rep (0-based) time {@code t} falls in, and how far through it (0..1), or -1 outside reps. */
    static double repPhase(double t, double firstStart, double repSeconds, double restSeconds, int count) {
        double period = repSeconds + restSeconds;
        int i = (int) Math.floor((t - firstStart) / period);
        if (t < firstStart || i >= count) {
            return -1;
        }
        double phase = (t - firstStart - i * period) / repSeconds;
        return phase > 1 ? -1 : i + phase;
    }

    /** Deterministic jitter of amplitude {@code a}: a few incommensurate sines, like keypoint noise. */
    static double jitter(double t, double a) {
        return a * (0.5 * Math.sin(37.1 * t) + 0.3 * Math.sin(91.7 * t + 1) + 0.2 * Math.sin(173.3 * t + 2));
    }
}
