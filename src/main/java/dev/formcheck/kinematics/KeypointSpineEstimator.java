package dev.formcheck.kinematics;

import dev.formcheck.pose.BodyPart;
import dev.formcheck.pose.Pose;

import java.util.EnumSet;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Estimates the back's flexion from the 17 MoveNet keypoints of one side-on frame. Honest about
 * its limits: no keypoint lies between the shoulder and the hip, so the curve of the back is never
 * seen. Two indirect signs are combined, each measured from the user's neutral
 * ({@link NeutralPosture}, the defaults when uncalibrated):
 *
 * <ol>
 *   <li><b>The head-and-shoulder line</b>: ear-shoulder-hip on the front of the body. Rounding
 *       the upper back carries the shoulders and the head forward and down of the hip→shoulder
 *       line, so the line drops below its neutral. It is taken degree for degree
 *       ({@link #HEAD_LINE_WEIGHT}). It cannot tell a rounded back from a bowed head.</li>
 *   <li><b>The hip's range</b>: shoulder-hip-knee, the trunk against the thigh. The hip joint
 *       flexes only so far ({@link #HIP_FLEXION_LIMIT_KNEE_BENT} with the knee bent, less with the
 *       knee straight because the hamstrings stop it, {@link #HIP_FLEXION_LIMIT_KNEE_STRAIGHT}) and
 *       extends only {@link #HIP_EXTENSION_LIMIT}; whatever the trunk turns against the thigh
 *       beyond that must come from the spine. The excess, divided by {@link #CHORD_SHARE} (the
 *       hip→shoulder line turns by only part of a spinal bend), is a floor on flexion (or, past
 *       extension, a ceiling). Within the range it proves nothing.</li>
 * </ol>
 *
 * The result is the head line's value, pushed out to the hip range's floor or ceiling when that
 * goes further. Confidence is deliberately modest: {@link #HIP_RANGE_CONFIDENCE} when the hip range
 * decided, {@link #HEAD_LINE_CONFIDENCE} when the head line did, {@link #NO_EVIDENCE_CONFIDENCE}
 * when only the hip range was visible and within range, then scaled by the keypoints' scores, the
 * view and whether the neutral is the user's. Stateless apart from its neutral.
 */
public final class KeypointSpineEstimator {
    /**
     * The head line's drop counts one for one. On our body model (Winter's trunk, spine joints at
     * L5/S1 and T12/L1, docs/decisions/0005) the line drops 0.39° per degree of flexion spread
     * evenly over the lumbar and thoracic spine (0.21 lumbar alone, 0.56 thoracic alone) and 0.92°
     * per degree of neck flexion (measured in KeypointSpineEstimateTest). Scaling it up to spinal
     * degrees (x2.6) would turn every nod into a rounded back; one for one keeps a nod at its own
     * size and under-reads a pure rounding of the back two- to threefold. Our choice.
     */
    public static final double HEAD_LINE_WEIGHT = 1.0;

    /**
     * How much of a spinal bend the hip→shoulder line turns by: 0.67 for flexion spread evenly
     * over the lumbar and thoracic spine on our body model (0.82 lumbar alone, 0.51 thoracic
     * alone; measured in KeypointSpineEstimateTest).
     */
    public static final double CHORD_SHARE = 0.67;

    /**
     * Hip flexion with the knee bent (hamstrings slack): 0-120° is the AAOS normal range
     * (American Academy of Orthopaedic Surgeons, <i>Joint Motion: Method of Measuring and
     * Recording</i>, 1965), 125° in other common tables; a CT study found no more than 120° without
     * abducting or rotating the hip (J Korean Orthop Assoc 2006;41:361). The upper figure, so only
     * a trunk beyond a normal hip's reach counts.
     */
    public static final double HIP_FLEXION_LIMIT_KNEE_BENT = 125;

    /**
     * Hip flexion with the knee straight, where the hamstrings stop it: a straight-leg raise of
     * 80° is normal hamstring length (Kendall et al., <i>Muscles: Testing and Function</i>, 5th ed.).
     */
    public static final double HIP_FLEXION_LIMIT_KNEE_STRAIGHT = 80;

    /**
     * Knee flexion at which the hamstrings no longer limit the hip: 90°, the position hip flexion is
     * measured in for that reason. In between, linear: our simplification.
     */
    public static final double KNEE_FLEXION_FOR_FULL_HIP_RANGE = 90;

    /** Hip extension: 0-30° normal (AAOS, as above); the upper figure. */
    public static final double HIP_EXTENSION_LIMIT = 30;

    /**
     * Confidence when the hip's range decided: a physical bound, but hip ranges vary between
     * healthy people by ±10-15°, the hip keypoint sits somewhere over the joint, and the bound says
     * nothing below the range. Half of what a direct view of the back could earn.
     */
    public static final double HIP_RANGE_CONFIDENCE = 0.5;
    /** Confidence when the head line decided: it moves almost degree for degree with the neck (0.92) and under half as much with the back (0.39). */
    public static final double HEAD_LINE_CONFIDENCE = 0.3;
    /** Confidence of "0" when only the hip's range was visible and within range: a moderate rounding would look the same. */
    public static final double NO_EVIDENCE_CONFIDENCE = 0.15;

    /**
     * Mean keypoint score at which the keypoints are trusted fully: Thunder's mean score on our
     * rendered body side-on is 0.59-0.62 (docs/decisions/0005). Below it confidence falls in
     * proportion.
     */
    public static final double RELIABLE_SCORE = 0.6;

    /**
     * Confidence factor without calibration: the defaults are ideal alignment, and people's
     * neutral head line differs from it by 10-25° (docs/kinematics.md). Our choice.
     */
    public static final double UNCALIBRATED_CONFIDENCE = 0.8;

    private static final double STRAIGHT = 180;

    private final NeutralPosture neutral;

    public KeypointSpineEstimator(NeutralPosture neutral) {
        if (neutral == null) {
            throw new IllegalArgumentException("a spine estimator needs a neutral posture (NeutralPosture.defaults() without calibration)");
        }
        this.neutral = neutral;
    }

    public NeutralPosture neutral() {
        return neutral;
    }

    /** The back in {@code pose}, side {@code near} towards the camera. */
    public SpineReading estimate(Pose pose, BodySide near, Optional<Facing> facing, ViewEstimate view) {
        Optional<NotVisible> torso = KeypointVisibility.require(pose, near.shoulder(), near.hip());
        if (torso.isPresent()) {
            return torso.get();
        }
        BodyPart ear = KeypointVisibility.isVisible(pose, near.ear()) ? near.ear() : near.opposite().ear();
        boolean earSeen = KeypointVisibility.isVisible(pose, ear);
        boolean kneeSeen = KeypointVisibility.isVisible(pose, near.knee());
        if (!earSeen && !kneeSeen) {
            return NotVisible.of(EnumSet.of(near.ear(), near.knee()));
        }
        ViewCheck check = ViewRequirement.SIDE_ON.check(view);
        if (check instanceof WrongView wrong) {
            return wrong;
        }
        if (facing.isEmpty()) {
            return BodyAngleCalculator.facingUnknown();
        }
        Facing f = facing.get();
        Set<BodyPart> used = EnumSet.of(near.shoulder(), near.hip());
        OptionalDouble headDrop = earSeen ? headLineDrop(pose, ear, near, f, used) : OptionalDouble.empty();
        OptionalDouble excess = kneeSeen ? hipExcess(pose, near, f, used) : OptionalDouble.empty();
        if (headDrop.isEmpty() && excess.isEmpty()) {
            return NotVisible.of(EnumSet.of(near.ear(), near.knee()));
        }
        Decision d = decide(headDrop, excess);
        double confidence = d.confidence()
                * Math.min(1, meanScore(pose, used) / RELIABLE_SCORE)
                * ((ViewCheck.Supported) check).confidenceFactor()
                * (neutral.isCalibrated() ? 1 : UNCALIBRATED_CONFIDENCE);
        SpineMethod method = headDrop.isPresent() && excess.isPresent() ? SpineMethod.KEYPOINT_HEAD_LINE_AND_HIP_RANGE
                : headDrop.isPresent() ? SpineMethod.KEYPOINT_HEAD_LINE : SpineMethod.KEYPOINT_HIP_RANGE;
        return new SpineReading.Estimated(new KeypointSpineEstimate(pose.timestampMicros(), d.flexion(), confidence, method,
                headDrop, excess, d.hipDecided(), neutral.isCalibrated()));
    }

    /** The flexion, which sign set it, and that sign's base confidence. */
    private record Decision(double flexion, boolean hipDecided, double confidence) {
    }

    /**
     * The head line's value, pushed out to the hip range's floor (flexion) or ceiling (extension)
     * when that goes further; the hip range alone when no ear was seen.
     */
    private static Decision decide(OptionalDouble headDrop, OptionalDouble excess) {
        double fromHip = excess.isPresent() ? excess.getAsDouble() / CHORD_SHARE : Double.NaN;
        if (headDrop.isEmpty()) {
            return new Decision(fromHip, true, fromHip == 0 ? NO_EVIDENCE_CONFIDENCE : HIP_RANGE_CONFIDENCE);
        }
        double fromHead = HEAD_LINE_WEIGHT * headDrop.getAsDouble();
        boolean beyond = excess.isPresent() && (fromHip > 0 && fromHip > fromHead || fromHip < 0 && fromHip < fromHead);
        return beyond ? new Decision(fromHip, true, HIP_RANGE_CONFIDENCE) : new Decision(fromHead, false, HEAD_LINE_CONFIDENCE);
    }

    /** The head line's drop below neutral (+ forward and down); adds the ear to {@code used}. */
    private OptionalDouble headLineDrop(Pose pose, BodyPart ear, BodySide near, Facing f, Set<BodyPart> used) {
        double line = Angles.angleOnFront(pose.get(ear), pose.get(near.shoulder()), pose.get(near.hip()), f);
        if (!Double.isFinite(line)) {
            return OptionalDouble.empty();
        }
        used.add(ear);
        return OptionalDouble.of(neutral.headLineDegrees() - line);
    }

    /** The trunk's turn against the thigh beyond the hip's range; adds the knee (and a visible ankle) to {@code used}. */
    private OptionalDouble hipExcess(Pose pose, BodySide near, Facing f, Set<BodyPart> used) {
        double line = Angles.angleOnFront(pose.get(near.shoulder()), pose.get(near.hip()), pose.get(near.knee()), f);
        if (!Double.isFinite(line)) {
            return OptionalDouble.empty();
        }
        used.add(near.knee());
        if (KeypointVisibility.isVisible(pose, near.ankle())) {
            used.add(near.ankle());
        }
        return OptionalDouble.of(hipRangeExcess(neutral.hipLineDegrees() - line, kneeFlexion(pose, near, f)));
    }

    /**
     * How far the trunk turns against the thigh beyond the hip's range, in degrees of that turn:
     * positive past full flexion, negative past full extension, 0 within.
     *
     * @param hipFlexion trunk-thigh flexion from neutral (the neutral hip line minus the measured one)
     * @param kneeFlexion the knee's flexion (180 minus its angle), 0 or more
     */
    public static double hipRangeExcess(double hipFlexion, double kneeFlexion) {
        double slack = Math.max(0, Math.min(1, kneeFlexion / KNEE_FLEXION_FOR_FULL_HIP_RANGE));
        double limit = HIP_FLEXION_LIMIT_KNEE_STRAIGHT + (HIP_FLEXION_LIMIT_KNEE_BENT - HIP_FLEXION_LIMIT_KNEE_STRAIGHT) * slack;
        if (hipFlexion > limit) {
            return hipFlexion - limit;
        }
        if (hipFlexion < -HIP_EXTENSION_LIMIT) {
            return hipFlexion + HIP_EXTENSION_LIMIT;
        }
        return 0;
    }

    /**
     * The near knee's flexion; when the ankle is not visible, taken as bent
     * ({@link #KNEE_FLEXION_FOR_FULL_HIP_RANGE}), which allows the hip its full range, so an unseen
     * ankle can never make a back look rounded.
     */
    private static double kneeFlexion(Pose pose, BodySide near, Facing f) {
        if (!KeypointVisibility.isVisible(pose, near.ankle())) {
            return KNEE_FLEXION_FOR_FULL_HIP_RANGE;
        }
        double knee = Angles.angleOnBack(pose.get(near.hip()), pose.get(near.knee()), pose.get(near.ankle()), f);
        return Double.isFinite(knee) ? Math.max(0, STRAIGHT - knee) : KNEE_FLEXION_FOR_FULL_HIP_RANGE;
    }

    private static double meanScore(Pose pose, Set<BodyPart> parts) {
        double sum = 0;
        for (BodyPart part : parts) {
            sum += pose.get(part).score();
        }
        return sum / parts.size();
    }
}
