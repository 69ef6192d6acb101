package dev.formcheck.synthetic;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class CameraTest {
    static final double EXACT = 1e-9;
    static final Anthropometry BODY = Anthropometry.adult();

    @ParameterizedTest
    @CsvSource({"0, 0", "90, 3", "135, -20", "270, 45", "-30, 10"})
    void aPointOnTheOpticalAxisLandsAtTheImageCentre(double azimuth, double elevation) {
        Camera camera = new Camera(azimuth, elevation, 3, new Vec3(0.2, 0.9, -0.1), 50, 640, 480);
        for (double along : new double[] {0, 1.5, 20}) {
            ImagePoint p = camera.project(camera.target().plus(camera.forward().times(along)));
            assertThat(p.x()).isCloseTo(320, within(EXACT));
            assertThat(p.y()).isCloseTo(240, within(EXACT));
            assertThat(p.depth()).isCloseTo(3 + along, within(EXACT));
        }
    }

    @Test
    void theCameraStandsWhereItsAnglesSay() {
        Vec3 target = new Vec3(0, 1, 0);
        assertThat(new Camera(0, 0, 2, target, 50, 64, 48).position().distanceTo(new Vec3(2, 1, 0))).isLessThan(EXACT);
        assertThat(new Camera(90, 0, 2, target, 50, 64, 48).position().distanceTo(new Vec3(0, 1, 2))).isLessThan(EXACT);
        Camera above = new Camera(0, 30, 2, target, 50, 64, 48);
        assertThat(above.position().y()).isCloseTo(1 + 2 * Math.sin(Math.toRadians(30)), within(EXACT));
        // Up in the world is up in the image.
        assertThat(above.project(target.plus(Vec3.UP.times(0.1))).y()).isLessThan(24);
    }

    @Test
    void aSideViewStacksTheShouldersAndAFrontViewSpreadsThemByTheirWidth() {
        Skeleton s = ForwardKinematics.solve(BODY, ForwardKinematics.standing(BODY));
        Camera side = Camera.sideView(640, 480);
        double sideGap = Math.abs(side.project(s.point(Landmark.LEFT_SHOULDER)).x() - side.project(s.point(Landmark.RIGHT_SHOULDER)).x());
        assertThat(sideGap).as("side view: shoulders one behind the other").isLessThan(2);

        Camera front = side.withAzimuth(0);
        ImagePoint left = front.project(s.point(Landmark.LEFT_SHOULDER));
        ImagePoint right = front.project(s.point(Landmark.RIGHT_SHOULDER));
        double expected = front.pixelsAt(BODY.shoulderJointSpacing(), left.depth());
        assertThat(Math.abs(left.x() - right.x())).as("front view: shoulders a shoulder-width apart")
                .isCloseTo(expected, within(0.02 * expected));
        // Facing the camera, the body's right is on the image's left.
        assertThat(right.x()).isLessThan(left.x());
    }

    @Test
    void fromItsRightTheBodyFacesImageRightAndFromItsLeftImageLeft() {
        Skeleton s = ForwardKinematics.solve(BODY, ForwardKinematics.standing(BODY));
        Camera right = Camera.sideView(640, 480);
        assertThat(right.project(s.point(Landmark.RIGHT_TOE)).x()).isGreaterThan(right.project(s.point(Landmark.RIGHT_HEEL)).x());
        Camera left = right.withAzimuth(270);
        assertThat(left.project(s.point(Landmark.LEFT_TOE)).x()).isLessThan(left.project(s.point(Landmark.LEFT_HEEL)).x());
    }

    @Test
    void aSizeSpansFocalLengthOverDepthPixels() {
        Camera camera = new Camera(0, 0, 4, new Vec3(0, 1, 0), 60, 640, 480);
        double f = 240 / Math.tan(Math.toRadians(30));
        assertThat(camera.focalLengthPixels()).isCloseTo(f, within(EXACT));
        ImagePoint low = camera.project(new Vec3(0, 0.5, 0));
        ImagePoint high = camera.project(new Vec3(0, 1.5, 0));
        assertThat(low.y() - high.y()).isCloseTo(f / 4, within(EXACT));
        assertThat(camera.pixelsAt(1, 4)).isCloseTo(f / 4, within(EXACT));
    }

    @Test
    void aPointBehindTheCameraIsNeitherInFrontNorInFrame() {
        Camera camera = Camera.sideView(640, 480);
        ImagePoint behind = camera.project(camera.position().minus(camera.forward()));
        assertThat(behind.inFrontOfCamera()).isFalse();
        assertThat(camera.inFrame(behind)).isFalse();
    }

    @Test
    void aCameraLookingStraightDownIsRefused() {
        assertThatThrownBy(() -> Camera.sideView(640, 480).withElevation(90))
                .hasMessage("camera elevation must be within +-85.0 degrees, not 90.0");
    }
}
