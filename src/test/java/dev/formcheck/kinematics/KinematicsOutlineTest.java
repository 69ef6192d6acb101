package dev.formcheck.kinematics;

import dev.formcheck.pose.BodyPart;
import dev.formcheck.pose.Pose;
import dev.formcheck.pose.silhouette.BackOutline;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Kinematics with the back's outline: the outline's flexion estimate joins the keypoints' as the
 * frame's {@code outlineSpine}, in a view that shows the back's curve, and changes nothing else.
 */
class KinematicsOutlineTest {
    static final EnumSet<SpineMethod> FROM_KEYPOINTS = EnumSet.of(SpineMethod.KEYPOINT_HEAD_LINE_AND_HIP_RANGE,
            SpineMethod.KEYPOINT_HEAD_LINE, SpineMethod.KEYPOINT_HIP_RANGE);

    /** A straight plank side-on, the synthetic body's true keypoints, near side ahead. */
    static Pose plank(long micros) {
        return SwapRepairTest.sided(SyntheticPoses.projected(SyntheticPoses.plank(0), SyntheticPoses.SIDE, micros, 0.8));
    }

    static BackOutline.Traced traced(long micros, double angle, double coverage) {
        return new BackOutline.Traced(micros, angle, coverage,
                List.of(new BackOutline.Point(250, 300), new BackOutline.Point(350, 298)));
    }

    static SpineEstimate keypointSpine(KinematicFrame frame) {
        return frame.spine().estimateIfPresent().orElseThrow();
    }

    /** {@code frame} as it would be without an outline. */
    static KinematicFrame withoutOutline(KinematicFrame frame) {
        return new KinematicFrame(frame.timestampMicros(), frame.personFound(), frame.view(), frame.side(), frame.facing(),
                frame.angles(), frame.spine(), frame.swapsRepaired(), Optional.empty(), false, frame.handHeight(), frame.frontalLine(),
                frame.limbSides(), frame.front());
    }

    @Test
    void withKeypointsOnlyTheSpineIsAKeypointEstimateAndThereIsNoOutlineEstimate() {
        KinematicFrame frame = Kinematics.withDefaults().measure(plank(0));
        assertThat(frame.view().view()).isEqualTo(CameraView.SIDE);
        assertThat(keypointSpine(frame).method()).isIn(FROM_KEYPOINTS);
        assertThat(frame.outlineSpine()).isEmpty();
        assertThat(frame.spineEstimates()).containsExactly(keypointSpine(frame));
    }

    @Test
    void anOutlineHeldFromAnEarlierFrameGivesAnEstimateStampedWithThisFrame() {
        KinematicFrame frame = Kinematics.withDefaults().measure(plank(33_333), traced(0, 22, 1));

        assertThat(frame.timestampMicros()).isEqualTo(33_333);
        assertThat(frame.outlineSpine().orElseThrow().timestampMicros()).isEqualTo(33_333);
        assertThat(frame.outlineSpine().orElseThrow().flexionDegrees()).isCloseTo(22, within(1e-12));
    }

    @Test
    void aTracedOutlineSideOnJoinsTheKeypointsEstimateAndNothingElseChanges() {
        KinematicFrame keypoints = Kinematics.withDefaults().measure(plank(0));
        KinematicFrame withOutline = Kinematics.withDefaults().measure(plank(0), traced(0, 22, 1));

        SpineEstimate outline = withOutline.outlineSpine().orElseThrow();
        assertThat(outline.method()).isEqualTo(SpineMethod.SILHOUETTE);
        assertThat(outline.flexionDegrees()).isCloseTo(22 - SilhouetteSpineEstimator.NEUTRAL_ANGLE, within(1e-12));
        assertThat(outline.confidence()).isCloseTo(SilhouetteSpineEstimator.OUTLINE_CONFIDENCE, within(1e-12));
        assertThat(withOutline.spineEstimates()).containsExactly(keypointSpine(keypoints), outline);
        assertThat(withoutOutline(withOutline)).isEqualTo(keypoints);
    }

    @Test
    void blazePosesBodyLineIsAveragedWithMoveNetsWhenBothReadIt() {
        KinematicFrame keypoints = Kinematics.withDefaults().measure(plank(0));
        double moveNet = keypoints.angles().bodyLineToAnkle().valueIfPresent().orElseThrow();
        BackOutline sagging = new BackOutline.Untraced(0, "an arm is in front of your back's outline")
                .withBodyLineSag(java.util.OptionalDouble.of(20));

        KinematicFrame both = Kinematics.withDefaults().measure(plank(0), sagging);

        assertThat(both.angles().bodyLineToAnkle().valueIfPresent().orElseThrow())
                .isCloseTo((moveNet + 180 + 20) / 2, within(1e-9));
        assertThat(both.angles().withBodyLineToAnkle(keypoints.angles().bodyLineToAnkle())).isEqualTo(keypoints.angles());
        assertThat(both.spine()).isEqualTo(keypoints.spine());
        assertThat(Kinematics.withDefaults().measure(plank(0), traced(0, 22, 1).withBodyLineSag(java.util.OptionalDouble.of(-10)))
                .angles().bodyLineToAnkle().valueIfPresent().orElseThrow()).isCloseTo((moveNet + 170) / 2, within(1e-9));
    }

    @Test
    void withoutMoveNetsBodyLineBlazePosesAloneChangesNothing() {
        Pose noAnkles = TestPoses.withScore(plank(0), 0, BodyPart.LEFT_ANKLE, BodyPart.RIGHT_ANKLE);
        KinematicFrame keypoints = Kinematics.withDefaults().measure(noAnkles);
        assertThat(keypoints.angles().bodyLineToAnkle().isPresent()).isFalse();

        KinematicFrame withSag = Kinematics.withDefaults().measure(noAnkles,
                new BackOutline.Untraced(0, "your back's outline is not clear").withBodyLineSag(java.util.OptionalDouble.of(20)));
        assertThat(withSag).isEqualTo(keypoints);
    }

    @Test
    void anUntracedOutlineLeavesTheFrameAsTheKeypointsMadeIt() {
        KinematicFrame keypoints = Kinematics.withDefaults().measure(plank(0));
        KinematicFrame withOutline = Kinematics.withDefaults()
                .measure(plank(0), new BackOutline.Untraced(0, "an arm is in front of your back's outline"));
        assertThat(withOutline).isEqualTo(keypoints);
    }

    @Test
    void theOutlineIsThereEvenWhenTheKeypointsCannotEstimateTheBack() {
        // no ear and no knee: the keypoints have nothing to judge the back by
        Pose noEarsNoKnees = TestPoses.withScore(plank(0), 0, BodyPart.LEFT_EAR, BodyPart.RIGHT_EAR,
                BodyPart.LEFT_KNEE, BodyPart.RIGHT_KNEE);
        KinematicFrame frame = Kinematics.withDefaults().measure(noEarsNoKnees, traced(0, 15, 0.5));
        assertThat(frame.view().view()).isEqualTo(CameraView.SIDE);
        assertThat(frame.spine().estimateIfPresent()).isEmpty();
        assertThat(frame.spineEstimates()).hasSize(1);
        assertThat(frame.spineEstimates().get(0).method()).isEqualTo(SpineMethod.SILHOUETTE);
    }

    @Test
    void aTracedOutlineFromTheFrontChangesNothing() {
        Pose facingCamera = SwapRepairTest.sided(SyntheticPoses.projected(SyntheticPoses.hinge(60, 10, 0, 0, 0),
                SyntheticPoses.SIDE.withAzimuth(0), 0, 0.8));
        KinematicFrame keypoints = Kinematics.withDefaults().measure(facingCamera);
        assertThat(keypoints.view().view()).isEqualTo(CameraView.FRONT);
        assertThat(Kinematics.withDefaults().measure(facingCamera, traced(0, 22, 1))).isEqualTo(keypoints);
    }

    @Test
    void inAStreamTheOutlineJoinsAFoundPersonsFrameAndANoPersonFrameStaysNobody() {
        Kinematics kinematics = Kinematics.withDefaults();
        KinematicFrame found = kinematics.next(KinematicsTest.found(plank(0)), traced(0, 18, 1));
        assertThat(found.outlineSpine().orElseThrow().method()).isEqualTo(SpineMethod.SILHOUETTE);

        long later = KinematicsTest.FRAME;
        KinematicFrame nobody = kinematics.next(KinematicsTest.nobody(later), traced(later, 18, 1));
        assertThat(nobody).isEqualTo(KinematicFrame.nobody(later));
        assertThat(nobody.spineEstimates()).isEmpty();
        assertThat(nobody.spine().whyMissing()).hasValue("I can't see you - step into the frame");
    }

    @Test
    void aStillPhotoTakesItsOutline() {
        KinematicFrame still = Kinematics.ofStill(plank(0), traced(0, 25, 0.9), NeutralPosture.defaults());
        SpineEstimate outline = still.outlineSpine().orElseThrow();
        assertThat(outline.flexionDegrees()).isCloseTo(25 - SilhouetteSpineEstimator.NEUTRAL_ANGLE, within(1e-12));
        assertThat(outline.confidence()).isCloseTo(SilhouetteSpineEstimator.OUTLINE_CONFIDENCE * 0.9, within(1e-12));
    }
}
