package dev.formcheck.synthetic;

import dev.formcheck.capture.RgbImage;
import dev.formcheck.pose.BodyPart;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;

import static org.assertj.core.api.Assertions.assertThat;

class RendererTest {
    static final Anthropometry BODY = Anthropometry.adult();
    static final Renderer RENDERER = Renderer.withDefaults();
    static final Camera SIDE = Camera.sideView(640, 480);
    /** Summed |R|+|G|+|B| change that counts as "something is drawn here", far above antialiasing noise on a flat wall. */
    static final int DRAWN = 60;

    @Test
    void theBodyIsDrawnWhereEveryVisibleTrueKeypointSays() {
        RgbImage room = RENDERER.renderEmptyRoom(SIDE, 0);
        for (BodyPose pose : new BodyPose[] {ForwardKinematics.standing(BODY), squatBottom()}) {
            SyntheticFrame frame = RENDERER.render(ForwardKinematics.solve(BODY, pose), SIDE, 0);
            for (TrueKeypoint k : frame.keypoints()) {
                if (k.visibility() == Visibility.VISIBLE) {
                    int x = (int) k.x();
                    int y = (int) k.y();
                    assertThat(difference(pixel(frame.image(), x, y), pixel(room, x, y)))
                            .as("%s at (%d, %d) differs from the empty room", k.part().id(), x, y)
                            .isGreaterThan(DRAWN);
                }
            }
        }
    }

    @Test
    void theShirtShortsAndSkinHaveTheirOwnColours() {
        SyntheticFrame frame = RENDERER.render(ForwardKinematics.solve(BODY, ForwardKinematics.standing(BODY)), SIDE, 0);
        Skeleton s = frame.skeleton();
        int[] chest = pixelAt(frame.image(), s.point(Landmark.THORACOLUMBAR).lerp(s.point(Landmark.NECK_BASE), 0.4));
        // Behind the hip joint: in a standing side view the hanging arm covers the joint itself.
        int[] hips = pixelAt(frame.image(), s.point(Landmark.RIGHT_HIP).plus(new Vec3(-0.045 * BODY.height(), 0, 0)));
        int[] shin = pixelAt(frame.image(), s.point(Landmark.RIGHT_KNEE).lerp(s.point(Landmark.RIGHT_ANKLE), 0.5));
        assertThat(chest[2]).as("the shirt is blue").isGreaterThan(chest[0] + 40);
        assertThat(hips[0] + hips[1] + hips[2]).as("the shorts are dark").isLessThan(3 * 80);
        assertThat(shin[0]).as("the shin is skin").isGreaterThan(shin[2] + 30);
    }

    @Test
    void theFarSideOfTheBodyIsDarkerThanTheNearSide() {
        // Legs apart, so both shins show in a side view; the right leg is nearer the camera.
        BodyPose stride = ForwardKinematics.standing(BODY)
                .with(Joint.RIGHT_HIP_FLEXION, 30).with(Joint.LEFT_HIP_FLEXION, -25);
        SyntheticFrame frame = RENDERER.render(ForwardKinematics.solve(BODY, stride), SIDE, 0);
        Skeleton s = frame.skeleton();
        double near = brightness(pixelAt(frame.image(), s.point(Landmark.RIGHT_KNEE).lerp(s.point(Landmark.RIGHT_ANKLE), 0.5)));
        double far = brightness(pixelAt(frame.image(), s.point(Landmark.LEFT_KNEE).lerp(s.point(Landmark.LEFT_ANKLE), 0.5)));
        assertThat(far).isLessThan(near * 0.92);
    }

    @Test
    void inASideViewTheFarLimbsAndFaceAreOccludedAndTheNearOnesVisible() {
        SyntheticFrame frame = RENDERER.render(ForwardKinematics.solve(BODY, squatBottom()), SIDE, 0);
        for (BodyPart part : new BodyPart[] {BodyPart.NOSE, BodyPart.RIGHT_EYE, BodyPart.RIGHT_EAR, BodyPart.RIGHT_SHOULDER,
                BodyPart.RIGHT_ELBOW, BodyPart.RIGHT_WRIST, BodyPart.RIGHT_HIP, BodyPart.RIGHT_KNEE, BodyPart.RIGHT_ANKLE}) {
            assertThat(frame.keypoint(part).visibility()).as(part.id()).isEqualTo(Visibility.VISIBLE);
        }
        for (BodyPart part : new BodyPart[] {BodyPart.LEFT_EYE, BodyPart.LEFT_EAR, BodyPart.LEFT_SHOULDER,
                BodyPart.LEFT_HIP, BodyPart.LEFT_KNEE, BodyPart.LEFT_ANKLE}) {
            assertThat(frame.keypoint(part).visibility()).as(part.id()).isEqualTo(Visibility.OCCLUDED);
        }
    }

    @Test
    void inAFrontViewBothSidesAreVisible() {
        SyntheticFrame frame = RENDERER.render(ForwardKinematics.solve(BODY, ForwardKinematics.standing(BODY)),
                SIDE.withAzimuth(0), 0);
        for (TrueKeypoint k : frame.keypoints()) {
            assertThat(k.visibility()).as(k.part().id()).isEqualTo(Visibility.VISIBLE);
        }
    }

    @Test
    void keypointsOutsideTheImageAreMarkedSo() {
        Camera headShot = SIDE.withTarget(new Vec3(0, 1.6, 0)).withDistance(1.0);
        SyntheticFrame frame = RENDERER.render(ForwardKinematics.solve(BODY, ForwardKinematics.standing(BODY)), headShot, 0);
        assertThat(frame.keypoint(BodyPart.RIGHT_ANKLE).visibility()).isEqualTo(Visibility.OUTSIDE_FRAME);
        assertThat(frame.keypoint(BodyPart.NOSE).visibility()).isEqualTo(Visibility.VISIBLE);
    }

    @Test
    void theSameBodyAndCameraGiveTheSamePixelsAndKeepTheTimestamp() {
        Skeleton s = ForwardKinematics.solve(BODY, squatBottom());
        SyntheticFrame a = RENDERER.render(s, SIDE, 1234);
        SyntheticFrame b = RENDERER.render(s, SIDE, 1234);
        assertThat(a.image().pixels()).isEqualTo(b.image().pixels());
        assertThat(a.timestampMicros()).isEqualTo(1234);
        assertThat(a.keypoints()).isEqualTo(b.keypoints());
    }

    static BodyPose squatBottom() {
        SquatMotion motion = SquatMotion.generate(BODY, SquatMotion.Settings.of(20));
        return motion.poseAt(motion.reps().get(0).bottomSeconds());
    }

    private static int[] pixelAt(RgbImage image, Vec3 world) {
        ImagePoint p = SIDE.project(world);
        return pixel(image, (int) p.x(), (int) p.y());
    }

    static int[] pixel(RgbImage image, int x, int y) {
        ByteBuffer p = image.pixels();
        int o = 3 * (y * image.width() + x);
        return new int[] {p.get(o) & 0xff, p.get(o + 1) & 0xff, p.get(o + 2) & 0xff};
    }

    private static int difference(int[] a, int[] b) {
        return Math.abs(a[0] - b[0]) + Math.abs(a[1] - b[1]) + Math.abs(a[2] - b[2]);
    }

    private static double brightness(int[] rgb) {
        return (rgb[0] + rgb[1] + rgb[2]) / 3.0;
    }
}
