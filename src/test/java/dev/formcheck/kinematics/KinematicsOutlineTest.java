package dev.formcheck.kinematics;

import dev.formcheck.pose.BodyPart;
import dev.formcheck.pose.Pose;
import dev.formcheck.pose.silhouette.BackOutline;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Kinematics with the back's outline: the outline's spine estimate replaces the keypoints' when it
 * is at least as sure, and changes nothing else in the frame.
 */
class KinematicsOutlineTest {
    static final EnumSet<SpineMethod> FROM_KEYPOINTS = EnumSet.of(SpineMethod.KEYPOINT_HEAD_LINE_AND_HIP_RANGE,
            SpineMethod.KEYPOINT_HEAD_LINE, SpineMethod.KEYPOINT_HIP_RANGE);

    /** A straight plank side-on, the synthetic body's true keypoints, near side ahead. */
    static Pose plank(long micros) {
        return SwapRepairTest.sided(SyntheticPoses.projected(SyntheticPoses.plank(0), SyntheticPoses.SIDE, micros, 0.8));
    }

    static BackOutline.Traced traced(long micros, double bend, double coverage) {
        return new BackOutline.Traced(micros, bend, coverage,
                List.of(new BackOutline.Point(250, 300), new BackOutline.Point(350, 298)));
    }

    static SpineEstimate spine(KinematicFrame frame) {
        return frame.spine().estimateIfPresent().orElseThrow();
    }

    @Test
    void withKeypointsOnlyTheSpineIsAKeypointEstimate() {
        KinematicFrame frame = Kinematics.withDefaults().measure(plank(0));
        assertThat(frame.view().view()).isEqualTo(CameraView.SIDE);
        assertThat(spine(frame).method()).isIn(FROM_KEYPOINTS);
    }

    @Test
    void aTracedOutlineSideOnBecomesTheSpineAndNothingElseChanges() {
        KinematicFrame keypoints = Kinematics.withDefaults().measure(plank(0));
        KinematicFrame withOutline = Kinematics.withDefaults().measure(plank(0), traced(0, 22, 1));

        SpineEstimate spine = spine(withOutline);
        assertThat(spine.method()).isEqualTo(SpineMethod.SILHOUETTE);
        assertThat(spine.flexionDegrees()).isCloseTo(22 - SilhouetteSpineEstimator.NEUTRAL_BEND, within(1e-12));
        assertThat(withOutline.withSpine(keypoints.spine())).isEqualTo(keypoints);
    }

    @Test
    void anUntracedOutlineLeavesTheKeypointsEstimate() {
        KinematicFrame keypoints = Kinematics.withDefaults().measure(plank(0));
        KinematicFrame withOutline = Kinematics.withDefaults()
                .measure(plank(0), new BackOutline.Untraced(0, "an arm is in front of your back's outline"));
        assertThat(withOutline).isEqualTo(keypoints);
        assertThat(spine(withOutline).method()).isIn(FROM_KEYPOINTS);
    }

    @Test
    void anOutlineLessSureThanTheKeypointsLeavesThemAndOneAtLeastAsSureReplacesThem() {
        double keypointConfidence = spine(Kinematics.withDefaults().measure(plank(0))).confidence();
        double coverageAsSure = keypointConfidence / SilhouetteSpineEstimator.OUTLINE_CONFIDENCE;
        KinematicFrame lessSure = Kinematics.withDefaults().measure(plank(0), traced(0, 22, coverageAsSure * 0.9));
        KinematicFrame surer = Kinematics.withDefaults().measure(plank(0), traced(0, 22, Math.min(1, coverageAsSure * 1.1)));
        assertThat(spine(lessSure).method()).isIn(FROM_KEYPOINTS);
        assertThat(spine(surer).method()).isEqualTo(SpineMethod.SILHOUETTE);
    }

    @Test
    void theOutlineStandsInWhenTheKeypointsCannotEstimateTheBack() {
        // no ear and no knee: the keypoints have nothing to judge the back by
        Pose noEarsNoKnees = TestPoses.withScore(plank(0), 0, BodyPart.LEFT_EAR, BodyPart.RIGHT_EAR,
                BodyPart.LEFT_KNEE, BodyPart.RIGHT_KNEE);
        KinematicFrame keypoints = Kinematics.withDefaults().measure(noEarsNoKnees);
        assertThat(keypoints.view().view()).isEqualTo(CameraView.SIDE);
        assertThat(keypoints.spine().estimateIfPresent()).isEmpty();
        assertThat(spine(Kinematics.withDefaults().measure(noEarsNoKnees, traced(0, -15, 0.5))).method())
                .isEqualTo(SpineMethod.SILHOUETTE);
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
        assertThat(spine(found).method()).isEqualTo(SpineMethod.SILHOUETTE);

        long later = KinematicsTest.FRAME;
        KinematicFrame nobody = kinematics.next(KinematicsTest.nobody(later), traced(later, 18, 1));
        assertThat(nobody).isEqualTo(KinematicFrame.nobody(later));
        assertThat(nobody.spine().whyMissing()).hasValue("I can't see you - step into the frame");
    }

    @Test
    void aStillPhotoTakesItsOutline() {
        KinematicFrame still = Kinematics.ofStill(plank(0), traced(0, 25, 0.9), NeutralPosture.defaults());
        assertThat(spine(still).method()).isEqualTo(SpineMethod.SILHOUETTE);
        assertThat(spine(still).flexionDegrees()).isCloseTo(25 - SilhouetteSpineEstimator.NEUTRAL_BEND, within(1e-12));
    }
}
