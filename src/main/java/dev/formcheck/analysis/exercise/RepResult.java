package dev.formcheck.analysis.exercise;

import dev.formcheck.analysis.Rep;

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
 * @param side for an exercise done one side at a time (a lunge: the front leg), the side the rep's
 *     turning point showed most; empty for others or when it could not be seen
 * @param worstBodyLineDegrees for an exercise judged by its body line (a push-up: shoulder-hip-ankle,
 *     or -knee with the knees bent), the line's largest departure from straight in the rep, sagging
 *     or piked; empty for others or when it was not measured
 * @param lockout for a rep from the turning point through rest and back (a deadlift's floor, lockout,
 *     floor): when it left the floor, locked out, left lockout and was back; its tempo is then the
 *     pull and the lowering, not "down" and "up" (decision 0084). Empty for a rep from rest.
 */
public record RepResult(int index, long startMicros, long bottomMicros, long endMicros, String signalName,
                        double depthDegrees, double rangeOfMotionDegrees, OptionalDouble worstSpineFlexionDegrees,
                        OptionalDouble deepestThighDegrees, java.util.Optional<Evidence> worstSpineEvidence,
                        java.util.Optional<dev.formcheck.kinematics.BodySide> side, OptionalDouble worstBodyLineDegrees,
                        java.util.Optional<Rep.Lockout> lockout) {
    public RepResult {
        if (worstSpineEvidence == null || side == null || worstBodyLineDegrees == null || lockout == null) {
            throw new IllegalArgumentException("a rep's evidence, side, body line and lockout are empty when it has none");
        }
    }

    /** A rep from rest to rest. */
    public RepResult(int index, long startMicros, long bottomMicros, long endMicros, String signalName,
                     double depthDegrees, double rangeOfMotionDegrees, OptionalDouble worstSpineFlexionDegrees,
                     OptionalDouble deepestThighDegrees, java.util.Optional<Evidence> worstSpineEvidence,
                     java.util.Optional<dev.formcheck.kinematics.BodySide> side, OptionalDouble worstBodyLineDegrees) {
        this(index, startMicros, bottomMicros, endMicros, signalName, depthDegrees, rangeOfMotionDegrees,
                worstSpineFlexionDegrees, deepestThighDegrees, worstSpineEvidence, side, worstBodyLineDegrees,
                java.util.Optional.empty());
    }

    /** A rep whose body line is not followed. */
    public RepResult(int index, long startMicros, long bottomMicros, long endMicros, String signalName,
                     double depthDegrees, double rangeOfMotionDegrees, OptionalDouble worstSpineFlexionDegrees,
                     OptionalDouble deepestThighDegrees, java.util.Optional<Evidence> worstSpineEvidence,
                     java.util.Optional<dev.formcheck.kinematics.BodySide> side) {
        this(index, startMicros, bottomMicros, endMicros, signalName, depthDegrees, rangeOfMotionDegrees,
                worstSpineFlexionDegrees, deepestThighDegrees, worstSpineEvidence, side, OptionalDouble.empty());
    }

    /** A rep done on no particular side. */
    public RepResult(int index, long startMicros, long bottomMicros, long endMicros, String signalName,
                     double depthDegrees, double rangeOfMotionDegrees, OptionalDouble worstSpineFlexionDegrees,
                     OptionalDouble deepestThighDegrees, java.util.Optional<Evidence> worstSpineEvidence) {
        this(index, startMicros, bottomMicros, endMicros, signalName, depthDegrees, rangeOfMotionDegrees,
                worstSpineFlexionDegrees, deepestThighDegrees, worstSpineEvidence, java.util.Optional.empty());
    }

    /** A rep whose worst spine reading names no estimate (hand-built results). */
    public RepResult(int index, long startMicros, long bottomMicros, long endMicros, String signalName,
                     double depthDegrees, double rangeOfMotionDegrees, OptionalDouble worstSpineFlexionDegrees,
                     OptionalDouble deepestThighDegrees) {
        this(index, startMicros, bottomMicros, endMicros, signalName, depthDegrees, rangeOfMotionDegrees,
                worstSpineFlexionDegrees, deepestThighDegrees, java.util.Optional.empty());
    }

    /** Tempo, the way down: from leaving the rest phase to the turning point (for a rep from rest). */
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
