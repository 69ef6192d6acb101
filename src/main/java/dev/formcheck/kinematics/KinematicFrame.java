package dev.formcheck.kinematics;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Everything kinematics knows about one frame: the record the analysis stage consumes, one per
 * frame, never null. A frame without a person has {@code personFound} false, an unknown view, no
 * side or facing, and every measurement {@link NotVisible#nobody()}.
 *
 * @param timestampMicros the frame's timestamp
 * @param personFound whether tracking found a person in the frame
 * @param view the camera view and its confidence
 * @param side the side of the body towards the camera, whose keypoints the sagittal angles use
 * @param facing which way the body faces (kept from earlier frames when this one does not show it)
 * @param angles every angle, each a value or why there is none
 * @param spine the back's flexion estimate from the keypoints, or why there is none
 * @param swapsRepaired left/right label swaps undone in this frame before measuring
 * @param outlineSpine the back's flexion seen in its outline, when the image was read for it
 * @param bodyLineAveraged whether {@code angles.bodyLineToAnkle} is the mean of MoveNet's and BlazePose's lines
 *     ({@link SilhouetteSpineEstimator}); it judges flexion only
 * @param handHeight how high the lower wrist is above the ankles, as the angle a shin-long segment
 *     from the ankle would rise to reach it ({@link BodyAngleCalculator#handHeight}): 0 the hands at
 *     the ankles' height (on the floor), 90 at the knees' height or above; any view. What tells a
 *     crouch with the hands on the floor from the bottom of a squat (issue 12, class 2)
 * @param frontalLine the body's line across the frame seen from the front, and the side it rests
 *     on ({@link FrontalBodyLine}): what a side plank is judged by
 * @param limbSides which side's limb is clearly the higher ({@link LimbSides}): what tells a lunge's
 *     front leg
 * @param front the front view's estimates of the trunk's lean and of a push-up's elbow ({@link FrontView}):
 *     measured only from the front, where the side-on hip and elbow angles read nothing true
 */
public record KinematicFrame(
        long timestampMicros,
        boolean personFound,
        ViewEstimate view,
        Optional<BodySide> side,
        Optional<Facing> facing,
        BodyAngles angles,
        SpineReading spine,
        Set<SwapRepair.LimbGroup> swapsRepaired,
        Optional<SpineEstimate> outlineSpine,
        boolean bodyLineAveraged,
        Measurement handHeight,
        FrontalBodyLine frontalLine,
        LimbSides limbSides,
        FrontView front) {

    /** A frame whose front-view estimates were not measured (hand-built frames). */
    public KinematicFrame(long timestampMicros, boolean personFound, ViewEstimate view, Optional<BodySide> side,
                          Optional<Facing> facing, BodyAngles angles, SpineReading spine,
                          Set<SwapRepair.LimbGroup> swapsRepaired, Optional<SpineEstimate> outlineSpine,
                          boolean bodyLineAveraged, Measurement handHeight, FrontalBodyLine frontalLine, LimbSides limbSides) {
        this(timestampMicros, personFound, view, side, facing, angles, spine, swapsRepaired, outlineSpine, bodyLineAveraged,
                handHeight, frontalLine, limbSides, FrontView.NOT_MEASURED);
    }

    /** A frame whose limbs' sides were not measured (hand-built frames). */
    public KinematicFrame(long timestampMicros, boolean personFound, ViewEstimate view, Optional<BodySide> side,
                          Optional<Facing> facing, BodyAngles angles, SpineReading spine,
                          Set<SwapRepair.LimbGroup> swapsRepaired, Optional<SpineEstimate> outlineSpine,
                          boolean bodyLineAveraged, Measurement handHeight, FrontalBodyLine frontalLine) {
        this(timestampMicros, personFound, view, side, facing, angles, spine, swapsRepaired, outlineSpine, bodyLineAveraged,
                handHeight, frontalLine, LimbSides.NOT_MEASURED);
    }

    /** A frame whose frontal body line was not measured (hand-built frames). */
    public KinematicFrame(long timestampMicros, boolean personFound, ViewEstimate view, Optional<BodySide> side,
                          Optional<Facing> facing, BodyAngles angles, SpineReading spine,
                          Set<SwapRepair.LimbGroup> swapsRepaired, Optional<SpineEstimate> outlineSpine,
                          boolean bodyLineAveraged, Measurement handHeight) {
        this(timestampMicros, personFound, view, side, facing, angles, spine, swapsRepaired, outlineSpine, bodyLineAveraged,
                handHeight, FrontalBodyLine.NOT_MEASURED);
    }

    /** A frame whose hands' height was not measured (hand-built frames). */
    public KinematicFrame(long timestampMicros, boolean personFound, ViewEstimate view, Optional<BodySide> side,
                          Optional<Facing> facing, BodyAngles angles, SpineReading spine,
                          Set<SwapRepair.LimbGroup> swapsRepaired, Optional<SpineEstimate> outlineSpine,
                          boolean bodyLineAveraged) {
        this(timestampMicros, personFound, view, side, facing, angles, spine, swapsRepaired, outlineSpine, bodyLineAveraged,
                HANDS_NOT_MEASURED);
    }

    private static final Measurement HANDS_NOT_MEASURED = NotVisible.of(
            java.util.EnumSet.of(dev.formcheck.pose.BodyPart.LEFT_WRIST, dev.formcheck.pose.BodyPart.RIGHT_WRIST));

    /** A frame whose body line is MoveNet's alone. */
    public KinematicFrame(long timestampMicros, boolean personFound, ViewEstimate view, Optional<BodySide> side,
                          Optional<Facing> facing, BodyAngles angles, SpineReading spine,
                          Set<SwapRepair.LimbGroup> swapsRepaired, Optional<SpineEstimate> outlineSpine) {
        this(timestampMicros, personFound, view, side, facing, angles, spine, swapsRepaired, outlineSpine, false);
    }

    /** A frame measured from keypoints alone. */
    public KinematicFrame(long timestampMicros, boolean personFound, ViewEstimate view, Optional<BodySide> side,
                          Optional<Facing> facing, BodyAngles angles, SpineReading spine,
                          Set<SwapRepair.LimbGroup> swapsRepaired) {
        this(timestampMicros, personFound, view, side, facing, angles, spine, swapsRepaired, Optional.empty());
    }

    public KinematicFrame {
        if (view == null || side == null || facing == null || angles == null || spine == null || swapsRepaired == null
                || outlineSpine == null || handHeight == null
                || frontalLine == null || limbSides == null || front == null) {
            throw new IllegalArgumentException("a kinematic frame needs every field (Optional.empty() or a NotVisible for what is missing)");
        }
        swapsRepaired = Set.copyOf(swapsRepaired);
        if (!personFound && (side.isPresent() || facing.isPresent() || view.view() != CameraView.UNKNOWN)) {
            throw new IllegalArgumentException("a frame without a person has no side, facing or view");
        }
    }

    /** A frame without a person: nothing visible. */
    public static KinematicFrame nobody(long timestampMicros) {
        NotVisible none = NotVisible.nobody();
        return new KinematicFrame(timestampMicros, false, ViewEstimate.UNKNOWN, Optional.empty(), Optional.empty(),
                BodyAngles.none(none), none, Set.of(), Optional.empty(), false, none, FrontalBodyLine.NOT_MEASURED, LimbSides.NOT_MEASURED,
                FrontView.NOT_MEASURED);
    }

    /** This frame with the back's flexion as its outline shows it. */
    public KinematicFrame withOutlineSpine(SpineEstimate estimate) {
        return new KinematicFrame(timestampMicros, personFound, view, side, facing, angles, spine, swapsRepaired,
                Optional.of(estimate), bodyLineAveraged, handHeight, frontalLine, limbSides, front);
    }

    /** This frame without a reading of the back's outline (one that shows something else than the back). */
    public KinematicFrame withoutOutlineSpine() {
        return new KinematicFrame(timestampMicros, personFound, view, side, facing, angles, spine, swapsRepaired,
                Optional.empty(), bodyLineAveraged, handHeight, frontalLine, limbSides, front);
    }

    /** This frame with other angles. */
    public KinematicFrame withAngles(BodyAngles other) {
        return new KinematicFrame(timestampMicros, personFound, view, side, facing, other, spine, swapsRepaired,
                outlineSpine, bodyLineAveraged, handHeight, frontalLine, limbSides, front);
    }

    /** This frame with its body line to the ankle averaged over two models (docs/kinematics.md, "A second body line"). */
    public KinematicFrame withAveragedBodyLine(Measurement line) {
        return new KinematicFrame(timestampMicros, personFound, view, side, facing, angles.withBodyLineToAnkle(line), spine,
                swapsRepaired, outlineSpine, true, handHeight, frontalLine, limbSides, front);
    }

    /** Every estimate of the back in this frame: the keypoints', then the outline's, each when there is one. */
    public List<SpineEstimate> spineEstimates() {
        Optional<SpineEstimate> fromKeypoints = spine.estimateIfPresent();
        if (fromKeypoints.isEmpty()) {
            return outlineSpine.map(List::of).orElse(List.of());
        }
        return outlineSpine.map(o -> List.of(fromKeypoints.get(), o)).orElse(List.of(fromKeypoints.get()));
    }
}
