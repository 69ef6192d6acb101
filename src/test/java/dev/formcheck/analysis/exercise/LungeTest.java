package dev.formcheck.analysis.exercise;

import dev.formcheck.analysis.thresholds.CalibrationFiles;
import dev.formcheck.analysis.thresholds.Thresholds;
import dev.formcheck.kinematics.BodySide;
import dev.formcheck.kinematics.KinematicFrame;
import dev.formcheck.kinematics.NeutralPosture;
import dev.formcheck.synthetic.Exercise;
import dev.formcheck.synthetic.ExerciseMotion;
import dev.formcheck.synthetic.ExerciseScenario;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The lunge, shipped as a file: reps of the near knee's angle, each given the side of the front
 * leg (the higher knee at the bottom), a forward lean of the trunk flagged. Hand-made side-on frames:
 * standing 0-2 s, then lunges of 3 s each (2 s down and up, 1 s standing), alternating legs.
 */
class LungeTest {
    private static final Thresholds T = CalibrationFiles.defaults();
    private static final Exercises EXERCISES = Exercises.from(T);
    private static final AnalysisSettings SETTINGS = AnalysisSettings.of(T, Load.BODYWEIGHT, NeutralPosture.defaults());
    private static final double FPS = 30;
    private static final double REP_S = 3;

    /** A lunge {@code into} seconds into a rep, at {@code t}: the knee from 175 down to {@code bottom} and back in 2 s, then standing. */
    private static Frames lungeAt(double t, double into, double bottom, BodySide front, double trunk) {
        if (into >= 2) {
            return Frames.at(t).standing();
        }
        double depth = Math.sin(Math.PI * into / 2); // 0 standing, 1 at the bottom
        Frames f = Frames.at(t).standing().knee(175 - (175 - bottom) * depth).trunk(trunk * depth);
        return depth > 0.5 ? f.kneeHigher(front) : f;
    }

    /** Standing 2 s, then {@code sides.length} lunges, each with its front leg, bottom knee angle and trunk lean. */
    private static List<KinematicFrame> lunges(BodySide[] sides, double[] bottoms, double[] trunks) {
        List<KinematicFrame> frames = new ArrayList<>();
        double end = 2 + sides.length * REP_S + 1;
        for (int i = 0; i / FPS <= end; i++) {
            double t = i / FPS;
            int rep = (int) Math.floor((t - 2) / REP_S);
            frames.add(t < 2 || rep >= sides.length ? Frames.at(t).standing().build()
                    : lungeAt(t, t - 2 - rep * REP_S, bottoms[rep], sides[rep], trunks[rep]).build());
        }
        return frames;
    }

    private static ExerciseResult run(List<KinematicFrame> frames) {
        ExerciseAnalyzer a = new ExerciseAnalyzer(EXERCISES.get("lunge"), SETTINGS);
        frames.forEach(a::next);
        return a.finish();
    }

    private static final BodySide L = BodySide.LEFT;
    private static final BodySide R = BodySide.RIGHT;

    @Test
    void eachLungeIsCountedOnTheSideOfItsFrontLeg() {
        ExerciseResult r = run(lunges(new BodySide[] {L, R, L, R, L, R}, new double[] {90, 95, 92, 96, 88, 97},
                new double[] {10, 10, 10, 10, 10, 10}));

        assertThat(r.reps()).extracting(RepResult::side).containsExactly(Optional.of(L), Optional.of(R), Optional.of(L),
                Optional.of(R), Optional.of(L), Optional.of(R));
        assertThat(r.flags()).isEmpty();
        SideBalance b = r.sideBalance().orElseThrow();
        assertThat(b.left().reps()).isEqualTo(3);
        assertThat(b.right().reps()).isEqualTo(3);
        assertThat(b.left().meanDepthDegrees().getAsDouble()).isCloseTo(90, within(1.5));
        assertThat(b.right().meanDepthDegrees().getAsDouble()).isCloseTo(96, within(1.5));
        assertThat(b.depthDifferenceDegrees().getAsDouble()).isCloseTo(-6, within(1.5));
    }

    @Test
    void aLungeLeaningForwardIsFlaggedOnItsRepAndSide() {
        double lean = T.degrees("flags.torso_lean.min") + 10;
        ExerciseResult r = run(lunges(new BodySide[] {L, R, L, R}, new double[] {90, 90, 90, 90},
                new double[] {8, 8, 8, lean}));

        assertThat(r.flags()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(FlagKind.TORSO_LEAN);
            assertThat(f.rep()).hasValue(4);
        });
        assertThat(r.reps().get(3).side()).hasValue(R);
    }

    @Test
    void aLeanJustInsideTheThresholdIsNotFlagged() {
        double lean = T.degrees("flags.torso_lean.min") - 3;
        ExerciseResult r = run(lunges(new BodySide[] {L, R}, new double[] {90, 90}, new double[] {lean, lean}));

        assertThat(r.reps()).hasSize(2);
        assertThat(r.flags()).isEmpty();
    }

    @Test
    void aRepWhoseFrontLegCannotBeToldHasNoSideAndCountsForNeither() {
        List<KinematicFrame> frames = lunges(new BodySide[] {L, R}, new double[] {90, 90}, new double[] {5, 5});
        List<KinematicFrame> blind = new ArrayList<>();
        for (KinematicFrame f : frames) { // the second lunge's knees hidden from the side reading
            boolean second = f.timestampMicros() >= 5_000_000;
            blind.add(second ? new KinematicFrame(f.timestampMicros(), true, f.view(), f.side(), f.facing(), f.angles(), f.spine(),
                    f.swapsRepaired(), f.outlineSpine(), false, f.handHeight(), f.frontalLine()) : f);
        }
        ExerciseResult r = run(blind);

        assertThat(r.reps()).extracting(RepResult::side).containsExactly(Optional.of(L), Optional.empty());
        assertThat(r.sideBalance().orElseThrow().right().reps()).isZero();
        assertThat(r.sideBalance().orElseThrow().depthDifferenceDegrees()).isEmpty();
    }

    /**
     * The synthetic body's lunges (left leg in front on odd reps) through its true keypoints, side-on
     * and from the front: every rep counted side-on on its front leg; from the front the knee angle
     * is not measured, so nothing is counted and nothing invented.
     */
    @Test
    void theSyntheticBodysLungesAreCountedOnTheirFrontLegSideOn() {
        ExerciseScenario s = ExerciseScenario.of(Exercise.LUNGE).withReps(6).withFps(15);
        ExerciseResult side = run(TrueKeypointStreams.frames(s));
        ExerciseResult front = run(TrueKeypointStreams.frames(s.withCameraAzimuth(0)));

        assertThat(side.reps()).extracting(r -> r.side().map(Enum::name).orElse("unseen")).containsExactly(
                "LEFT", "RIGHT", "LEFT", "RIGHT", "LEFT", "RIGHT");
        assertThat(ExerciseMotion.lungeFrontLeg(1).name()).isEqualTo("LEFT");
        assertThat(side.flags()).isEmpty();
        assertThat(front.reps()).isEmpty();
    }

    @Test
    void anExerciseDoneOnNoParticularSideHasNoBalance() {
        ExerciseResult r = run(lunges(new BodySide[] {L}, new double[] {90}, new double[] {5}));
        ExerciseAnalyzer squat = new ExerciseAnalyzer(EXERCISES.get("squat"), SETTINGS);
        Frames.series(0, 10, FPS, t -> Frames.at(t).standing().thigh(t > 3 && t < 5 ? 10 : 88)).forEach(squat::next);

        assertThat(r.sideBalance()).isPresent();
        assertThat(squat.finish().sideBalance()).isEmpty();
    }
}
