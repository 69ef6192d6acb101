package dev.formcheck.session;

import dev.formcheck.analysis.exercise.ExerciseResult;
import dev.formcheck.analysis.exercise.HoldResult;
import dev.formcheck.analysis.exercise.RepResult;
import dev.formcheck.kinematics.CameraView;
import dev.formcheck.report.SetSpan;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.OptionalDouble;

import static org.assertj.core.api.Assertions.assertThat;

/** A recording's reps and holds split into sets by the live workout's pause rule. */
class RecordingReportsSetsTest {
    private static RepResult rep(int index, double startS) {
        long s = Math.round(startS * 1e6);
        return new RepResult(index, s, s + 1_000_000, s + 2_000_000, "thigh inclination", 0, 80,
                OptionalDouble.empty(), OptionalDouble.empty());
    }

    @Test
    void aPauseOfTheSetLengthEndsASetAndTheRestIsMeasured() {
        ExerciseResult r = new ExerciseResult("squat", false, CameraView.SIDE,
                List.of(rep(1, 0), rep(2, 2.5), rep(3, 5), rep(4, 20), rep(5, 22.5)), List.of(), List.of(), List.of());

        List<SetSpan> sets = RecordingReports.sets(r, new WorkoutSettings(8_000_000, 0, WorkoutSettings.DEFAULT_REST_MICROS));

        assertThat(sets).hasSize(2);
        assertThat(sets.get(0).repIndexes()).containsExactly(1, 2, 3);
        assertThat(sets.get(0).endMicros()).isEqualTo(7_000_000);
        assertThat(sets.get(1).repIndexes()).containsExactly(4, 5);
        assertThat(sets.get(1).restBeforeMicros()).isEqualTo(13_000_000);
    }

    @Test
    void aPauseShorterThanTheSetLengthKeepsOneSet() {
        ExerciseResult r = new ExerciseResult("squat", false, CameraView.SIDE,
                List.of(rep(1, 0), rep(2, 9.9)), List.of(), List.of(), List.of());

        assertThat(RecordingReports.sets(r, new WorkoutSettings(8_000_000, 0, WorkoutSettings.DEFAULT_REST_MICROS))).singleElement()
                .satisfies(s -> assertThat(s.repIndexes()).containsExactly(1, 2));
    }

    @Test
    void twoHoldsApartAreTwoSets() {
        ExerciseResult r = new ExerciseResult("plank", false, CameraView.SIDE, List.of(),
                List.of(new HoldResult(0, 30_000_000, 30_000_000, 30_000_000, 0),
                        new HoldResult(90_000_000, 120_000_000, 30_000_000, 25_000_000, 0)), List.of(), List.of());

        List<SetSpan> sets = RecordingReports.sets(r, WorkoutSettings.defaults());

        assertThat(sets).extracting(SetSpan::startMicros).containsExactly(0L, 90_000_000L);
        assertThat(sets.get(1).restBeforeMicros()).isEqualTo(60_000_000);
        assertThat(sets).allSatisfy(s -> assertThat(s.repIndexes()).isEmpty());
    }
}
