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
 * The tracer on masks drawn in the test: a side-on trunk leaning forward, the back up, the outline
 * of its lower back straight, leaving the hip→shoulder line at a known angle, bowed or hollowed by
 * known amounts, seen through the crop {@link BodyCrop#around} gives for the pose.
 */
class BackOutlineTracerTest {
    static final int SIZE = BlazePoseSegmenter.INPUT_SIZE;
    static final long MICROS = 7;
    /**
     * A binary mask puts the edge on a pixel boundary, so each row's edge is off by up to half a
     * crop pixel; over the ~23 crop pixels of lower back these poses give, that tilts the fitted
     * line by a degree or so. Measured against the drawn outline: 1.3° at most (a 2% bow), ramps
     * of -15 to +30° within 0.8°.
     */
    static final double QUANTISATION_TOLERANCE = 2;
    /** A straight edge lies along one pixel column: its line is parallel to the axis up to rounding. Measured 0.0°. */
    static final double STRAIGHT_TOLERANCE = 0.5;
    /** Bows drawn, shares of the trunk's length: 2, 4 and 8 cm on a 50 cm trunk. */
    static final double[] BOWS = {0.02, 0.04, 0.08};
    /** An angle this large is a clear reading, beyond any quantisation. */
    static final double CLEAR_ANGLE = 5;

    final BackOutlineTracer tracer = new BackOutlineTracer();

    BackOutline trace(TrunkPoses body, DrawnTrunk drawn) {
        Pose pose = body.build(MICROS);
        BodyCrop crop = BodyCrop.around(pose).orElseThrow();
        return tracer.trace(drawn.mask(crop, SIZE), pose);
    }

    double angle(TrunkPoses body, DrawnTrunk drawn) {
        return traced(trace(body, drawn)).lumbarAngleDegrees();
    }

    static BackOutline.Traced traced(BackOutline outline) {
        assertThat(outline).isInstanceOf(BackOutline.Traced.class);
        return (BackOutline.Traced) outline;
    }

    static BackOutline.Untraced untraced(BackOutline outline) {
        assertThat(outline).isInstanceOf(BackOutline.Untraced.class);
        return (BackOutline.Untraced) outline;
    }

    /** The angle of the drawn outline itself, read at the tracer's rows: a straight line fitted by least squares. */
    static double drawnAngle(DoubleUnaryOperator edge) {
        List<double[]> points = new ArrayList<>();
        for (int i = 0; i < BackOutlineTracer.ROWS; i++) {
            double along = BackOutlineTracer.FROM + (BackOutlineTracer.TO - BackOutlineTracer.FROM) * i / (BackOutlineTracer.ROWS - 1);
            points.add(new double[] {along, edge.applyAsDouble(along)});
        }
        double n = points.size();
        double sx = points.stream().mapToDouble(p -> p[0]).sum();
        double sy = points.stream().mapToDouble(p -> p[1]).sum();
        double sxy = points.stream().mapToDouble(p -> p[0] * p[1]).sum();
        double sxx = points.stream().mapToDouble(p -> p[0] * p[0]).sum();
        return Math.toDegrees(Math.atan((n * sxy - sx * sy) / (n * sxx - sx * sx)));
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
    void aStraightBackReadsNoAngleOverEveryRowAndItsOutlineLiesOnTheDrawnEdge(double degrees) {
        TrunkPoses body = TrunkPoses.body(degrees);
        DrawnTrunk drawn = DrawnTrunk.straight(body);
        BackOutline.Traced outline = traced(trace(body, drawn));

        assertThat(outline.timestampMicros()).isEqualTo(MICROS);
        assertThat(outline.lumbarAngleDegrees()).isCloseTo(0, within(STRAIGHT_TOLERANCE));
        assertThat(outline.coverage()).isEqualTo(1);
        assertThat(outline.contour()).hasSize(BackOutlineTracer.ROWS);
        double pixel = BodyCrop.around(body.build()).orElseThrow().scale(SIZE);
        BackOutline.Point hipEnd = outline.contour().get(0);
        BackOutline.Point upperEnd = outline.contour().get(BackOutlineTracer.ROWS - 1);
        double[] expectedHipEnd = drawn.backEdgeInImage(BackOutlineTracer.FROM);
        double[] expectedUpperEnd = drawn.backEdgeInImage(BackOutlineTracer.TO);
        assertThat(hipEnd.x()).isCloseTo(expectedHipEnd[0], within(pixel));
        assertThat(hipEnd.y()).isCloseTo(expectedHipEnd[1], within(pixel));
        assertThat(upperEnd.x()).isCloseTo(expectedUpperEnd[0], within(pixel));
        assertThat(upperEnd.y()).isCloseTo(expectedUpperEnd[1], within(pixel));
    }

    @ParameterizedTest(name = "{0} degrees")
    @ValueSource(doubles = {-15, -5, 5, 10, 20, 30})
    void anOutlineLeavingTheLineAtAKnownAngleReadsThatAngle(double degrees) {
        TrunkPoses body = TrunkPoses.plankHeadRight();
        assertThat(angle(body, DrawnTrunk.leaving(body, degrees))).isCloseTo(degrees, within(QUANTISATION_TOLERANCE));
    }

    @Test
    void aLowerBackBowedOutwardsReadsPositiveAsDrawnAndMoreTheMoreItBows() {
        TrunkPoses body = TrunkPoses.plankHeadRight();
        double previous = 0;
        for (double bow : BOWS) {
            double angle = angle(body, DrawnTrunk.humped(body, bow));
            assertThat(angle).as("bow %s", bow).isCloseTo(drawnAngle(a -> hump(bow, a)), within(QUANTISATION_TOLERANCE));
            assertThat(angle).as("bow %s", bow).isGreaterThan(previous);
            previous = angle;
        }
        assertThat(angle(body, DrawnTrunk.humped(body, 0.08))).isGreaterThan(CLEAR_ANGLE);
    }

    @Test
    void aLowerBackHollowedReadsNegativeAsDrawn() {
        TrunkPoses body = TrunkPoses.plankHeadRight();
        for (double depth : new double[] {0.04, 0.08}) {
            double angle = angle(body, DrawnTrunk.hollowedLow(body, depth));
            assertThat(angle).as("depth %s", depth).isLessThan(-CLEAR_ANGLE);
            assertThat(angle).as("depth %s", depth).isCloseTo(drawnAngle(a -> hollow(depth, a)), within(QUANTISATION_TOLERANCE));
        }
    }

    @ParameterizedTest(name = "trunk at {0} degrees")
    @ValueSource(doubles = {90, -90, 60, -60})
    void theSignIsTheSameWhicheverWayTheHeadPoints(double degrees) {
        TrunkPoses body = TrunkPoses.body(degrees);
        TrunkPoses mirrored = TrunkPoses.body(-degrees);
        double bowed = angle(body, DrawnTrunk.humped(body, 0.08));
        double hollowed = angle(body, DrawnTrunk.hollowedLow(body, 0.08));
        assertThat(bowed).isGreaterThan(CLEAR_ANGLE);
        assertThat(hollowed).isLessThan(-CLEAR_ANGLE);
        assertThat(angle(mirrored, DrawnTrunk.humped(mirrored, 0.08))).isCloseTo(bowed, within(STRAIGHT_TOLERANCE));
        assertThat(angle(mirrored, DrawnTrunk.hollowedLow(mirrored, 0.08))).isCloseTo(hollowed, within(STRAIGHT_TOLERANCE));
    }

    @ParameterizedTest(name = "trunk at {0} degrees")
    @ValueSource(doubles = {0, 30, -40, 44})
    void aMoreUprightTrunkSeenSideOnIsTracedOnTheSideAwayFromTheFace(double degrees) {
        // the upright squat's, press's and standing photo's back (issue 12: not judging is not the easy way out)
        TrunkPoses body = TrunkPoses.body(degrees);
        assertThat(tracer.traceable(BodyCrop.around(body.build()).orElseThrow(), body.build())).isTrue();
        assertThat(angle(body, DrawnTrunk.straight(body))).isCloseTo(0, within(QUANTISATION_TOLERANCE));
        assertThat(angle(body, DrawnTrunk.humped(body, 0.08))).isGreaterThan(CLEAR_ANGLE);
        assertThat(angle(body, DrawnTrunk.hollowedLow(body, 0.08))).isLessThan(-CLEAR_ANGLE);
        TrunkPoses mirrored = TrunkPoses.body(-degrees);
        assertThat(angle(mirrored, DrawnTrunk.humped(mirrored, 0.08)))
                .isCloseTo(angle(body, DrawnTrunk.humped(body, 0.08)), within(STRAIGHT_TOLERANCE));
    }

    @Test
    void anUprightTrunkFacingTheOtherWayHasItsBackOnTheOtherSide() {
        // the nose turned to the back's side of the drawn body: the drawn back is now the belly, and the
        // tracer reads the other edge (the drawn belly, straight), never the bowed back
        TrunkPoses body = TrunkPoses.body(0).put(BodyPart.NOSE, 1.35, 0.1);
        DrawnTrunk drawn = DrawnTrunk.humped(TrunkPoses.body(0), 0.08);
        assertThat(angle(body, drawn)).isCloseTo(0, within(QUANTISATION_TOLERANCE));
    }

    @ParameterizedTest(name = "trunk at {0} degrees")
    @ValueSource(doubles = {0, 30, -40, 44})
    void anUprightTrunkWhoseFaceDoesNotSayWhichWayItFacesIsNotTracedAndTheUserIsToldWhy(double degrees) {
        String why = "I can't tell which side your back is on: stand side-on to the camera with your face in view";
        // seen from the front: the nose between the ears
        TrunkPoses front = TrunkPoses.body(degrees).put(BodyPart.NOSE, 1.35, 0.02);
        BackOutline.Untraced outline = untraced(trace(front, DrawnTrunk.humped(front, 0.08)));
        assertThat(outline.reason()).isEqualTo(why);
        assertThat(outline.timestampMicros()).isEqualTo(MICROS);
        // seen from behind, or the head out of the frame: no nose, or no ear
        TrunkPoses noNose = TrunkPoses.body(degrees).hide(BodyPart.NOSE);
        assertThat(untraced(trace(noNose, DrawnTrunk.humped(noNose, 0.08))).reason()).isEqualTo(why);
        TrunkPoses noEars = TrunkPoses.body(degrees).hide(BodyPart.LEFT_EAR, BodyPart.RIGHT_EAR);
        assertThat(untraced(trace(noEars, DrawnTrunk.humped(noEars, 0.08))).reason()).isEqualTo(why);
    }

    @ParameterizedTest(name = "trunk at {0} degrees")
    @ValueSource(doubles = {0, 30, -40, 44})
    void anUprightTrunkWithItsHeadTurnedToTheCameraIsTracedBehindItsBentKnees(double degrees) {
        // a squat or lunge side-on with the face turned to the camera or the screen (issue 12: not judging is not the
        // easy way out): knees bend only forwards, so bent knees say where the front is when the face does not
        TrunkPoses knees = TrunkPoses.body(degrees).put(BodyPart.NOSE, 1.35, 0.02).both(BodyPart.LEFT_KNEE, -0.9, -0.2);
        assertThat(angle(knees, DrawnTrunk.humped(knees, 0.08))).isGreaterThan(CLEAR_ANGLE);
        assertThat(angle(knees, DrawnTrunk.straight(knees))).isCloseTo(0, within(QUANTISATION_TOLERANCE));
        // knees bent the other way: the front is the drawn back's side, so the drawn belly (straight) is read
        TrunkPoses other = TrunkPoses.body(degrees).put(BodyPart.NOSE, 1.35, 0.02).both(BodyPart.LEFT_KNEE, -0.9, 0.2);
        assertThat(angle(other, DrawnTrunk.humped(TrunkPoses.body(degrees), 0.08)))
                .isCloseTo(0, within(QUANTISATION_TOLERANCE));
        // no face at all (seen from behind with the head down), one knee seen bent: still traced
        TrunkPoses oneKnee = TrunkPoses.body(degrees).hide(BodyPart.NOSE, BodyPart.RIGHT_KNEE).put(BodyPart.LEFT_KNEE, -0.9, -0.2);
        assertThat(angle(oneKnee, DrawnTrunk.humped(oneKnee, 0.08))).isGreaterThan(CLEAR_ANGLE);
    }

    @Test
    void legsThatDisagreeOrBarelyBendSayNothingOfTheFacing() {
        String why = "I can't tell which side your back is on: stand side-on to the camera with your face in view";
        TrunkPoses disagree = TrunkPoses.body(0).put(BodyPart.NOSE, 1.35, 0.02)
                .put(BodyPart.LEFT_KNEE, -0.9, -0.2).put(BodyPart.RIGHT_KNEE, -0.9, 0.2);
        assertThat(untraced(trace(disagree, DrawnTrunk.humped(disagree, 0.08))).reason()).isEqualTo(why);
        double under = BackSideRules.defaults().minKneeOffset() * 0.8;
        TrunkPoses barely = TrunkPoses.body(0).put(BodyPart.NOSE, 1.35, 0.02).both(BodyPart.LEFT_KNEE, -0.9, -under);
        assertThat(untraced(trace(barely, DrawnTrunk.humped(barely, 0.08))).reason()).isEqualTo(why);
        // the least offset is the user's threshold (outline.facing.knee_offset_min): lowered, the same knee says
        BackSideRules rules = BackSideRules.defaults();
        BackOutlineTracer lower = new BackOutlineTracer(new BackSideRules(rules.minNoseAhead(), rules.minHeadScore(),
                under * 0.9, rules.minLegScore()));
        Pose pose = barely.build(MICROS);
        assertThat(lower.trace(DrawnTrunk.humped(barely, 0.08).mask(BodyCrop.around(pose).orElseThrow(), SIZE), pose))
                .isInstanceOf(BackOutline.Traced.class);
        // a face that says wins over the knees: the knees only speak when it does not
        TrunkPoses face = TrunkPoses.body(0).both(BodyPart.LEFT_KNEE, -0.9, 0.2);
        assertThat(angle(face, DrawnTrunk.humped(face, 0.08))).isGreaterThan(CLEAR_ANGLE);
    }

    @Test
    void aTrunkPastTheLeastLeanIsTracedOnItsUpperSideWhereverTheFaceIs() {
        TrunkPoses body = TrunkPoses.body(Math.toDegrees(BackOutlineTracer.MIN_LEAN) + 1).hide(BodyPart.NOSE);
        assertThat(angle(body, DrawnTrunk.straight(body))).isCloseTo(0, within(QUANTISATION_TOLERANCE));
        assertThat(angle(body, DrawnTrunk.humped(body, 0.08))).isGreaterThan(CLEAR_ANGLE);
    }

    /**
     * A wrist on the back's surface halfway up, the elbow raised behind, the hand lying on the top
     * of the lower back (0.5 down to 0.35 of the way up).
     */
    static TrunkPoses handOnTheLowerBack(TrunkPoses body) {
        return body.both(BodyPart.LEFT_ELBOW, 0.7, 0.5).both(BodyPart.LEFT_WRIST, 0.5, DrawnTrunk.BACK);
    }

    static DrawnTrunk withArmOnTheLowerBack(DrawnTrunk drawn) {
        return drawn.withArm(1, 0, 0.7, 0.5).withArm(0.7, 0.5, 0.5, DrawnTrunk.BACK)
                .withArm(0.5, DrawnTrunk.BACK, 0.35, DrawnTrunk.BACK);
    }

    @Test
    void anArmBehindTheLowerBackDropsItsRowsAndLeavesTheAngleAsTheBacksOwn() {
        TrunkPoses body = handOnTheLowerBack(TrunkPoses.plankHeadRight());
        DrawnTrunk drawn = withArmOnTheLowerBack(DrawnTrunk.straight(body));
        BackOutline.Traced outline = traced(trace(body, drawn));
        assertThat(outline.coverage()).isLessThan(1).isGreaterThanOrEqualTo(BackOutlineTracer.MIN_ROWS / (double) BackOutlineTracer.ROWS);
        assertThat(outline.contour()).hasSize((int) Math.round(outline.coverage() * BackOutlineTracer.ROWS));
        assertThat(outline.lumbarAngleDegrees()).isCloseTo(0, within(STRAIGHT_TOLERANCE));

        // the same mask with the arm's keypoints hanging at the side: the arm's rows are read and tilt the outline
        assertThat(angle(TrunkPoses.plankHeadRight(), drawn)).isGreaterThan(CLEAR_ANGLE);
    }

    @Test
    void anElbowBehindTheBackHidesTheRowsOfItsForearmEvenWithTheWristInFront() {
        // the elbow raised behind the lower back, the forearm crossing the back's outline to a wrist in front
        TrunkPoses body = TrunkPoses.plankHeadRight().both(BodyPart.LEFT_ELBOW, 0.35, 0.6).both(BodyPart.LEFT_WRIST, 0.1, -0.3);
        DrawnTrunk drawn = DrawnTrunk.straight(body).withArm(1, 0, 0.35, 0.6).withArm(0.35, 0.6, 0.1, -0.3);
        assertThat(untraced(trace(body, drawn)).reason()).isEqualTo("an arm is in front of your back's outline");
    }

    @Test
    void anArmBehindTheBackAlongMostOfTheLowerBackLeavesNoOutlineAndSaysSo() {
        // the hand reaches back to the hip, the forearm along the lower back
        TrunkPoses body = TrunkPoses.plankHeadRight().both(BodyPart.LEFT_ELBOW, 0.5, 0.6).both(BodyPart.LEFT_WRIST, 0.0, 0.3);
        DrawnTrunk drawn = DrawnTrunk.straight(body).withArm(1, 0, 0.5, 0.6).withArm(0.5, 0.6, 0.0, 0.3);
        assertThat(untraced(trace(body, drawn)).reason()).isEqualTo("an arm is in front of your back's outline");
    }

    @Test
    void anArmRaisedBehindTheUpperBackIsNoObstacleToTheLowerBack() {
        TrunkPoses body = TrunkPoses.plankHeadRight().both(BodyPart.LEFT_ELBOW, 0.75, 0.6).both(BodyPart.LEFT_WRIST, 0.95, 1.0);
        DrawnTrunk drawn = DrawnTrunk.straight(body).withArm(1, 0, 0.75, 0.6).withArm(0.75, 0.6, 0.95, 1.0);
        BackOutline.Traced outline = traced(trace(body, drawn));
        assertThat(outline.coverage()).isEqualTo(1);
        assertThat(outline.lumbarAngleDegrees()).isCloseTo(0, within(STRAIGHT_TOLERANCE));
    }

    @Test
    void anArmWithinTheClearanceOfTheAxisIsNoObstacle() {
        double inside = BackOutlineTracer.ARM_CLEARANCE / 2;
        TrunkPoses body = TrunkPoses.plankHeadRight().both(BodyPart.LEFT_ELBOW, 0.6, inside).both(BodyPart.LEFT_WRIST, 0.1, inside);
        assertThat(traced(trace(body, DrawnTrunk.humped(body, 0.04))).coverage()).isEqualTo(1);
    }

    @Test
    void anUnsureArmKeypointExcludesNothing() {
        double unsure = BackOutlineTracer.MIN_SCORE / 2;
        TrunkPoses body = TrunkPoses.plankHeadRight()
                .put(BodyPart.LEFT_ELBOW, 0.5, 0.6, unsure).put(BodyPart.RIGHT_ELBOW, 0.5, 0.6, unsure)
                .put(BodyPart.LEFT_WRIST, 0.0, 0.3, unsure).put(BodyPart.RIGHT_WRIST, 0.0, 0.3, unsure);
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
