package dev.formcheck.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Random;
import java.util.function.DoubleUnaryOperator;

/** Synthetic signal traces for the engine's tests: clean ones, and the same with seeded noise, spikes and dropouts. */
final class Trace {
    /** One sample: a timestamp and a measurement, or none. */
    record Sample(long micros, OptionalDouble value) {
        static Sample of(long micros, double value) {
            return new Sample(micros, OptionalDouble.of(value));
        }

        static Sample missing(long micros) {
            return new Sample(micros, OptionalDouble.empty());
        }
    }

    /** What makes a trace jittery. */
    record Jitter(double noiseDegrees, double spikeProbability, double spikeLow, double spikeHigh,
                  double dropoutProbability, long maxDropoutMicros, double timestampJitter) {
        /** 3 deg of noise, 2% wild frames (any angle), 1% of frames starting a dropout of up to 200 ms, frame times off by up to 15% either way. */
        static final Jitter REALISTIC = new Jitter(3, 0.02, 20, 180, 0.01, 200_000, 0.3);
        /** As REALISTIC with three times the dropouts, up to 300 ms each (about 15% of frames missing). */
        static final Jitter HARSH = new Jitter(3, 0.02, 20, 180, 0.03, 300_000, 0.3);
        /** 5 deg of noise, 5% wild frames, 5% of frames starting a dropout of up to 500 ms, frame times off by up to 25%. */
        static final Jitter EXTREME = new Jitter(5, 0.05, 20, 180, 0.05, 500_000, 0.5);
    }

    private Trace() {
    }

    static long micros(double seconds) {
        return Math.round(seconds * 1e6);
    }

    /** {@code signal} (of seconds) sampled at {@code fps} from 0 to {@code durationSeconds}. */
    static List<Sample> sample(DoubleUnaryOperator signal, double durationSeconds, double fps) {
        List<Sample> out = new ArrayList<>();
        int n = (int) Math.floor(durationSeconds * fps);
        for (int i = 0; i <= n; i++) {
            double t = i / fps;
            out.add(Sample.of(micros(t), signal.applyAsDouble(t)));
        }
        return out;
    }

    /** The same trace with seeded noise, spikes, dropouts and uneven frame times (still strictly increasing). */
    static List<Sample> jittery(List<Sample> clean, Jitter j, long seed) {
        Random random = new Random(seed);
        List<Sample> out = new ArrayList<>(clean.size());
        long dropoutUntil = Long.MIN_VALUE;
        long previous = Long.MIN_VALUE;
        for (int i = 0; i < clean.size(); i++) {
            Sample s = clean.get(i);
            long interval = i + 1 < clean.size() ? clean.get(i + 1).micros() - s.micros() : 0;
            long t = s.micros() + Math.round((random.nextDouble() - 0.5) * j.timestampJitter() * interval);
            t = Math.max(t, previous + 1);
            previous = t;
            if (t < dropoutUntil) {
                out.add(Sample.missing(t));
                continue;
            }
            if (random.nextDouble() < j.dropoutProbability()) {
                dropoutUntil = t + (long) (random.nextDouble() * j.maxDropoutMicros());
                out.add(Sample.missing(t));
                continue;
            }
            double v = s.value().orElse(Double.NaN);
            if (random.nextDouble() < j.spikeProbability()) {
                v = j.spikeLow() + random.nextDouble() * (j.spikeHigh() - j.spikeLow());
            } else {
                v += random.nextGaussian() * j.noiseDegrees();
            }
            out.add(Sample.of(t, v));
        }
        return out;
    }

    /**
     * Reps of a joint angle that falls from {@code top} to {@code bottom} and back: standing for
     * {@code leadIn} s, then each rep eases down for {@code down} s, pauses {@code pause} s, eases
     * up for {@code up} s and stands {@code rest} s; a signal of seconds.
     */
    static DoubleUnaryOperator reps(int count, double top, double bottom, double leadIn, double down, double pause,
                                    double up, double rest) {
        double period = down + pause + up + rest;
        return t -> {
            double u = t - leadIn;
            if (u < 0 || u >= count * period) {
                return top;
            }
            double r = u % period;
            if (r < down) {
                return ease(top, bottom, r / down);
            }
            if (r < down + pause) {
                return bottom;
            }
            if (r < down + pause + up) {
                return ease(bottom, top, (r - down - pause) / up);
            }
            return top;
        };
    }

    static double duration(int count, double leadIn, double down, double pause, double up, double rest) {
        return leadIn + count * (down + pause + up + rest) + 1.0;
    }

    private static double ease(double from, double to, double f) {
        return from + (to - from) * (1 - Math.cos(Math.PI * f)) / 2;
    }

    /** Feeds every sample, then finishes; returns every event. */
    static List<PhaseEvent> run(PhaseMachine machine, List<Sample> samples) {
        List<PhaseEvent> events = new ArrayList<>();
        for (Sample s : samples) {
            events.addAll(machine.update(s.micros(), s.value()));
        }
        events.addAll(machine.finish());
        return events;
    }

    static <T extends PhaseEvent> List<T> only(List<PhaseEvent> events, Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
