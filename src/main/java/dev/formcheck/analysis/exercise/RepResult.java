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
 */
public record RepResult(int index, long startMicros, long bottomMicros, long endMicros, String signalName,
                        double depthDegrees, double rangeOfMotionDegrees, OptionalDouble worstSpineFlexionDegrees,
                        OptionalDouble deepestThighDegrees) {
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
