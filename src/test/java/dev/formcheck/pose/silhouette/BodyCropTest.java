package dev.formcheck.pose.silhouette;

import dev.formcheck.pose.BodyPart;
import dev.formcheck.pose.Pose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The crop stands any trunk upright around the hip centre and is sized by the body's reach. */
class BodyCropTest {
    static final int CROP = BlazePoseSegmenter.INPUT_SIZE;
    /** Pure arithmetic on doubles: only rounding separates the answers. */
    static final double EXACT = 1e-9;

    static BodyCrop around(Pose pose) {
        return BodyCrop.around(pose).orElseThrow();
    }

    @ParameterizedTest(name = "trunk at {0} degrees")
    @ValueSource(doubles = {0, 30, -60, 90, -90, 135, 180})
    void imageToCropAndBackIsTheSamePoint(double degrees) {
        BodyCrop crop = around(TrunkPoses.body(degrees).build());
        double[][] points = {{0, 0}, {320, 300}, {17.5, 480}, {640, -40}};
        for (double[] p : points) {
            double[] c = crop.toCrop(p[0], p[1], CROP);
            double[] back = crop.toImage(c[0], c[1], CROP);
            assertThat(back[0]).isCloseTo(p[0], within(EXACT));
            assertThat(back[1]).isCloseTo(p[1], within(EXACT));
        }
        double[] image = crop.toImage(3, 250, CROP);
        double[] again = crop.toCrop(image[0], image[1], CROP);
        assertThat(again[0]).isCloseTo(3, within(EXACT));
        assertThat(again[1]).isCloseTo(250, within(EXACT));
    }

    @ParameterizedTest(name = "trunk at {0} degrees")
    @ValueSource(doubles = {0, 90, -90, 60, -40})
    void theHipCentreIsTheCropsMiddleAndTheShouldersStandStraightAboveIt(double degrees) {
        Pose pose = TrunkPoses.body(degrees).build();
        BodyCrop crop = around(pose);
        double middle = CROP / 2.0 - 0.5;
        double[] hip = crop.toCrop(TrunkPoses.HIP_X, TrunkPoses.HIP_Y, CROP);
        assertThat(hip[0]).isCloseTo(middle, within(EXACT));
        assertThat(hip[1]).isCloseTo(middle, within(EXACT));

        double[] shoulderInImage = TrunkPoses.body(degrees).image(1, 0);
        double[] shoulder = crop.toCrop(shoulderInImage[0], shoulderInImage[1], CROP);
        assertThat(shoulder[0]).as("straight above").isCloseTo(middle, within(EXACT));
        assertThat(shoulder[1]).as("a trunk's length above").isCloseTo(middle - TrunkPoses.TRUNK / crop.scale(CROP), within(EXACT));
        assertThat(crop.trunkLength()).isCloseTo(TrunkPoses.TRUNK, within(EXACT));
    }

    @Test
    void aPlankHeadRightPutsTheImagesTopOnTheCropsLeftAndHeadLeftOnItsRight() {
        // crop +u is the image direction (cos a, sin a): down for head right, up for head left
        BodyCrop headRight = around(TrunkPoses.plankHeadRight().build());
        BodyCrop headLeft = around(TrunkPoses.plankHeadLeft().build());
        double above = TrunkPoses.HIP_Y - 50;
        assertThat(headRight.toCrop(TrunkPoses.HIP_X, above, CROP)[0]).isLessThan(CROP / 2.0 - 0.5);
        assertThat(headLeft.toCrop(TrunkPoses.HIP_X, above, CROP)[0]).isGreaterThan(CROP / 2.0 - 0.5);
    }

    @Test
    void theLeanIsZeroStandingAQuarterTurnLyingEitherWayAndHalfATurnHeadDown() {
        assertThat(around(TrunkPoses.body(0).build()).leanRadians()).isCloseTo(0, within(EXACT));
        assertThat(around(TrunkPoses.plankHeadRight().build()).leanRadians()).isCloseTo(Math.PI / 2, within(EXACT));
        assertThat(around(TrunkPoses.plankHeadLeft().build()).leanRadians()).isCloseTo(Math.PI / 2, within(EXACT));
        assertThat(around(TrunkPoses.body(-60).build()).leanRadians()).isCloseTo(Math.toRadians(60), within(EXACT));
        assertThat(around(TrunkPoses.body(180).build()).leanRadians()).isCloseTo(Math.PI, within(EXACT));
    }

    @Test
    void theSideIsTwiceTheFarthestConfidentKeypointsReachWithTheMargin() {
        TrunkPoses body = TrunkPoses.body(90);
        double reach = TrunkPoses.ANKLE_REACH * TrunkPoses.TRUNK;
        assertThat(around(body.build()).size()).isCloseTo(2 * reach * BodyCrop.MARGIN, within(EXACT));

        body.put(BodyPart.RIGHT_WRIST, 1, 2.5); // a hand raised far behind the back: 2.69 trunks from the hip
        double handReach = Math.hypot(1, 2.5) * TrunkPoses.TRUNK;
        assertThat(around(body.build()).size()).isCloseTo(2 * handReach * BodyCrop.MARGIN, within(EXACT));

        body.put(BodyPart.RIGHT_WRIST, 1, 2.5, BodyCrop.MIN_SCORE / 2); // too unsure to size the crop
        assertThat(around(body.build()).size()).isCloseTo(2 * reach * BodyCrop.MARGIN, within(EXACT));
    }

    @Test
    void withNothingBeyondTheTrunkTheSideIsTwiceTheTrunkWithTheMargin() {
        Pose trunkOnly = TrunkPoses.body(90).hide(BodyPart.NOSE, BodyPart.LEFT_EYE, BodyPart.RIGHT_EYE, BodyPart.LEFT_EAR,
                BodyPart.RIGHT_EAR, BodyPart.LEFT_ELBOW, BodyPart.RIGHT_ELBOW, BodyPart.LEFT_WRIST, BodyPart.RIGHT_WRIST,
                BodyPart.LEFT_KNEE, BodyPart.RIGHT_KNEE, BodyPart.LEFT_ANKLE, BodyPart.RIGHT_ANKLE).build();
        assertThat(around(trunkOnly).size()).isCloseTo(2 * TrunkPoses.TRUNK * BodyCrop.MARGIN, within(EXACT));
    }

    @Test
    void thereIsNoCropWithoutAHipOrWithoutAShoulder() {
        assertThat(BodyCrop.around(TrunkPoses.body(90).hide(BodyPart.LEFT_HIP, BodyPart.RIGHT_HIP).build())).isEmpty();
        assertThat(BodyCrop.around(TrunkPoses.body(90).hide(BodyPart.LEFT_SHOULDER, BodyPart.RIGHT_SHOULDER).build())).isEmpty();
        Pose unsureHips = TrunkPoses.body(90).put(BodyPart.LEFT_HIP, 0, 0, BodyCrop.MIN_SCORE / 2)
                .put(BodyPart.RIGHT_HIP, 0, 0, BodyCrop.MIN_SCORE / 2).build();
        assertThat(BodyCrop.around(unsureHips)).isEmpty();
    }

    @Test
    void oneHipAndOneShoulderAreEnoughAndPlaceTheCrop() {
        Pose nearSideOnly = TrunkPoses.body(90).hide(BodyPart.RIGHT_HIP, BodyPart.RIGHT_SHOULDER).build();
        BodyCrop crop = around(nearSideOnly);
        assertThat(crop.centerX()).isCloseTo(TrunkPoses.HIP_X, within(EXACT));
        assertThat(crop.centerY()).isCloseTo(TrunkPoses.HIP_Y, within(EXACT));
        assertThat(crop.angleRadians()).isCloseTo(Math.PI / 2, within(EXACT));
    }

    @Test
    void theCentreIsBetweenTheTwoHips() {
        Pose pose = TrunkPoses.body(90).put(BodyPart.LEFT_HIP, 0, 0.1).put(BodyPart.RIGHT_HIP, 0, -0.1).build();
        BodyCrop crop = around(pose);
        assertThat(crop.centerX()).isCloseTo(TrunkPoses.HIP_X, within(EXACT));
        assertThat(crop.centerY()).isCloseTo(TrunkPoses.HIP_Y, within(EXACT));
    }
}
