package dev.formcheck.analysis.exercise;

import dev.formcheck.analysis.thresholds.CalibrationFiles;
import dev.formcheck.analysis.thresholds.Thresholds;
import dev.formcheck.kinematics.KinematicFrame;
import dev.formcheck.kinematics.NeutralPosture;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each push-up keeps its worst body line for the form breakdown; a squat, not judged by its line,
 * keeps none. Hand-made side-on push-ups of 3 s, the hips sagging a little more on each rep, every
 * rep inside {@code flags.hips_sagging.min}.
 */
class BodyLineBreakdownTest {
    private static final Thresholds T = CalibrationFiles.defaults();
    private static final double[] SAG = {2, 3, 4, 11, 11.5, 11.8};

    private static List<KinematicFrame> pushUps() {
        return Frames.series(0, 1 + 3 * SAG.length + 1, 30, t -> {
            int rep = (int) Math.floor((t - 1) / 3);
            double inRep = t - 1 - rep * 3;
            double d = t < 1 || rep >= SAG.length || inRep >= 2 ? 0 : Math.sin(Math.PI * inRep / 2);
            double sag = t < 1 || rep >= SAG.length ? 0 : SAG[rep] * d;
            return Frames.at(t).lying(170 - 90 * d).line(180 + sag);
        });
    }

    @Test
    void pushUpsKeepTheirWorstBodyLineAndItsDriftBreaksTheSetDown() {
        ExerciseAnalyzer a = new ExerciseAnalyzer(Exercises.from(T).get("push-up"),
                AnalysisSettings.of(T, Load.BODYWEIGHT, NeutralPosture.defaults()));
        pushUps().forEach(a::next);
        ExerciseResult r = a.finish();

        assertThat(r.reps()).hasSize(SAG.length);
        assertThat(r.reps()).allSatisfy(rep -> assertThat(rep.worstBodyLineDegrees()).isPresent());
        assertThat(r.reps().get(5).worstBodyLineDegrees().getAsDouble()).isCloseTo(11.8, org.assertj.core.api.Assertions.within(0.5));
        assertThat(r.flags()).isEmpty();
        assertThat(FormBreakdown.in(r.reps(), FormBreakdown.Settings.from(T)))
                .hasValueSatisfying(b -> assertThat(b.measure()).isEqualTo(FormBreakdown.Measure.BODY_LINE));
    }

    @Test
    void aSquatIsNotFollowedByItsBodyLine() {
        ExerciseAnalyzer a = new ExerciseAnalyzer(Exercises.from(T).get("squat"),
                AnalysisSettings.of(T, Load.BODYWEIGHT, NeutralPosture.defaults()));
        Frames.series(0, 10, 30, t -> Frames.at(t).standing().thigh(t > 3 && t < 5 ? 10 : 88).line(150)).forEach(a::next);

        assertThat(a.finish().reps()).singleElement().satisfies(rep -> assertThat(rep.worstBodyLineDegrees()).isEmpty());
    }
}
