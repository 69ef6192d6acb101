package dev.formcheck.session;

import com.fasterxml.jackson.databind.JsonNode;
import dev.formcheck.analysis.Rep;
import dev.formcheck.analysis.exercise.ExerciseResult;
import dev.formcheck.analysis.exercise.RepResult;
import dev.formcheck.feedback.PlainWords;
import dev.formcheck.kinematics.CameraView;
import dev.formcheck.records.SessionEvent;
import dev.formcheck.report.ExerciseSection;
import dev.formcheck.report.ReportFiles;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A deadlift rep counted floor to floor says its pull and its lowering apart, in the words every
 * front end shows, the JSON's additive fields, the console's tempo line and a kept session's record;
 * a rep from rest keeps "down" and "up" (decision 0084).
 */
class DeadliftTempoTest {
    /** Floor at 2.0 s, leaves it at 2.5 s, locks out at 3.7 s, holds 0.5 s, lowers for 1.8 s to 6.0 s. */
    private static final RepResult PULL = new RepResult(1, 2_000_000, 2_100_000, 5_800_000, "hip angle", 70, 100,
            OptionalDouble.empty(), OptionalDouble.empty(), Optional.empty(), Optional.empty(), OptionalDouble.empty(),
            Optional.of(new Rep.Lockout(2_500_000, 3_700_000, 4_200_000, 6_000_000)));
    private static final RepResult SQUAT = new RepResult(1, 1_000_000, 2_000_000, 2_800_000, "thigh inclination", 0, 90,
            OptionalDouble.empty(), OptionalDouble.empty());

    @Test
    void aPullFromTheFloorReadsPullAndLowerAndARepFromRestDownAndUp() {
        assertThat(PlainWords.tempo(PULL)).isEqualTo("pull 1.2 s, lower 1.8 s, 0.5 s at lockout");
        assertThat(PlainWords.tempo(SQUAT)).isEqualTo("1.0 s down, 0.8 s up");
    }

    @Test
    void theJsonAddsPullLockoutAndLowerOnlyToARepFromTheFloor() {
        ExerciseResult result = new ExerciseResult("deadlift", false, CameraView.SIDE, List.of(PULL), List.of(), List.of(), List.of());
        JsonNode metrics = ReportFiles.jsonMapper().valueToTree(ExerciseSection.of(result)).path("reps").get(0).path("metrics");
        assertThat(metrics.path("pull_s").asDouble()).isEqualTo(1.2);
        assertThat(metrics.path("lockout_s").asDouble()).isEqualTo(0.5);
        assertThat(metrics.path("lower_s").asDouble()).isEqualTo(1.8);
        assertThat(metrics.has("down_s")).as("the existing fields stay").isTrue();

        ExerciseResult squat = new ExerciseResult("squat", false, CameraView.SIDE, List.of(SQUAT), List.of(), List.of(), List.of());
        JsonNode squatMetrics = ReportFiles.jsonMapper().valueToTree(ExerciseSection.of(squat)).path("reps").get(0).path("metrics");
        assertThat(squatMetrics.has("pull_s") || squatMetrics.has("lower_s") || squatMetrics.has("lockout_s")).isFalse();
    }

    @Test
    void theConsoleSaysTheMeanPullAndLoweringForDeadliftsOnly() {
        RepResult second = new RepResult(2, 5_800_000, 5_900_000, 9_000_000, "hip angle", 70, 100,
                OptionalDouble.empty(), OptionalDouble.empty(), Optional.empty(), Optional.empty(), OptionalDouble.empty(),
                Optional.of(new Rep.Lockout(6_200_000, 7_200_000, 7_400_000, 9_000_000)));
        assertThat(ExerciseJudging.tempoLine(List.of(PULL, second))).hasValueSatisfying(line -> {
            assertThat(line.label()).isEqualTo("tempo");
            assertThat(line.text()).isEqualTo("pull 1.1 s, lower 1.7 s (mean of 2 reps)");
        });
        assertThat(ExerciseJudging.tempoLine(List.of(SQUAT))).isEmpty();
    }

    @Test
    void aKeptSessionKeepsThePullAndTheLowering() {
        SessionEvent.Rep kept = SessionRecording.rep(1, PULL);
        assertThat(kept.pullStartS()).isEqualTo(2.5);
        RepResult back = KeptReports.rep(kept);
        assertThat(PlainWords.tempo(back)).isEqualTo("pull 1.2 s, lower 1.8 s, 0.5 s at lockout");
        assertThat(KeptReports.rep(SessionRecording.rep(1, SQUAT)).lockout()).isEmpty();
    }
}
