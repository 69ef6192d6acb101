package dev.formcheck.analysis.exercise;

import dev.formcheck.analysis.thresholds.CalibrationFiles;
import dev.formcheck.analysis.thresholds.Thresholds;
import dev.formcheck.kinematics.KinematicFrame;
import dev.formcheck.kinematics.NeutralPosture;
import org.junit.jupiter.api.Test;

import dev.formcheck.pose.silhouette.BackOutline;

import java.util.List;
import java.util.OptionalDouble;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The glute bridge, shipped as a file (no Java of its own): reps of the hip lying on the back,
 * counted when named and named by {@code auto}. Hand-made frames; no rendered scenario yet.
 */
class GluteBridgeTest {
    private static final Thresholds T = CalibrationFiles.defaults();
    private static final Exercises EXERCISES = Exercises.from(T);
    private static final AnalysisSettings SETTINGS = AnalysisSettings.of(T, Load.BODYWEIGHT, NeutralPosture.defaults());

    /** Lying on the back, knees bent, the hip from 135 deg on the floor to {@code top} and back, four times. */
    private static List<KinematicFrame> bridges(double top) {
        return Frames.series(0, 16, 30, t -> Frames.at(t).trunk(-85).knee(90).thigh(45).incline(10).elbow(175)
                .hip(Motions.reps(t, 2, 2.5, 1, 135, top, top, top, top)));
    }

    @Test
    void bridgesAreCountedWhenNamedAndNamedByAuto() {
        ExerciseAnalyzer a = new ExerciseAnalyzer(EXERCISES.get("glute-bridge"), SETTINGS);
        bridges(178).forEach(a::next);

        assertThat(a.finish().reps()).hasSize(4);
        assertThat(new ExerciseRecognizer(EXERCISES, T, SETTINGS).recognize(bridges(178), 2, true)).contains("glute-bridge");
    }

    /**
     * Lying on the back, the mask's upper edge is the belly: an outline read there (here 30 deg
     * "flexed", sure at 0.7) says nothing of the back, which is against the floor. It neither
     * raises a flag nor becomes a rep's worst back reading, and the check says why it could not
     * judge (issue 14).
     */
    @Test
    void anOutlineReadLyingOnTheBackIsTheBellyAndNeverJudgesTheBack() {
        AnalysisSettings calibrated = AnalysisSettings.of(T, Load.BODYWEIGHT, NeutralPosture.calibrated(180, 180));
        ExerciseAnalyzer a = new ExerciseAnalyzer(EXERCISES.get("glute-bridge"), calibrated);
        Frames.series(0, 16, 30, t -> Frames.at(t).trunk(-85).knee(90).thigh(45).incline(10).elbow(175)
                .hip(Motions.reps(t, 2, 2.5, 1, 135, 178, 178, 178, 178)).outline(30, 0.7)).forEach(a::next);
        ExerciseResult result = a.finish();

        assertThat(result.reps()).hasSize(4);
        assertThat(result.flags()).extracting(Flag::kind).doesNotContain(FlagKind.LOST_NEUTRAL_SPINE);
        assertThat(result.reps()).allSatisfy(r -> assertThat(r.worstSpineFlexionDegrees()).isEmpty());
        CheckCoverage neutral = result.checks().stream().filter(c -> c.kind() == FlagKind.LOST_NEUTRAL_SPINE)
                .findFirst().orElseThrow();
        assertThat(neutral.judgedFrames()).isZero();
        assertThat(neutral.whyNotJudged()).hasValueSatisfying(why -> assertThat(why).endsWith(FaultSignal.BACK_AGAINST_FLOOR));
    }

    @Test
    void aTracedOutlineLyingOnTheBackIsShownAsUntracedWithWhyAndKeepsTheBodyLine() {
        BackOutline traced = new BackOutline.Traced(5, 30, 0.9, List.of(new BackOutline.Point(1, 2)), OptionalDouble.of(4));

        BackOutline shown = EXERCISES.get("glute-bridge").judgedOutline(traced);
        assertThat(shown).isInstanceOfSatisfying(BackOutline.Untraced.class, u -> {
            assertThat(u.reason()).isEqualTo(FaultSignal.BACK_AGAINST_FLOOR);
            assertThat(u.bodyLineSagDegrees()).hasValue(4);
        });
        assertThat(EXERCISES.get("dead-bug").judgedOutline(traced)).isInstanceOf(BackOutline.Untraced.class);
        assertThat(EXERCISES.get("plank").judgedOutline(traced)).isSameAs(traced);
    }

    @Test
    void theSameOutlineJudgesTheBackOfAnExerciseNotLyingOnIt() {
        ExerciseDefinition bridge = EXERCISES.get("glute-bridge");
        ExerciseDefinition facingUp = new ExerciseDefinition("bridge-as-if-prone", bridge.movement(), bridge.checks(),
                bridge.repChecks());
        AnalysisSettings calibrated = AnalysisSettings.of(T, Load.BODYWEIGHT, NeutralPosture.calibrated(180, 180));
        ExerciseAnalyzer a = new ExerciseAnalyzer(facingUp, calibrated);
        Frames.series(0, 16, 30, t -> Frames.at(t).trunk(-85).knee(90).thigh(45).incline(10).elbow(175)
                .hip(Motions.reps(t, 2, 2.5, 1, 135, 178, 178, 178, 178)).outline(30, 0.7)).forEach(a::next);

        assertThat(a.finish().flags()).extracting(Flag::kind).contains(FlagKind.LOST_NEUTRAL_SPINE);
    }

    @Test
    void hipsThatNeverReachTheLineCountNoRep() {
        ExerciseAnalyzer a = new ExerciseAnalyzer(EXERCISES.get("glute-bridge"), SETTINGS);
        bridges(160).forEach(a::next);

        assertThat(a.finish().reps()).isEmpty();
    }
}
