package dev.formcheck.session;

import dev.formcheck.kinematics.CameraView;
import dev.formcheck.pose.BodyPart;
import dev.formcheck.pose.Keypoint;
import dev.formcheck.pose.Pose;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

/** The live position check: in the order a person fixes things, one instruction at a time. */
class PositionCheckTest {
    private static final int W = 640;
    private static final int H = 480;

    /** A standing person side-on, head at y 60 and ankles at y 420 of a 640x480 frame, every point sure. */
    private static Pose standing(UnaryOperator<Keypoint> change) {
        return new Pose(0, Arrays.stream(BodyPart.values()).map(b -> {
            String n = b.name();
            double y = n.endsWith("ANKLE") ? 420 : n.endsWith("KNEE") ? 330 : n.endsWith("HIP") ? 240
                    : n.endsWith("WRIST") ? 250 : n.endsWith("ELBOW") ? 190 : n.endsWith("SHOULDER") ? 130 : 60;
            return change.apply(new Keypoint(b, 320 + (n.startsWith("LEFT") ? 6 : 0), y, 0.9));
        }).toList());
    }

    private static PositionCheck.Result check(Pose p, CameraView view) {
        return PositionCheck.check(Optional.of(p), W, H, view);
    }

    @Test
    void aWholeBodySideOnAndLargeEnoughIsInPosition() {
        assertThat(check(standing(k -> k), CameraView.SIDE)).isEqualTo(new PositionCheck.Result(true, "You're in position"));
        assertThat(check(standing(k -> k), CameraView.UNKNOWN).ready()).as("an unknown view blocks nothing").isTrue();
    }

    @Test
    void eachProblemIsSaidAsWhatToDo() {
        assertThat(PositionCheck.check(Optional.empty(), W, H, CameraView.UNKNOWN).say())
                .isEqualTo("Step into the picture: I can't see you");
        assertThat(check(standing(k -> k.part().name().endsWith("ANKLE") ? new Keypoint(k.part(), k.x(), k.y(), 0.1) : k),
                CameraView.SIDE).say()).isEqualTo("Step back: I can't see your feet");
        assertThat(check(standing(k -> k.part().name().endsWith("ANKLE") ? new Keypoint(k.part(), k.x(), 479, 0.8) : k),
                CameraView.SIDE).say()).as("feet on the bottom edge").isEqualTo("Step back: I can't see your feet");
        assertThat(check(standing(k -> k.y() == 60 ? new Keypoint(k.part(), k.x(), 2, 0.5) : k), CameraView.SIDE).say())
                .isEqualTo("Step back: I can't see your head");
        assertThat(check(standing(k -> k.part() == BodyPart.LEFT_WRIST ? new Keypoint(k.part(), 636, k.y(), 0.9) : k),
                CameraView.SIDE).say()).isEqualTo("Move to the middle of the picture: part of you is cut off at the side");
        assertThat(check(standing(k -> new Keypoint(k.part(), k.x(), 200 + (k.y() - 60) / 3, k.score())), CameraView.SIDE)
                .say()).isEqualTo("Come closer: you are small in the picture");
        assertThat(check(standing(k -> k), CameraView.FRONT)).isEqualTo(new PositionCheck.Result(false, "Turn side-on to the camera"));
        assertThat(check(standing(k -> k), CameraView.OBLIQUE).say()).isEqualTo("Turn a little more side-on to the camera");
    }

    @Test
    void theFeetComeBeforeTheView() {
        assertThat(check(standing(k -> k.part().name().endsWith("ANKLE") ? new Keypoint(k.part(), k.x(), k.y(), 0) : k),
                CameraView.FRONT).say()).isEqualTo("Step back: I can't see your feet");
    }
}
