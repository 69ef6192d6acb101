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
    private static Pose shifted(double dx, double dy) {
        return standing(k -> new Keypoint(k.part(), k.x() + dx, k.y() + dy, k.score()));
    }

    @Test
    void aCameraWhoseFramesNeverLandExactlyOneSecondApartStillSettles() {
        PositionCheck.Settling settling = new PositionCheck.Settling();
        boolean settled = false;
        // a webcam's own clock: 29.97 fps from an arbitrary start, no two frames a whole second apart
        for (int i = 0; i < 60 && !settled; i++) {
            settled = settling.check(123_457 + i * 33_367L, Optional.of(shifted(0, 0)), W, H, CameraView.SIDE).ready();
        }
        assertThat(settled).as("a person standing still settles within two seconds").isTrue();
    }

    @Test
    void someoneWalkingIntoPlaceIsNotInPositionUntilTheyHaveStoodStillForASecond() {
        PositionCheck.Settling settling = new PositionCheck.Settling();
        // walks in from 200 px to the left at 100 px a second (a third of the 290 px body a second), stops at 2 s
        java.util.List<Boolean> ready = new java.util.ArrayList<>();
        for (int i = 0; i <= 120; i++) {
            long t = i * 1_000_000L / 30;
            double dx = Math.min(0, -200 + 100 * t / 1e6);
            ready.add(settling.check(t, Optional.of(shifted(dx, 0)), W, H, CameraView.SIDE).ready());
        }
        assertThat(check(shifted(-150, 0), CameraView.SIDE).ready()).as("each frame alone is in position").isTrue();
        assertThat(ready.subList(0, 60)).as("walking").containsOnly(false);
        // the last second still holds the walk's end: more than 23 px (8% of the body) until about 0.77 s after stopping
        assertThat(ready.subList(60, 82)).as("stopped, the walk still in the last second").containsOnly(false);
        assertThat(ready.subList(91, 121)).as("settled").containsOnly(true);
        assertThat(settling.check(121 * 1_000_000L / 30, Optional.of(shifted(0, 0)), W, H, CameraView.SIDE))
                .isEqualTo(new PositionCheck.Result(true, "You're in position"));
    }

    @Test
    void standingSwayAndKeypointJitterCountAsSettledAStepBeforeDoesNotAndMovingAfterKeepsIt() {
        PositionCheck.Settling settling = new PositionCheck.Settling();
        java.util.Random jitter = new java.util.Random(7);
        // a step of 30 px (10% of the 290 px body) to the side at 0.5 s, then standing there
        PositionCheck.Result atOneSecond = null;
        PositionCheck.Result last = null;
        for (int i = 0; i <= 60; i++) {
            // 3 px (1% of the body) either way: the smoothed keypoints' jitter and a quiet sway
            double dx = (i >= 15 ? 30 : 0) + jitter.nextGaussian() * 3;
            last = settling.check(i * 1_000_000L / 30, Optional.of(shifted(dx, jitter.nextGaussian() * 3)), W, H, CameraView.SIDE);
            if (i == 40) {
                atOneSecond = last;
            }
        }
        assertThat(atOneSecond).as("0.8 s after the step").isEqualTo(new PositionCheck.Result(false,
                "Hold still a moment: the countdown starts when you have settled"));
        assertThat(last.ready()).as("1.5 s after the step").isTrue();
        // settled: the first squat started during the countdown (hips 90 px lower) does not send it back
        assertThat(settling.check(61 * 1_000_000L / 30, Optional.of(standing(k -> k.part().name().endsWith("ANKLE") ? k
                : new Keypoint(k.part(), k.x() + 30, k.y() + 90, k.score()))), W, H, CameraView.SIDE).ready()).isTrue();
    }

    @Test
    void losingThePersonOrThePositionStartsTheWaitAgainAndSaysTheRealProblem() {
        PositionCheck.Settling settling = new PositionCheck.Settling();
        for (int i = 0; i <= 40; i++) {
            settling.check(i * 1_000_000L / 30, Optional.of(shifted(0, 0)), W, H, CameraView.SIDE);
        }
        assertThat(settling.check(41 * 1_000_000L / 30, Optional.empty(), W, H, CameraView.SIDE).say())
                .isEqualTo("Step into the picture: I can't see you");
        assertThat(settling.check(42 * 1_000_000L / 30, Optional.of(shifted(0, 0)), W, H, CameraView.SIDE).ready())
                .as("back in view: a second of stillness again").isFalse();
        assertThat(settling.check(42 * 1_000_000L / 30 + PositionCheck.SETTLE_MICROS, Optional.of(shifted(0, 0)), W, H,
                CameraView.SIDE).ready()).isTrue();
    }
}
