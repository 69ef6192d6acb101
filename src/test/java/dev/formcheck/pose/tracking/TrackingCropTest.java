package dev.formcheck.pose.tracking;

import dev.formcheck.pose.BodyPart;
import dev.formcheck.pose.Keypoint;
import dev.formcheck.pose.Pose;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class TrackingCropTest {
    private static final TrackingSettings SETTINGS = TrackingSettings.defaults();

    @Test
    void theSquareIsCentredOnTheHipsAndReachesTorsoTimesOnePointNine() {
        // torso reach: shoulders 100 px above the hips -> 190; body reach: nose and ankles 140 -> 168
        TrackingCrop.Square square = TrackingCrop.next(Bodies.standing(0, 320, 0.8), 640, 480, SETTINGS).orElseThrow();
        assertThat(square.centreX()).isEqualTo(320.0);
        assertThat(square.centreY()).isEqualTo(300.0);
        assertThat(square.half()).isCloseTo(190.0, within(1e-9));
    }

    @Test
    void outstretchedArmsWidenTheSquareToBodyTimesOnePointTwo() {
        Pose pose = moved(Bodies.standing(0, 320, 0.8), BodyPart.LEFT_WRIST, 320 + 200, 300);
        TrackingCrop.Square square = TrackingCrop.next(pose, 640, 480, SETTINGS).orElseThrow();
        assertThat(square.half()).isCloseTo(240.0, within(1e-9));
    }

    @Test
    void keypointsScoringUnderTheMinimumDoNotWidenTheSquare() {
        Pose pose = moved(Bodies.standing(0, 320, 0.8), BodyPart.LEFT_WRIST, 320 + 200, 300);
        pose = Bodies.withScore(pose, 0.1, BodyPart.LEFT_WRIST);
        assertThat(TrackingCrop.next(pose, 640, 480, SETTINGS).orElseThrow().half()).isCloseTo(190.0, within(1e-9));
    }

    @Test
    void withoutAConfidentHipOrShoulderTheFullFrameIsUsed() {
        Pose standing = Bodies.standing(0, 320, 0.8);
        assertThat(TrackingCrop.next(Bodies.withScore(standing, 0.2, BodyPart.LEFT_HIP, BodyPart.RIGHT_HIP), 640, 480,
                SETTINGS)).as("no hip above 0.2").isEmpty();
        assertThat(TrackingCrop.next(Bodies.withScore(standing, 0.1, BodyPart.LEFT_SHOULDER, BodyPart.RIGHT_SHOULDER),
                640, 480, SETTINGS)).as("no shoulder above 0.2").isEmpty();
        assertThat(TrackingCrop.next(Bodies.withScore(standing, 0.1, BodyPart.LEFT_HIP, BodyPart.RIGHT_SHOULDER),
                640, 480, SETTINGS)).as("one hip and one shoulder suffice").isPresent();
    }

    @Test
    void aPersonFillingTheFrameGetsTheFullFrame() {
        // in a 360x300 frame the same person's 190 px half-side is more than half the longer side
        assertThat(TrackingCrop.next(Bodies.standing(0, 180, 0.8), 360, 300, SETTINGS)).isEmpty();
        assertThat(TrackingCrop.next(Bodies.standing(0, 200, 0.8), 400, 300, SETTINGS)).as("just fits").isPresent();
    }

    @Test
    void theHalfSideIsCappedAtTheCentresFarthestFrameEdge() {
        // a tall thin frame, person far bigger than the frame is wide: capped at the 300 px to the bottom edge
        Pose big = scaled(Bodies.standing(0, 60, 0.8), 3, 60, 300);
        TrackingCrop.Square square = TrackingCrop.next(big, 120, 600, SETTINGS).orElseThrow();
        assertThat(square.half()).isEqualTo(300.0);
    }

    private static Pose moved(Pose pose, BodyPart part, double x, double y) {
        List<Keypoint> points = new ArrayList<>(pose.keypoints());
        Keypoint k = points.get(part.ordinal());
        points.set(part.ordinal(), new Keypoint(part, x, y, k.score()));
        return new Pose(pose.timestampMicros(), points);
    }

    /** The pose scaled by {@code factor} about (cx, cy). */
    private static Pose scaled(Pose pose, double factor, double cx, double cy) {
        List<Keypoint> points = new ArrayList<>();
        for (Keypoint k : pose.keypoints()) {
            points.add(new Keypoint(k.part(), cx + (k.x() - cx) * factor, cy + (k.y() - cy) * factor, k.score()));
        }
        return new Pose(pose.timestampMicros(), points);
    }
}
