package dev.formcheck.kinematics;

import dev.formcheck.pose.BodyPart;
import dev.formcheck.pose.Keypoint;
import dev.formcheck.pose.Pose;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FacingDetectorTest {
    /** {@code pose} mirrored left to right in a 600 px wide frame (labels kept: the same side is still near). */
    static Pose mirrored(Pose pose) {
        List<Keypoint> out = new ArrayList<>();
        for (Keypoint k : pose.keypoints()) {
            out.add(new Keypoint(k.part(), 600 - k.x(), k.y(), k.score()));
        }
        return new Pose(pose.timestampMicros(), out);
    }

    @Test
    void aPersonWhoseNoseIsRightOfTheEarFacesRight() {
        assertThat(FacingDetector.detect(TestPoses.standingSideOnFacingRight(0), BodySide.LEFT)).contains(Facing.RIGHT);
    }

    @Test
    void theMirrorImageFacesLeft() {
        assertThat(FacingDetector.detect(mirrored(TestPoses.standingSideOnFacingRight(0)), BodySide.LEFT)).contains(Facing.LEFT);
    }

    @Test
    void withoutTheFaceAndWithStraightKneesNothingTellsTheFacing() {
        Pose pose = TestPoses.withScore(TestPoses.standingSideOnFacingRight(0), 0,
                BodyPart.NOSE, BodyPart.LEFT_EYE, BodyPart.RIGHT_EYE);
        assertThat(FacingDetector.detect(pose, BodySide.LEFT)).isEmpty();
    }

    @Test
    void aKneeBentForwardTellsTheFacingWithoutTheFace() {
        Pose pose = TestPoses.at(0)
                .put(BodyPart.LEFT_SHOULDER, 300, 200).put(BodyPart.LEFT_HIP, 300, 300)
                .put(BodyPart.LEFT_KNEE, 340, 370).put(BodyPart.LEFT_ANKLE, 300, 440).build();
        assertThat(FacingDetector.detect(pose, BodySide.LEFT)).contains(Facing.RIGHT);
        assertThat(FacingDetector.detect(mirrored(pose), BodySide.LEFT)).contains(Facing.LEFT);
    }

    @Test
    void aFaceAndAKneeThatDisagreeSayNothing() {
        Pose pose = TestPoses.at(0)
                .put(BodyPart.NOSE, 322, 172).put(BodyPart.LEFT_EAR, 300, 172)
                .put(BodyPart.LEFT_SHOULDER, 300, 200).put(BodyPart.LEFT_HIP, 300, 300)
                .put(BodyPart.LEFT_KNEE, 260, 370).put(BodyPart.LEFT_ANKLE, 300, 440).build();
        assertThat(FacingDetector.detect(pose, BodySide.LEFT)).isEmpty();
    }

    @Test
    void aPlankFaceDownWithTheHeadAtTheRightFacesRight() {
        // the synthetic body faces the world's +x, which the camera at azimuth 90 shows to the right
        Pose headRight = SyntheticPoses.rendered(SyntheticPoses.plank(0), SyntheticPoses.SIDE, 0);
        Pose headLeft = SyntheticPoses.rendered(SyntheticPoses.plank(0), SyntheticPoses.SIDE.withAzimuth(270), 0);
        assertThat(FacingDetector.detect(headRight, BodySide.RIGHT)).contains(Facing.RIGHT);
        assertThat(FacingDetector.detect(headLeft, BodySide.LEFT)).contains(Facing.LEFT);
    }

    @Test
    void theSyntheticBodySeenFromItsRightSideFacesTheImagesRight() {
        Pose standing = SyntheticPoses.rendered(SyntheticPoses.standing(), SyntheticPoses.SIDE, 0);
        Pose hinge = SyntheticPoses.rendered(SyntheticPoses.hinge(60, 20, 20, 20, 20), SyntheticPoses.SIDE, 0);
        Pose fromLeft = SyntheticPoses.rendered(SyntheticPoses.hinge(60, 20, 20, 20, 20), SyntheticPoses.SIDE.withAzimuth(270), 0);
        assertThat(FacingDetector.detect(standing, BodySide.RIGHT)).contains(Facing.RIGHT);
        assertThat(FacingDetector.detect(hinge, BodySide.RIGHT)).contains(Facing.RIGHT);
        assertThat(FacingDetector.detect(fromLeft, BodySide.LEFT)).contains(Facing.LEFT);
    }
}
