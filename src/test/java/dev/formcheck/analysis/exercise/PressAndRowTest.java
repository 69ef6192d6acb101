package dev.formcheck.analysis.exercise;

import dev.formcheck.analysis.thresholds.CalibrationFiles;
import dev.formcheck.analysis.thresholds.Thresholds;
import dev.formcheck.kinematics.KinematicFrame;
import dev.formcheck.kinematics.NeutralPosture;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The overhead press and the bent-over row, shipped as files. Hand-made side-on frames: standing
 * with the arms hanging 0-2 s, then reps of 2.5 s (2 s moving, 0.5 s at rest), then the arms down
 * (the press) or standing up (the row) again.
 */
class PressAndRowTest {
    private static final Thresholds T = CalibrationFiles.defaults();
    private static final Exercises EXERCISES = Exercises.from(T);
    private static final AnalysisSettings SETTINGS = AnalysisSettings.of(T, Load.BODYWEIGHT, NeutralPosture.defaults());
    private static final double FPS = 30;

    /** 0 at rest, 1 at the turning point, for {@code reps} reps from 2 s. */
    private static double depth(double t, int reps) {
        double into = t - 2;
        if (into < 0 || into >= reps * 2.5) {
            return 0;
        }
        double inRep = into % 2.5;
        return inRep >= 2 ? 0 : Math.sin(Math.PI * inRep / 2);
    }

    private static int rep(double t) {
        return (int) Math.floor((t - 2) / 2.5) + 1;
    }

    private static ExerciseResult run(String exercise, List<KinematicFrame> frames) {
        ExerciseAnalyzer a = new ExerciseAnalyzer(EXERCISES.get(exercise), SETTINGS);
        frames.forEach(a::next);
        return a.finish();
    }

    /** Presses from the rack (arm 60 deg) to overhead (170), the back arched by {@code arch} on rep {@code archedRep}. */
    private static List<KinematicFrame> presses(int reps, int archedRep, double arch) {
        double end = 2 + reps * 2.5;
        return Frames.series(0, end + 2, FPS, t -> {
            if (t < 1.5 || t > end + 0.5) {
                return Frames.at(t).standing().arm(10).spine(0, 0.8); // arms hanging
            }
            double d = depth(t, reps);
            double extension = rep(t) == archedRep ? arch * d : 0;
            return Frames.at(t).standing().arm(60 + 110 * d).spine(-extension, 0.8);
        });
    }

    @Test
    void pressesAreCountedFromTheRackAndHangingArmsAreNoRep() {
        ExerciseResult r = run("overhead-press", presses(5, 0, 0));

        assertThat(r.reps()).hasSize(5);
        assertThat(r.reps()).allSatisfy(rep -> assertThat(rep.depthDegrees()).isGreaterThan(160));
        assertThat(r.flags()).isEmpty();
        assertThat(r.partialReps()).isEmpty();
    }

    @Test
    void anArchedLowerBackInAPressIsFlaggedOnItsRep() {
        double arch = T.degrees("flags.lumbar_hyperextension.extension_min") + 10;
        ExerciseResult r = run("overhead-press", presses(5, 3, arch));

        assertThat(r.flags()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(FlagKind.LUMBAR_HYPEREXTENSION);
            assertThat(f.rep()).hasValue(3);
        });
    }

    /** Standing, then hinged (trunk 40 deg above horizontal) rowing from long arms (170) to pulled (80), then standing. */
    private static List<KinematicFrame> rows(int reps, int roundedRep, double rounding) {
        double end = 2 + reps * 2.5;
        return Frames.series(0, end + 2, FPS, t -> {
            if (t < 1.5 || t > end + 0.5) {
                return Frames.at(t).standing().spine(0, 0.8);
            }
            double d = depth(t, reps);
            double flexion = rep(t) == roundedRep ? rounding * d : 0;
            return Frames.at(t).standing().trunk(50).hip(110).elbow(170 - 90 * d).spine(flexion, 0.8);
        });
    }

    @Test
    void rowsAreCountedWhileHingedAndArmsBentStandingAreNoRep() {
        List<KinematicFrame> frames = new java.util.ArrayList<>(rows(4, 0, 0));
        double last = frames.get(frames.size() - 1).timestampMicros() / 1e6;
        // then standing up and bending the arms (a curl, or putting the weight away): no row
        frames.addAll(Frames.series(last + 1 / FPS, last + 6, FPS,
                t -> Frames.at(t).standing().elbow(170 - 90 * Math.max(0, Math.sin(t - last))).spine(0, 0.8)));
        ExerciseResult r = run("bent-over-row", frames);

        assertThat(r.reps()).hasSize(4);
        assertThat(r.flags()).isEmpty();
    }

    @Test
    void aRoundedBackInARowIsFlaggedOnItsRep() {
        double rounding = T.degrees("flags.rounded_back.flexion_min") + 10;
        ExerciseResult r = run("bent-over-row", rows(5, 4, rounding));

        assertThat(r.reps()).hasSize(5);
        assertThat(r.flags()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(FlagKind.ROUNDED_BACK);
            assertThat(f.rep()).hasValue(4);
        });
    }
}
