package dev.formcheck.session;

import dev.formcheck.pose.BodyPart;
import dev.formcheck.pose.Keypoint;
import dev.formcheck.pose.Pose;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** What the desk calibration needs to see: head and both shoulders, or ear, shoulder and hip of one side. */
class DeskPositionCheckTest {
    private static final int W = 640;
    private static final int H = 480;

    @Test
    void nobodyIsAskedToSitInFrontOfTheCamera() {
        assertThat(DeskPositionCheck.check(Optional.empty(), W, H))
                .isEqualTo(new PositionCheck.Result(false, "Sit in front of the camera: I can't see you"));
    }

    @Test
    void aFrontWebcamSeeingHeadAndShouldersIsEnough() {
        Pose p = pose(Map.of(BodyPart.NOSE, 200.0, BodyPart.LEFT_EYE, 190.0, BodyPart.LEFT_SHOULDER, 330.0,
                BodyPart.RIGHT_SHOULDER, 330.0));

        assertThat(DeskPositionCheck.check(Optional.of(p), W, H))
                .isEqualTo(new PositionCheck.Result(true, "I can see your head and shoulders"));
    }

    @Test
    void aSideCameraSeeingEarShoulderAndHipIsEnough() {
        Pose p = pose(Map.of(BodyPart.LEFT_EAR, 120.0, BodyPart.LEFT_SHOULDER, 200.0, BodyPart.LEFT_HIP, 400.0));

        assertThat(DeskPositionCheck.check(Optional.of(p), W, H))
                .isEqualTo(new PositionCheck.Result(true, "I can see the side of your trunk"));
    }

    @Test
    void aHeadAtTheTopEdgeIsNotSeen() {
        Pose p = pose(Map.of(BodyPart.NOSE, 2.0, BodyPart.LEFT_SHOULDER, 200.0, BodyPart.RIGHT_SHOULDER, 200.0));

        assertThat(DeskPositionCheck.check(Optional.of(p), W, H).say())
                .isEqualTo("Tilt the camera up or sit lower: I can't see your head");
    }

    @Test
    void oneShoulderWithoutTheHipAsksForMore() {
        Pose p = pose(Map.of(BodyPart.NOSE, 200.0, BodyPart.LEFT_EAR, 190.0, BodyPart.LEFT_SHOULDER, 330.0));

        PositionCheck.Result r = DeskPositionCheck.check(Optional.of(p), W, H);

        assertThat(r.ready()).isFalse();
        assertThat(r.say()).startsWith("Sit back a little");
    }

    /** The given parts seen (score 0.8) at x 320 and the given y; the rest not seen. */
    private static Pose pose(Map<BodyPart, Double> seenAtY) {
        List<Keypoint> keypoints = new ArrayList<>();
        for (BodyPart part : BodyPart.values()) {
            Double y = seenAtY.get(part);
            keypoints.add(y == null ? new Keypoint(part, 0, 0, 0.1) : new Keypoint(part, 320, y, 0.8));
        }
        return new Pose(0, keypoints);
    }
}
