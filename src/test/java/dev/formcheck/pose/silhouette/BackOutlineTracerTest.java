package dev.formcheck.pose.silhouette;

import dev.formcheck.pose.BodyPart;
import dev.formcheck.pose.Pose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The tracer on masks drawn in the test: a side-on trunk leaning forward, the back up, its back
 * edge straight, humped or hollowed by known amounts, seen through the crop
 * {@link BodyCrop#around} gives for the pose.
 */
class BackOutlineTracerTest {
    static final int SIZE = BlazePoseSegmenter.INPUT_SIZE;
    static final long MICROS = 7;
    /**
     * A binary mask puts the edge on a pixel boundary, so each row's edge is off by up to half a
     * crop pixel; over the ~57-pixel trunk of these poses that tilts each fitted line by up to
     * about a degree and a half. Measured against the drawn curve: 2.1° at most.
     */
    static final double QUANTISATION_TOLERANCE = 3;
    /** A straight edge lies along one pixel column: its lines are parallel up to rounding. Measured 0.0°. */
    static final double STRAIGHT_TOLERANCE = 0.5;
    /** Bows drawn, shares of the trunk's length: 2, 4 and 8 cm on a 50 cm trunk. */
    static final double[] BOWS = {0.02, 0.04, 0.08};
    /** A bend this large is a clear reading, beyond any quantisation. */
    static final double CLEAR_BEND = 5;

    final BackOutlineTracer tracer = new BackOutlineTracer();

    BackOutline trace(TrunkPoses body, DrawnTrunk drawn) {
        Pose pose = body.build(MICROS);
        BodyCrop crop = BodyCrop.around(pose).orElseThrow();
        return tracer.trace(drawn.mask(crop, SIZE), pose);
    }

    static BackOutline.Traced traced(BackOutline outline) {
        assertThat(outline).isInstanceOf(BackOutline.Traced.class);
        return (BackOutline.Traced) outline;
    }

    static BackOutline.Untraced untraced(BackOutline outline) {
        assertThat(outline).isInstanceOf(BackOutline.Untraced.class);
        return (BackOutline.Untraced) outline;
    }

    /**
     * The bend of the drawn curve itself, read at the tracer's rows: the angle between straight
     * lines fitted (least squares) to its lower and its upper part.
     */
    static double drawnBend(DoubleUnaryOperator edge) {
        List<double[]> lower = new ArrayList<>();
        List<double[]> upper = new ArrayList<>();
        for (int i = 0; i < BackOutlineTracer.ROWS; i++) {
            double along = BackOutlineTracer.FROM + (BackOutlineTracer.TO - BackOutlineTracer.FROM) * i / (BackOutlineTracer.ROWS - 1);
            (along < BackOutlineTracer.SPLIT ? lower : upper).add(new double[] {along, edge.applyAsDouble(along)});
        }
        return Math.toDegrees(Math.atan(slope(lower)) - Math.atan(slope(upper)));
    }

    static double slope(List<double[]> points) {
        double n = points.size();
        double sx = points.stream().mapToDouble(p -> p[0]).sum();
        double sy = points.stream().mapToDouble(p -> p[1]).sum();
        double sxy = points.stream().mapToDouble(p -> p[0] * p[1]).sum();
        double sxx = points.stream().mapToDouble(p -> p[0] * p[0]).sum();
        return (n * sxy - sx * sy) / (n * sxx - sx * sx);
    }

    static double hump(double bow, double along) {
        return DrawnTrunk.BACK + bow * Math.sin(Math.PI * Math.max(0, Math.min(1, along)));
    }

    static double hollow(double depth, double along) {
        double x = (along - DrawnTrunk.HOLLOW_AT) / DrawnTrunk.HOLLOW_AT;
        return Math.abs(x) >= 1 ? DrawnTrunk.BACK : DrawnTrunk.BACK - depth * (1 + Math.cos(Math.PI * x)) / 2;
    }

    @ParameterizedTest(name = "trunk at {0} degrees")
    @ValueSource(doubles = {90, -90, 70, -70})
    void aStraightBackReadsNoBendOverEveryRowAndItsOutlineLiesOnTheDrawnEdge(double degrees) {
        TrunkPoses body = TrunkPoses.body(degrees);
        DrawnTrunk drawn = DrawnTrunk.straight(body);
        BackOutline.Traced outline = traced(trace(body, drawn));

        assertThat(outline.timestampMicros()).isEqualTo(MICROS);
        assertThat(outline.bendDegrees()).isCloseTo(0, within(STRAIGHT_TOLERANCE));
        assertThat(outline.coverage()).isEqualTo(1);
        assertThat(outline.contour()).hasSize(BackOutlineTracer.ROWS);
        double pixel = BodyCrop.around(body.build()).orElseThrow().scale(SIZE);
        BackOutline.Point hipEnd = outline.contour().get(0);
        BackOutline.Point shoulderEnd = outline.contour().get(BackOutlineTracer.ROWS - 1);
        double[] expectedHipEnd = drawn.backEdgeInImage(BackOutlineTracer.FROM);
        double[] expectedShoulderEnd = drawn.backEdgeInImage(BackOutlineTracer.TO);
        assertThat(hipEnd.x()).isCloseTo(expectedHipEnd[0], within(pixel));
        assertThat(hipEnd.y()).isCloseTo(expectedHipEnd[1], within(pixel));
        assertThat(shoulderEnd.x()).isCloseTo(expectedShoulderEnd[0], within(pixel));
        assertThat(shoulderEnd.y()).isCloseTo(expectedShoulderEnd[1], within(pixel));
    }

    @Test
    void aBackBowedOutwardsReadsPositiveAsDrawnAndMoreTheMoreItBows() {
        TrunkPoses body = TrunkPoses.plankHeadRight();
        double previous = 0;
        for (double bow : BOWS) {
            double bend = traced(trace(body, DrawnTrunk.humped(body, bow))).bendDegrees();
            assertThat(bend).as("bow %s", bow).isCloseTo(drawnBend(a -> hump(bow, a)), within(QUANTISATION_TOLERANCE));
            assertThat(bend).as("bow %s", bow).isGreaterThan(previous);
            previous = bend;
        }
        assertThat(traced(trace(body, DrawnTrunk.humped(body, 0.04))).bendDegrees()).isGreaterThan(CLEAR_BEND);
    }

    @Test
    void aBackHollowedLowReadsNegativeAsDrawn() {
        TrunkPoses body = TrunkPoses.plankHeadRight();
        for (double depth : new double[] {0.04, 0.08}) {
            double bend = traced(trace(body, DrawnTrunk.hollowedLow(body, depth))).bendDegrees();
            assertThat(bend).as("depth %s", depth).isLessThan(-CLEAR_BEND);
            assertThat(bend).as("depth %s", depth).isCloseTo(drawnBend(a -> hollow(depth, a)), within(QUANTISATION_TOLERANCE));
        }
    }

    @ParameterizedTest(name = "trunk at {0} degrees")
    @ValueSource(doubles = {90, -90, 60, -60})
    void theSignIsTheSameWhicheverWayTheHeadPoints(double degrees) {
        TrunkPoses body = TrunkPoses.body(degrees);
        TrunkPoses mirrored = TrunkPoses.body(-degrees);
        double hump = traced(trace(body, DrawnTrunk.humped(body, 0.08))).bendDegrees();
        double hollow = traced(trace(body, DrawnTrunk.hollowedLow(body, 0.08))).bendDegrees();
        assertThat(hump).isGreaterThan(CLEAR_BEND);
        assertThat(hollow).isLessThan(-CLEAR_BEND);
        assertThat(traced(trace(mirrored, DrawnTrunk.humped(mirrored, 0.08))).bendDegrees()).isCloseTo(hump, within(STRAIGHT_TOLERANCE));
        assertThat(traced(trace(mirrored, DrawnTrunk.hollowedLow(mirrored, 0.08))).bendDegrees()).isCloseTo(hollow, within(STRAIGHT_TOLERANCE));
    }

    @ParameterizedTest(name = "trunk at {0} degrees")
    @ValueSource(doubles = {0, 30, -40, 44})
    void aTrunkLeaningLessThanTheLeastLeanIsNotTracedAndTheUserIsToldWhy(double degrees) {
        TrunkPoses body = TrunkPoses.body(degrees);
        BackOutline.Untraced outline = untraced(trace(body, DrawnTrunk.humped(body, 0.08)));
        assertThat(outline.reason()).isEqualTo("your back's outline is judged only when you lean forward");
        assertThat(outline.timestampMicros()).isEqualTo(MICROS);
    }

    @Test
    void aTrunkJustPastTheLeastLeanIsTraced() {
        TrunkPoses body = TrunkPoses.body(Math.toDegrees(BackOutlineTracer.MIN_LEAN) + 1);
        assertThat(traced(trace(body, DrawnTrunk.straight(body))).bendDegrees()).isCloseTo(0, within(QUANTISATION_TOLERANCE));
    }

    @Test
    void anArmRaisedBehindTheUpperBackDropsItsRowsAndLeavesTheBendAsTheBacksOwn() {
        // elbow and wrist lifted behind the shoulder, the arm drawn into the mask where it crosses the back's edge
        TrunkPoses body = TrunkPoses.plankHeadRight().both(BodyPart.LEFT_ELBOW, 0.75, 0.6).both(BodyPart.LEFT_WRIST, 0.95, 1.0);
        DrawnTrunk drawn = DrawnTrunk.straight(body).withArm(1, 0, 0.75, 0.6).withArm(0.75, 0.6, 0.95, 1.0);
        BackOutline.Traced outline = traced(trace(body, drawn));
        assertThat(outline.coverage()).isLessThan(1).isGreaterThan(0.5);
        assertThat(outline.contour()).hasSize((int) Math.round(outline.coverage() * BackOutlineTracer.ROWS));
        assertThat(outline.bendDegrees()).isCloseTo(0, within(STRAIGHT_TOLERANCE));

        // the same mask with the arm's keypoints hanging at the side: its rows are read and bend the outline
        TrunkPoses armUnseen = TrunkPoses.plankHeadRight();
        assertThat(Math.abs(traced(trace(armUnseen, drawn)).bendDegrees())).isGreaterThan(CLEAR_BEND);
    }

    @Test
    void anArmBehindTheBackAlongMostOfTheTrunkLeavesNoOutlineAndSaysSo() {
        // a hand reaching back to the hip, the arm lying along the back
        TrunkPoses body = TrunkPoses.plankHeadRight().both(BodyPart.LEFT_ELBOW, 0.5, 0.6).both(BodyPart.LEFT_WRIST, 0.05, 0.5);
        DrawnTrunk drawn = DrawnTrunk.straight(body).withArm(1, 0, 0.5, 0.6).withArm(0.5, 0.6, 0.05, 0.5);
        assertThat(untraced(trace(body, drawn)).reason()).isEqualTo("an arm is in front of your back's outline");
    }

    @Test
    void anArmWithinTheClearanceOfTheAxisIsNoObstacle() {
        double inside = BackOutlineTracer.ARM_CLEARANCE / 2;
        TrunkPoses body = TrunkPoses.plankHeadRight().both(BodyPart.LEFT_ELBOW, 0.6, inside).both(BodyPart.LEFT_WRIST, 0.2, inside);
        BackOutline.Traced outline = traced(trace(body, DrawnTrunk.humped(body, 0.04)));
        assertThat(outline.coverage()).isEqualTo(1);
    }

    @Test
    void anUnsureArmKeypointExcludesNothing() {
        double unsure = BackOutlineTracer.MIN_SCORE / 2;
        TrunkPoses body = TrunkPoses.plankHeadRight()
                .put(BodyPart.LEFT_ELBOW, 0.5, 0.6, unsure).put(BodyPart.RIGHT_ELBOW, 0.5, 0.6, unsure)
                .put(BodyPart.LEFT_WRIST, 0.05, 0.5, unsure).put(BodyPart.RIGHT_WRIST, 0.05, 0.5, unsure);
        assertThat(traced(trace(body, DrawnTrunk.straight(body))).coverage()).isEqualTo(1);
    }

    @Test
    void aMaskThatDoesNotCoverTheHipToShoulderLineGivesNoOutline() {
        TrunkPoses body = TrunkPoses.plankHeadRight();
        // the whole body drawn a quarter trunk towards the back: the axis is background
        BackOutline.Untraced off = untraced(trace(body, DrawnTrunk.straight(body).shiftedBack(DrawnTrunk.BELLY + 0.05)));
        assertThat(off.reason()).isEqualTo("your back's outline is not clear against the background");
        BackOutline.Untraced empty = untraced(trace(body, DrawnTrunk.of(body, a -> -1)));
        assertThat(empty.reason()).isEqualTo("your back's outline is not clear against the background");
    }

    @Test
    void anEdgeFartherThanABackCanBeIsNotTakenForTheBack() {
        TrunkPoses body = TrunkPoses.plankHeadRight();
        double beyond = BackOutlineTracer.MAX_EDGE_DISTANCE + 0.1; // the background merged into the mask
        assertThat(untraced(trace(body, DrawnTrunk.of(body, a -> beyond))).reason())
                .isEqualTo("your back's outline is not clear against the background");
    }
}
