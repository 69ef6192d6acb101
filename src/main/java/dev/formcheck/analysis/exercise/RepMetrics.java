package dev.formcheck.analysis.exercise;

import java.util.OptionalDouble;

/** Per-rep numbers computed from the rep's frames. */
final class RepMetrics {
    private RepMetrics() {
    }

    /**
     * How far above parallel the thigh stayed at the rep's deepest point, degrees: positive short of
     * parallel, negative below it. SHALLOW_DEPTH reads it.
     */
    static final RepCheck.RepMetric THIGH_ABOVE_PARALLEL_AT_DEEPEST = (rep, frames) -> {
        OptionalDouble deepest = deepestThigh(rep.startMicros(), rep.endMicros(), frames);
        return deepest.isPresent() ? OptionalDouble.of(-deepest.getAsDouble()) : deepest;
    };

    /** The thigh's lowest point between two times, degrees below horizontal. */
    static OptionalDouble deepestThigh(long fromMicros, long toMicros, Iterable<FrameSample> frames) {
        double deepest = Double.POSITIVE_INFINITY;
        for (FrameSample s : frames) {
            if (s.timestampMicros() >= fromMicros && s.timestampMicros() <= toMicros && s.thighInclination().isPresent()) {
                deepest = Math.min(deepest, s.thighInclination().getAsDouble());
            }
        }
        return deepest == Double.POSITIVE_INFINITY ? OptionalDouble.empty() : OptionalDouble.of(deepest);
    }

    /** The most the spine was judged flexed in the rep (trusted estimates only). */
    static OptionalDouble worstSpineFlexion(long fromMicros, long toMicros, Iterable<FrameSample> frames) {
        double worst = Double.NEGATIVE_INFINITY;
        for (FrameSample s : frames) {
            if (s.timestampMicros() >= fromMicros && s.timestampMicros() <= toMicros && s.spineFlexion().isPresent()) {
                worst = Math.max(worst, s.spineFlexion().getAsDouble());
            }
        }
        return worst == Double.NEGATIVE_INFINITY ? OptionalDouble.empty() : OptionalDouble.of(worst);
    }
}
