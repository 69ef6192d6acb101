package dev.formcheck.kinematics;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The torso's length recovered from an across-body line and the torso as an orthographic camera
 * shows them: 3D vectors built here, projected by dropping their depth, must give back the true
 * length.
 */
class TorsoDepthTest {
    static final double SHOULDERS = 0.69;
    static final double EXACT = 1e-9;

    /** Drops the depth: what an orthographic camera looking along z shows. */
    static Vec2 image(double[] v) {
        return new Vec2(v[0], v[1]);
    }

    @Test
    void anUprightBodyTurnedAwayIsItsImageTorso() {
        // turned 60 degrees: the shoulder line half as wide, the torso upright in the image
        Vec2 across = new Vec2(SHOULDERS * 100 * 0.5, 0);
        Vec2 torso = new Vec2(0, -100);
        assertThat(TorsoDepth.lengthFromSkew(across, torso, SHOULDERS)).isCloseTo(100, within(EXACT));
    }

    @ParameterizedTest(name = "trunk bent {0} deg towards a camera {1} deg round from the front")
    @CsvSource({"60, 45", "80, 45", "80, 30", "45, 60", "70, 135", "30, 20"})
    void aTrunkBentTowardsAnObliqueCameraGetsItsFullLength(double bendDegrees, double azimuthDegrees) {
        double length = 120;
        double bend = Math.toRadians(bendDegrees);
        double turn = Math.toRadians(azimuthDegrees);
        // body frame: x to its left, y up, z forward; the trunk pitches forward about x,
        // then the body turns about the vertical by the camera's azimuth; the camera looks along z
        double[] acrossBody = {SHOULDERS * length, 0, 0};
        double[] torsoBody = {0, length * Math.cos(bend), length * Math.sin(bend)};
        double[] across = turnAboutVertical(acrossBody, turn);
        double[] torso = turnAboutVertical(torsoBody, turn);
        double imageTorso = image(torso).length();
        assertThat(imageTorso).as("foreshortened in the image").isLessThan(length);
        assertThat(TorsoDepth.lengthFromSkew(image(across), image(flipY(torso)), SHOULDERS)).isCloseTo(length, within(1e-6));
    }

    @Test
    void anyOrientationGivesBackTheTrueLength() {
        Random random = new Random(20261125);
        for (int i = 0; i < 1000; i++) {
            double length = 50 + 200 * random.nextDouble();
            double[] t = scale(unit(gaussian(random)), length);
            double[] s = gaussian(random);
            s = scale(unit(minus(s, scale(t, dot(s, t) / dot(t, t)))), SHOULDERS * length);
            double recovered = TorsoDepth.lengthFromSkew(image(s), image(t), SHOULDERS);
            assertThat(recovered).as("case %d", i).isCloseTo(length, within(1e-6 * length));
        }
    }

    @Test
    void aLineWiderThanItsFacingWidthIsReadAsATorsoLeaningAtTheCamera() {
        // facing the camera, trunk bent towards it: the shoulders full width, the torso short
        Vec2 across = new Vec2(SHOULDERS * 100, 0);
        Vec2 torso = new Vec2(0, -40);
        assertThat(TorsoDepth.lengthFromSkew(across, torso, SHOULDERS)).isCloseTo(100, within(EXACT));
    }

    @Test
    void aDegenerateLineHasNoLength() {
        assertThat(TorsoDepth.lengthFromSkew(new Vec2(0, 0), new Vec2(0, -100), SHOULDERS)).isNaN();
        assertThat(TorsoDepth.lengthFromSkew(new Vec2(50, 0), new Vec2(0, 0), SHOULDERS)).isNaN();
    }

    /** Image y runs down; the body's up is the image's minus y. */
    static double[] flipY(double[] v) {
        return new double[] {v[0], -v[1], v[2]};
    }

    static double[] turnAboutVertical(double[] v, double radians) {
        return new double[] {v[0] * Math.cos(radians) + v[2] * Math.sin(radians), v[1], -v[0] * Math.sin(radians) + v[2] * Math.cos(radians)};
    }

    static double[] gaussian(Random random) {
        return new double[] {random.nextGaussian(), random.nextGaussian(), random.nextGaussian()};
    }

    static double dot(double[] a, double[] b) {
        return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
    }

    static double[] scale(double[] v, double f) {
        return new double[] {v[0] * f, v[1] * f, v[2] * f};
    }

    static double[] minus(double[] a, double[] b) {
        return new double[] {a[0] - b[0], a[1] - b[1], a[2] - b[2]};
    }

    static double[] unit(double[] v) {
        return scale(v, 1 / Math.sqrt(dot(v, v)));
    }
}
