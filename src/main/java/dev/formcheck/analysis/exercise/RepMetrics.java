package dev.formcheck.analysis.exercise;

import java.util.OptionalDouble;

/** Per-rep numbers computed from the rep's frames. */
final class RepMetrics {
    private RepMetrics() {
    }

    /**
     * How far short of parallel the thigh stayed at the rep's deepest point: its inclination below
     * horizontal there (0 parallel, negative below parallel). SHALLOW_DEPTH reads it.
     */
    static final RepCheck.RepMetric THIGH_SHORT_OF_PARALLEL = RepMetrics::deepestThigh;

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

    /** The body line's largest departure from straight in the rep, either way (sagging or piked), where it was measured. */
    static OptionalDouble worstBodyLine(long fromMicros, long toMicros, Iterable<FrameSample> frames) {
        double worst = Double.NEGATIVE_INFINITY;
        for (FrameSample s : frames) {
            if (s.timestampMicros() >= fromMicros && s.timestampMicros() <= toMicros && s.bodyLineDeparture().isPresent()) {
                worst = Math.max(worst, s.bodyLineDeparture().getAsDouble());
            }
        }
        return worst == Double.NEGATIVE_INFINITY ? OptionalDouble.empty() : OptionalDouble.of(worst);
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

    /** The estimate that read the rep's worst spine flexion (the first frame, if it was read more than once). */
    static java.util.Optional<Evidence> worstSpineEvidence(long fromMicros, long toMicros, Iterable<FrameSample> frames) {
        double worst = Double.NEGATIVE_INFINITY;
        java.util.Optional<Evidence> evidence = java.util.Optional.empty();
        for (FrameSample s : frames) {
            if (s.timestampMicros() >= fromMicros && s.timestampMicros() <= toMicros && s.spineFlexion().isPresent()
                    && s.spineFlexion().getAsDouble() > worst) {
                worst = s.spineFlexion().getAsDouble();
                evidence = s.spineEvidence();
            }
        }
        return evidence;
    }

    /** The view seen most in the frames between two times; UNKNOWN when none. */
    static dev.formcheck.kinematics.CameraView mostSeenView(long fromMicros, long toMicros, Iterable<FrameSample> frames) {
        java.util.Map<dev.formcheck.kinematics.CameraView, Integer> counts =
                new java.util.EnumMap<>(dev.formcheck.kinematics.CameraView.class);
        for (FrameSample s : frames) {
            if (s.timestampMicros() >= fromMicros && s.timestampMicros() <= toMicros) {
                counts.merge(s.view(), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().max(java.util.Map.Entry.comparingByValue()).map(java.util.Map.Entry::getKey)
                .orElse(dev.formcheck.kinematics.CameraView.UNKNOWN);
    }
}
