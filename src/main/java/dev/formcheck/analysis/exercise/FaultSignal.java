package dev.formcheck.analysis.exercise;

import dev.formcheck.kinematics.KeypointSpineEstimate;
import dev.formcheck.kinematics.KinematicFrame;
import dev.formcheck.kinematics.Measurement;
import dev.formcheck.kinematics.SpineEstimate;

import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * How big one kind of fault is in a frame. The shipped signals are constants here; each reads one
 * quantity of {@link KinematicFrame} (see {@code docs/kinematics.md}) and turns it into degrees
 * the faulty way.
 */
@FunctionalInterface
public interface FaultSignal {
    Magnitude measure(KinematicFrame frame, SignalContext context);

    /** Said when a spine estimate exists but is too unsure to judge. */
    String UNSURE_ABOUT_BACK = "Your back's curve is not clear enough to judge from the keypoints (only a clearly rounded or arched back shows)";
    /**
     * Said when the keypoints' reading of the back rests on a textbook hip range and the user's own
     * neutral is unknown: a mobile person's flat-backed hinge would read as rounded (issue 12, class 4).
     */
    String HIP_RANGE_NOT_YOURS = "I can only tell your back's curve from your hips against a typical range, not yours: "
            + "calibrate (formcheck calibrate --pose stance), or turn side-on so I can see your back's outline";
    /** {@link #HIP_RANGE_NOT_YOURS} lying on the back, where turning side-on shows no outline. */
    String HIP_RANGE_NOT_YOURS_ON_BACK = "I can only tell your back's curve from your hips against a typical range, not yours: "
            + "calibrate (formcheck calibrate --pose stance)";
    /** Added to why the back was not judged when the exercise lies on the back (issue 14). */
    String BACK_AGAINST_FLOOR = "your back is against the floor, so its outline cannot be seen";
    /** Said when a check needs the user's own neutral. */
    String NEEDS_CALIBRATION = "Calibrate (formcheck calibrate --pose stance) so I know your neutral spine";

    /** Spine flexion from neutral (a rounded back), when the estimate is trusted. */
    FaultSignal SPINE_FLEXION = (frame, context) -> spine(frame, context, e -> true, e -> Magnitude.of(e.flexionDegrees()));

    /** Spine extension from neutral (an arched back), when the estimate is trusted. */
    FaultSignal SPINE_EXTENSION = (frame, context) -> spine(frame, context, SpineEstimate::judgesExtension,
            e -> Magnitude.of(-e.flexionDegrees()));

    /**
     * Departure from the user's calibrated neutral either way; unknown until they have calibrated.
     * A flexion-only estimate (the outline) counts only when it sees flexion: its 0 says "not
     * rounded", not "at neutral", since the back may be arched.
     */
    FaultSignal SPINE_DEPARTURE = (frame, context) -> context.neutral().isCalibrated()
            ? spine(frame, context, e -> e.judgesExtension() || e.flexionDegrees() > 0,
                    e -> Magnitude.of(Math.abs(e.flexionDegrees())))
            : Magnitude.unknown(NEEDS_CALIBRATION);

    /** How far the hips sit below the body line: its angle minus straight ({@link #bodyLine}). */
    FaultSignal HIP_SAG = (frame, context) -> Magnitude.from(bodyLine(frame, context.straightKneeMin()), line -> line - 180)
            .decidedBy(bodyLineEvidence(frame, context.straightKneeMin()));

    /** How far the hips sit above the body line: straight minus its angle. */
    FaultSignal HIP_PIKE = (frame, context) -> Magnitude.from(bodyLine(frame, context.straightKneeMin()), line -> 180 - line)
            .decidedBy(bodyLineEvidence(frame, context.straightKneeMin()));

    /**
     * How far the hips sit below the body's line seen from the front ({@link FrameQuantity#FRONTAL_BODY_LINE}):
     * a side plank's sag, towards the floor in the image.
     */
    FaultSignal FRONTAL_HIP_SAG = (frame, context) -> Magnitude.from(FrameQuantity.FRONTAL_BODY_LINE.of(frame), line -> line - 180)
            .decidedBy(Evidence.without(Evidence.Estimate.KEYPOINTS));

    /** How far the hips sit above the body's line seen from the front: a side plank's pike. */
    FaultSignal FRONTAL_HIP_PIKE = (frame, context) -> Magnitude.from(FrameQuantity.FRONTAL_BODY_LINE.of(frame), line -> 180 - line)
            .decidedBy(Evidence.without(Evidence.Estimate.KEYPOINTS));

    /**
     * How far the trunk (hip to shoulder) leans forward of upright, side-on: a lunge's "upright
     * torso - avoid leaning forward". Leaning back reads negative, never a lean.
     */
    FaultSignal TORSO_LEAN = (frame, context) -> Magnitude.from(frame.angles().trunkInclination(), lean -> lean)
            .decidedBy(Evidence.without(Evidence.Estimate.KEYPOINTS));

    /**
     * How far the knee that caves in more sits inside the line from its hip to its ankle, seen
     * from the front ({@link dev.formcheck.kinematics.LimbSides#kneeCave()}): a squat's or lunge's
     * knee valgus. Knees over the toes read 0 or below.
     */
    FaultSignal KNEE_CAVE = (frame, context) -> Magnitude.from(FrameQuantity.KNEE_CAVE.of(frame), cave -> cave)
            .decidedBy(Evidence.without(Evidence.Estimate.KEYPOINTS));

    /** The averaged line when the line judged is the ankle's and two models read it; MoveNet's keypoints otherwise. */
    static Evidence bodyLineEvidence(KinematicFrame frame, double straightKneeMin) {
        boolean toAnkle = bodyLine(frame, straightKneeMin) == frame.angles().bodyLineToAnkle();
        return Evidence.without(toAnkle && frame.bodyLineAveraged() ? Evidence.Estimate.AVERAGED_BODY_LINE
                : Evidence.Estimate.KEYPOINTS);
    }

    /**
     * The body line a plank or push-up is judged by: shoulder-hip-ankle when the leg through the
     * ankle is straight, else shoulder-hip-knee. Legs are straight in both exercises, so a bent
     * hip-knee-ankle means the ankle was misplaced (on the real plank video MoveNet puts it on the
     * mat's shadow in some frames) or the knees are down (a knee push-up), and either way the knee
     * is the better end of the line.
     *
     * @param straightKneeMin the least knee angle that counts as a straight leg, either way of 180
     *     ({@code flags.body_line.straight_knee_min})
     */
    static Measurement bodyLine(KinematicFrame frame, double straightKneeMin) {
        Measurement knee = frame.angles().knee();
        // Bent either way: a misplaced ankle can read as a knee bent backwards (above 180).
        boolean legStraight = knee.valueIfPresent().isPresent()
                && Math.abs(180 - knee.valueIfPresent().getAsDouble()) <= 180 - straightKneeMin;
        return legStraight || !frame.angles().bodyLineToKnee().isPresent()
                ? frame.angles().bodyLineToAnkle() : frame.angles().bodyLineToKnee();
    }

    /** How far the head line (ear-shoulder-hip) has dropped below the person's neutral head line. */
    FaultSignal HEAD_DROP = (frame, context) -> context.neutral().isCalibrated()
            ? Magnitude.from(frame.angles().headNeck(), line -> context.neutral().headLineDegrees() - line)
                    .decidedBy(Evidence.without(Evidence.Estimate.KEYPOINTS))
            // The default head line (180) is nobody's: upright people read 10-25 deg below it (issue 12, class 4)
            : Magnitude.unknown(NEEDS_CALIBRATION);

    /**
     * Whether a keypoint estimate's value was decided by the hip's range with the default neutral:
     * the range is a population's, and a mobile person's hips go past it with a flat back. Such an
     * estimate never decides alone; the outline (a direct view of the back) still can, and with the
     * user's calibrated neutral the estimate counts again.
     */
    private static boolean restsOnATextbookHipRange(SpineEstimate e) {
        return e instanceof KeypointSpineEstimate k && k.hipRangeDecided() && !k.calibrated();
    }

    /**
     * The fault's size by the trusted estimates of the back (keypoints, outline) that can judge it:
     * the largest, since either seeing the fault is enough.
     */
    private static Magnitude spine(KinematicFrame frame, SignalContext context, Predicate<SpineEstimate> canJudge,
                                   Function<SpineEstimate, Magnitude> size) {
        List<SpineEstimate> judging = frame.spineEstimates().stream().filter(canJudge).toList();
        if (judging.isEmpty()) {
            return unjudgedBack(frame.spine().whyMissing().orElse(UNSURE_ABOUT_BACK), context);
        }
        List<SpineEstimate> able = judging.stream().filter(e -> !restsOnATextbookHipRange(e)).toList();
        if (able.isEmpty()) {
            return unjudgedBack(context.backAgainstFloor() ? HIP_RANGE_NOT_YOURS_ON_BACK : HIP_RANGE_NOT_YOURS, context);
        }
        return able.stream()
                .filter(e -> e.confidence() >= context.minSpineConfidence())
                .map(e -> size.apply(e).decidedBy(Evidence.of(e)))
                .max(Comparator.comparingDouble(m -> m.degrees().orElse(Double.NEGATIVE_INFINITY)))
                .orElse(unjudgedBack(UNSURE_ABOUT_BACK, context));
    }

    /** The back not judged, for {@code why}; lying on the back, also because its outline is hidden. */
    private static Magnitude unjudgedBack(String why, SignalContext context) {
        return Magnitude.unknown(context.backAgainstFloor() ? why + "; " + BACK_AGAINST_FLOOR : why);
    }
}
