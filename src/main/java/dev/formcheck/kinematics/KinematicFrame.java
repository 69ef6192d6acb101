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
        boolean bodyLineAveraged) {

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
                || outlineSpine == null) {
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
                BodyAngles.none(none), none, Set.of());
    }

    /** This frame with the back's flexion as its outline shows it. */
    public KinematicFrame withOutlineSpine(SpineEstimate estimate) {
        return new KinematicFrame(timestampMicros, personFound, view, side, facing, angles, spine, swapsRepaired,
                Optional.of(estimate), bodyLineAveraged);
    }

    /** This frame with other angles. */
    public KinematicFrame withAngles(BodyAngles other) {
        return new KinematicFrame(timestampMicros, personFound, view, side, facing, other, spine, swapsRepaired,
                outlineSpine, bodyLineAveraged);
    }

    /** This frame with its body line to the ankle averaged over two models (docs/kinematics.md, "A second body line"). */
    public KinematicFrame withAveragedBodyLine(Measurement line) {
        return new KinematicFrame(timestampMicros, personFound, view, side, facing, angles.withBodyLineToAnkle(line), spine,
                swapsRepaired, outlineSpine, true);
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
