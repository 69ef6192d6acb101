package dev.formcheck.analysis.exercise;

import dev.formcheck.analysis.thresholds.CalibrationFiles;
import dev.formcheck.analysis.thresholds.Thresholds;
import dev.formcheck.kinematics.KinematicFrame;
import dev.formcheck.kinematics.NeutralPosture;
import org.junit.jupiter.api.Test;

import java.util.List;

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

    @Test
    void hipsThatNeverReachTheLineCountNoRep() {
        ExerciseAnalyzer a = new ExerciseAnalyzer(EXERCISES.get("glute-bridge"), SETTINGS);
        bridges(160).forEach(a::next);

        assertThat(a.finish().reps()).isEmpty();
    }
}
