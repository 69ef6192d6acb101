package dev.formcheck.analysis.exercise;

import dev.formcheck.analysis.thresholds.Thresholds;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The words an exercise file may use for what the engine measures: the quantities a movement is
 * followed by, the fault signals a check judges, the per-rep metrics. Each word is one measurement
 * written in Java once ({@link FrameQuantity}, {@link FaultSignal}, {@link RepMetrics}); an
 * exercise file only combines them. Adding a word here is adding a genuinely new measurement.
 */
final class ExerciseVocabulary {
    /** Quantities by their file name; some read a threshold (the body line's straight-knee rule). */
    private static final Map<String, Function<Thresholds, FrameQuantity>> QUANTITIES = new LinkedHashMap<>();
    private static final Map<String, FaultSignal> SIGNALS = new LinkedHashMap<>();
    private static final Map<String, RepCheck.RepMetric> METRICS = new LinkedHashMap<>();
    /** How a rep of an exercise done one side at a time tells its side. */
    private static final Map<String, SideReading> SIDES = new LinkedHashMap<>();

    static {
        QUANTITIES.put("thigh_inclination", t -> FrameQuantity.THIGH_INCLINATION);
        QUANTITIES.put("hip_angle", t -> FrameQuantity.HIP_ANGLE);
        QUANTITIES.put("knee_angle", t -> FrameQuantity.KNEE_ANGLE);
        QUANTITIES.put("trunk_inclination", t -> FrameQuantity.TRUNK);
        QUANTITIES.put("trunk_above_horizontal", t -> FrameQuantity.TRUNK_ABOVE_HORIZONTAL);
        QUANTITIES.put("body_incline", t -> FrameQuantity.BODY_INCLINE);
        QUANTITIES.put("near_elbow", t -> FrameQuantity.NEAR_ELBOW);
        QUANTITIES.put("body_line", ExerciseVocabulary::bodyLine);
        QUANTITIES.put("hand_height", t -> FrameQuantity.HAND_HEIGHT);
        QUANTITIES.put("frontal_body_line", t -> FrameQuantity.FRONTAL_BODY_LINE);
        QUANTITIES.put("knee_split", t -> FrameQuantity.KNEE_SPLIT);
        QUANTITIES.put("arm_elevation", t -> FrameQuantity.ARM_ELEVATION);
        QUANTITIES.put("front_trunk_lean", t -> FrameQuantity.FRONT_TRUNK_LEAN);
        QUANTITIES.put("elbow_from_shoulder_drop", t -> FrameQuantity.ELBOW_FROM_SHOULDER_DROP);
        QUANTITIES.put("hip_from_trunk_lean", t -> FrameQuantity.HIP_FROM_TRUNK_LEAN);

        SIGNALS.put("spine_flexion", FaultSignal.SPINE_FLEXION);
        SIGNALS.put("spine_extension", FaultSignal.SPINE_EXTENSION);
        SIGNALS.put("spine_departure", FaultSignal.SPINE_DEPARTURE);
        SIGNALS.put("hip_sag", FaultSignal.HIP_SAG);
        SIGNALS.put("hip_pike", FaultSignal.HIP_PIKE);
        SIGNALS.put("head_drop", FaultSignal.HEAD_DROP);
        SIGNALS.put("frontal_hip_sag", FaultSignal.FRONTAL_HIP_SAG);
        SIGNALS.put("frontal_hip_pike", FaultSignal.FRONTAL_HIP_PIKE);
        SIGNALS.put("torso_lean", FaultSignal.TORSO_LEAN);
        SIGNALS.put("knee_cave", FaultSignal.KNEE_CAVE);

        SIDES.put("front_leg", SideReading.FRONT_LEG);
        SIDES.put("reaching_arm", SideReading.REACHING_ARM);
        SIDES.put("arm_opposite_lifted_leg", SideReading.ARM_OPPOSITE_LIFTED_LEG);
        SIDES.put("arm_over_bent_leg", SideReading.ARM_OVER_BENT_LEG);

        METRICS.put("thigh_short_of_parallel", RepMetrics.THIGH_SHORT_OF_PARALLEL);
    }

    private ExerciseVocabulary() {
    }

    /**
     * The body line as the plank checks judge it ({@link FaultSignal#bodyLine}): to the ankle with
     * a straight leg ({@code flags.body_line.straight_knee_min}), else to the knee.
     */
    private static FrameQuantity bodyLine(Thresholds t) {
        double straightKnee = t.degrees("flags.body_line.straight_knee_min");
        return f -> FaultSignal.bodyLine(f, straightKnee);
    }

    static Optional<FrameQuantity> quantity(String name, Thresholds t) {
        return Optional.ofNullable(QUANTITIES.get(name)).map(q -> q.apply(t));
    }

    static boolean isQuantity(String name) {
        return QUANTITIES.containsKey(name);
    }

    static Optional<FaultSignal> signal(String name) {
        return Optional.ofNullable(SIGNALS.get(name));
    }

    static Optional<RepCheck.RepMetric> metric(String name) {
        return Optional.ofNullable(METRICS.get(name));
    }

    static Optional<SideReading> sideReading(String name) {
        return Optional.ofNullable(SIDES.get(name));
    }

    static String sideReadings() {
        return String.join(", ", SIDES.keySet());
    }

    static String quantities() {
        return String.join(", ", QUANTITIES.keySet());
    }

    static String signals() {
        return String.join(", ", SIGNALS.keySet());
    }

    static String metrics() {
        return String.join(", ", METRICS.keySet());
    }
}
