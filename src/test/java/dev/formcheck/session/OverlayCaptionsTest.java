package dev.formcheck.session;

import dev.formcheck.analysis.exercise.ExerciseResult;
import dev.formcheck.analysis.exercise.Flag;
import dev.formcheck.analysis.exercise.FlagKind;
import dev.formcheck.analysis.exercise.RepResult;
import dev.formcheck.analysis.exercise.Severity;
import dev.formcheck.kinematics.CameraView;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;

/** An overlay frame's caption: the reps done by then, and a fault with its cue only while it holds. */
class OverlayCaptionsTest {
    private static RepResult rep(int i, long start, long end) {
        return new RepResult(i, start, (start + end) / 2, end, "thigh", 80, 85, OptionalDouble.of(3), OptionalDouble.of(5));
    }

    private final ExerciseResult squats = new ExerciseResult("squat", false, CameraView.SIDE,
            List.of(rep(1, 1_000_000, 3_000_000), rep(2, 3_500_000, 5_500_000)), List.of(),
            List.of(new Flag(FlagKind.ROUNDED_BACK, Severity.HIGH, 4_000_000, 4_800_000, OptionalInt.of(2), 24, 15,
                    "Brace and keep your chest up")), List.of(), List.of(), List.of());

    @Test
    void theRepCountAndTheFaultWithItsCueWhileItHolds() {
        assertThat(OverlayCaptions.at(Optional.of(squats), 500_000)).containsExactly("Squat · 0 reps");
        assertThat(OverlayCaptions.at(Optional.of(squats), 3_200_000)).containsExactly("Squat · 1 rep");
        assertThat(OverlayCaptions.at(Optional.of(squats), 4_400_000))
                .containsExactly("Squat · 1 rep", "Rounded lower back: Brace and keep your chest up");
        assertThat(OverlayCaptions.at(Optional.of(squats), 6_000_000)).containsExactly("Squat · 2 reps");
    }

    @Test
    void withoutAnExerciseThereIsNoCaption() {
        assertThat(OverlayCaptions.at(Optional.empty(), 1)).isEmpty();
    }
}
