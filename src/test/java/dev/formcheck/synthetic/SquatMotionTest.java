package dev.formcheck.synthetic;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** The squat set, measured back from the 3D points the way an analysis would, sampled at 30 fps. */
class SquatMotionTest {
    static final Anthropometry BODY = Anthropometry.adult();
    static final SquatMotion SQUAT = SquatMotion.generate(BODY, SquatMotion.Settings.of(20));
    static final double FPS = 30;
    /** Feet planted: heels and toes stay on the floor, ankles in place, to this many metres. */
    static final double PLANTED_M = 1e-6;

    @Test
    void twentySecondsHoldSevenRepsOfTwoToTwoAndAHalfSecondsEach() {
        List<SquatMotion.Rep> reps = SQUAT.reps();
        assertThat(reps).hasSize(7);
        assertThat(reps.get(0).startSeconds()).isEqualTo(SquatMotion.LEAD_IN_S);
        for (int i = 0; i < reps.size(); i++) {
            SquatMotion.Rep rep = reps.get(i);
            assertThat(rep.index()).isEqualTo(i + 1);
            assertThat(rep.startSeconds()).isLessThan(rep.bottomSeconds());
            assertThat(rep.bottomSeconds()).isLessThan(rep.endSeconds());
            if (i + 1 < reps.size()) {
                double pause = reps.get(i + 1).startSeconds() - rep.endSeconds();
                assertThat(pause).as("pause at the top").isBetween(0.3, 0.45);
                assertThat(reps.get(i + 1).startSeconds() - rep.startSeconds()).as("rep period").isBetween(2.0, 2.65);
            }
        }
        assertThat(reps.get(reps.size() - 1).endSeconds()).isLessThanOrEqualTo(20 - SquatMotion.LEAD_OUT_S);
        assertThat(SQUAT.durationSeconds()).isEqualTo(20);
    }

    @Test
    void theKneeBendsFromNearlyStraightToAboutOneHundredAndTwentyDegreesAndCountsSevenReps() {
        List<Double> knee = new ArrayList<>();
        for (int i = 0; i <= 20 * FPS; i++) {
            Skeleton s = ForwardKinematics.solve(BODY, SQUAT.poseAt(i / FPS));
            knee.add(180 - Geometry.angleAt(s.point(Landmark.RIGHT_HIP), s.point(Landmark.RIGHT_KNEE), s.point(Landmark.RIGHT_ANKLE)));
        }
        assertThat(knee.stream().mapToDouble(Double::doubleValue).min().orElseThrow()).isLessThan(6);
        assertThat(knee.stream().mapToDouble(Double::doubleValue).max().orElseThrow()).isBetween(110.0, 135.0);
        // Count with hysteresis, as the analysis will: down past 90 degrees, then up past 30.
        int reps = 0;
        boolean down = false;
        for (double k : knee) {
            if (!down && k > 90) {
                down = true;
            } else if (down && k < 30) {
                down = false;
                reps++;
            }
        }
        assertThat(reps).isEqualTo(SQUAT.reps().size());
    }

    @Test
    void everyRepReachesAboutThighParallelWithTheTrunkLeaningForwardAndTheArmsForward() {
        List<Double> depths = new ArrayList<>();
        for (SquatMotion.Rep rep : SQUAT.reps()) {
            Skeleton s = ForwardKinematics.solve(BODY, SQUAT.poseAt(rep.bottomSeconds()));
            // Depth: the hip's drop below the knee, as an angle of the thigh past horizontal.
            double depth = Geometry.belowHorizontal(s.point(Landmark.RIGHT_KNEE), s.point(Landmark.RIGHT_HIP));
            assertThat(depth).as("rep %d thigh past parallel", rep.index()).isBetween(-7.0, 7.0);
            assertThat(depth).isCloseTo(rep.depthBelowParallelDegrees(), within(1e-6));
            Vec3 hips = s.point(Landmark.LEFT_HIP).lerp(s.point(Landmark.RIGHT_HIP), 0.5);
            Vec3 shoulders = s.point(Landmark.LEFT_SHOULDER).lerp(s.point(Landmark.RIGHT_SHOULDER), 0.5);
            assertThat(Geometry.fromVertical(hips, shoulders)).as("rep %d trunk lean", rep.index()).isBetween(30.0, 50.0);
            assertThat(shoulders.x()).as("shoulders ahead of the hips").isGreaterThan(hips.x());
            assertThat(hips.x()).as("hips back behind the ankles").isLessThan(s.point(Landmark.RIGHT_ANKLE).x());
            assertThat(s.point(Landmark.RIGHT_WRIST).x()).as("arms forward past the toes").isGreaterThan(s.point(Landmark.RIGHT_TOE).x());
            assertThat(s.point(Landmark.RIGHT_KNEE).x()).as("knees forward over the feet").isGreaterThan(s.point(Landmark.RIGHT_ANKLE).x());
            depths.add(depth);
        }
        double mean = depths.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        double spread = Math.sqrt(depths.stream().mapToDouble(d -> (d - mean) * (d - mean)).average().orElseThrow());
        assertThat(spread).as("reps vary in depth").isGreaterThan(1.5);
    }

    @Test
    void theBodyStandsUprightBetweenReps() {
        for (SquatMotion.Rep rep : SQUAT.reps()) {
            Skeleton s = ForwardKinematics.solve(BODY, SQUAT.poseAt(rep.startSeconds()));
            Vec3 hips = s.point(Landmark.LEFT_HIP).lerp(s.point(Landmark.RIGHT_HIP), 0.5);
            Vec3 shoulders = s.point(Landmark.LEFT_SHOULDER).lerp(s.point(Landmark.RIGHT_SHOULDER), 0.5);
            assertThat(Geometry.fromVertical(hips, shoulders)).isLessThan(6);
        }
    }

    @Test
    void theFeetStayFlatAndPlantedThroughTheWholeSet() {
        Skeleton first = ForwardKinematics.solve(BODY, SQUAT.poseAt(0));
        for (int i = 0; i <= 20 * FPS; i += 7) {
            Skeleton s = ForwardKinematics.solve(BODY, SQUAT.poseAt(i / FPS));
            for (Side side : Side.values()) {
                assertThat(s.point(Landmark.RIGHT_ANKLE.on(side)).distanceTo(first.point(Landmark.RIGHT_ANKLE.on(side))))
                        .isLessThan(PLANTED_M);
                assertThat(s.point(Landmark.RIGHT_HEEL.on(side)).y()).isCloseTo(0, within(PLANTED_M));
                assertThat(s.point(Landmark.RIGHT_TOE.on(side)).y()).isCloseTo(0, within(PLANTED_M));
            }
            Vec3 mid = s.point(Landmark.LEFT_ANKLE).lerp(s.point(Landmark.RIGHT_ANKLE), 0.5);
            assertThat(mid.distanceTo(new Vec3(0, BODY.ankleHeight(), 0))).isLessThan(PLANTED_M);
        }
    }

    @Test
    void theSameSeedGivesTheSameSetAndAnotherSeedAnother() {
        SquatMotion again = SquatMotion.generate(BODY, SquatMotion.Settings.of(20));
        SquatMotion other = SquatMotion.generate(BODY, new SquatMotion.Settings(20, 99));
        assertThat(again.reps()).isEqualTo(SQUAT.reps());
        assertThat(again.poseAt(7.3)).isEqualTo(SQUAT.poseAt(7.3));
        assertThat(other.reps()).isNotEqualTo(SQUAT.reps());
    }

    @Test
    void aSetTooShortForARepIsOnlyStanding() {
        SquatMotion short1 = SquatMotion.generate(BODY, SquatMotion.Settings.of(2));
        assertThat(short1.reps()).isEmpty();
        assertThat(short1.poseAt(1.5)).isEqualTo(short1.poseAt(0));
        assertThatThrownBy(() -> SquatMotion.Settings.of(0)).hasMessage("a squat set lasts 1.0..600.0 s, not 0.0");
    }

    @Test
    void aTrajectoryPassesThroughItsKeyframesAndEasesBetweenThem() {
        BodyPose a = ForwardKinematics.standing(BODY);
        BodyPose b = a.withBothSides(Joint.LEFT_KNEE_FLEXION, 90);
        Trajectory t = Trajectory.through(List.of(new Trajectory.Keyframe(0, a), new Trajectory.Keyframe(2, b)));
        assertThat(t.poseAt(0)).isEqualTo(a);
        assertThat(t.poseAt(2)).isEqualTo(b);
        assertThat(t.poseAt(-1)).isEqualTo(a);
        assertThat(t.poseAt(5)).isEqualTo(b);
        assertThat(t.poseAt(1).angle(Joint.LEFT_KNEE_FLEXION)).isCloseTo(45, within(1e-9));
        // Eased: slow at the ends, fast in the middle.
        double early = t.poseAt(0.2).angle(Joint.LEFT_KNEE_FLEXION);
        double middle = t.poseAt(1.1).angle(Joint.LEFT_KNEE_FLEXION) - t.poseAt(0.9).angle(Joint.LEFT_KNEE_FLEXION);
        assertThat(early).isLessThan(middle);
        assertThatThrownBy(() -> Trajectory.through(List.of(new Trajectory.Keyframe(0, a), new Trajectory.Keyframe(0, b))))
                .hasMessage("keyframe times must increase: 0.0 s is followed by 0.0 s");
    }
}
