package dev.formcheck.analysis.exercise;

import java.util.OptionalDouble;

/**
 * One counted rep and its metrics.
 *
 * @param index 1-based
 * @param startMicros left the rest phase
 * @param bottomMicros the turning point
 * @param endMicros back in the rest phase
 * @param signalName what depth and range are measured on ("thigh inclination", "hip angle", "elbow angle")
 * @param depthDegrees the signal at the turning point
 * @param rangeOfMotionDegrees from the top before the rep to its turning point
 * @param worstSpineFlexionDegrees the most the back was judged flexed from neutral, when it could be judged
 * @param deepestThighDegrees the thigh's lowest point, degrees below horizontal (negative: above), when measured
 * @param worstSpineEvidence the estimate that read the worst spine flexion, and its confidence
 */
public record RepResult(int index, long startMicros, long bottomMicros, long endMicros, String signalName,
                        double depthDegrees, double rangeOfMotionDegrees, OptionalDouble worstSpineFlexionDegrees,
                        OptionalDouble deepestThighDegrees, java.util.Optional<Evidence> worstSpineEvidence) {
    /** A rep whose worst spine reading names no estimate (hand-built results). */
    public RepResult(int index, long startMicros, long bottomMicros, long endMicros, String signalName,
                     double depthDegrees, double rangeOfMotionDegrees, OptionalDouble worstSpineFlexionDegrees,
                     OptionalDouble deepestThighDegrees) {
        this(index, startMicros, bottomMicros, endMicros, signalName, depthDegrees, rangeOfMotionDegrees,
                worstSpineFlexionDegrees, deepestThighDegrees, java.util.Optional.empty());
    }

    public long downMicros() {
        return bottomMicros - startMicros;
    }

    public long upMicros() {
        return endMicros - bottomMicros;
    }

    public long durationMicros() {
        return endMicros - startMicros;
    }
}
