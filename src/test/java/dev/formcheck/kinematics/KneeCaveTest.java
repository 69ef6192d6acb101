package dev.formcheck.kinematics;

import dev.formcheck.pose.BodyPart;
import dev.formcheck.pose.Keypoint;
import dev.formcheck.pose.Pose;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * A knee caving in, seen from the front: the angle at the ankle from the hip-ankle line to the
 * shank, positive towards the other leg. Hand-made front-view poses in image pixels (y down), the
 * person's left on the image's right.
 */
class KneeCaveTest {
    private static final ViewEstimate FRONT = new ViewEstimate(CameraView.FRONT, 0.9, 0, 3);
    private static final ViewEstimate SIDE = new ViewEstimate(CameraView.SIDE, 0.9, 90, 3);

    /** Hips 60 px apart at y 200, ankles under them at y 400, knees at y 300 moved {@code leftIn}/{@code rightIn} px towards the middle. */
    private static Pose legs(double leftIn, double rightIn) {
        List<Keypoint> k = new ArrayList<>();
        for (BodyPart p : BodyPart.values()) {
            k.add(new Keypoint(p, 320, 100, 0.9));
        }
        put(k, BodyPart.LEFT_HIP, 350, 200);
        put(k, BodyPart.RIGHT_HIP, 290, 200);
        put(k, BodyPart.LEFT_ANKLE, 350, 400);
        put(k, BodyPart.RIGHT_ANKLE, 290, 400);
        put(k, BodyPart.LEFT_KNEE, 350 - leftIn, 300);
        put(k, BodyPart.RIGHT_KNEE, 290 + rightIn, 300);
        return new Pose(0, k);
    }

    private static void put(List<Keypoint> k, BodyPart p, double x, double y) {
        k.set(p.ordinal(), new Keypoint(p, x, y, 0.9));
    }

    @Test
    void aKneeInsideItsHipAnkleLineReadsAsTheAngleAtTheAnkle() {
        Measurement m = LimbSides.measure(legs(20, 0), FRONT).kneeCave();

        assertThat(m.valueIfPresent().getAsDouble()).isCloseTo(Math.toDegrees(Math.atan2(20, 100)), within(1e-6));
    }

    @Test
    void theWorseKneeIsTakenAndKneesPushedOutReadBelowZero() {
        assertThat(LimbSides.measure(legs(5, 15), FRONT).kneeCave().valueIfPresent().getAsDouble())
                .isCloseTo(Math.toDegrees(Math.atan2(15, 100)), within(1e-6));
        assertThat(LimbSides.measure(legs(-10, -12), FRONT).kneeCave().valueIfPresent().getAsDouble())
                .isCloseTo(-Math.toDegrees(Math.atan2(10, 100)), within(1e-6));
    }

    @Test
    void sideOnTheKneesTrackingIsNotJudged() {
        Measurement m = LimbSides.measure(legs(20, 20), SIDE).kneeCave();

        assertThat(m).isInstanceOf(WrongView.class);
        assertThat(((WrongView) m).message()).contains("Face the camera");
    }
}
