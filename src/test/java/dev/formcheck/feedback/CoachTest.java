package dev.formcheck.feedback;

import dev.formcheck.analysis.exercise.FlagKind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What the coach says, and above all what it leaves unsaid. */
class CoachTest {
    private static final long S = 1_000_000;

    @Test
    void theSameFaultIsNotCuedAgainUntilThreeRepsAndTwentySecondsHavePassed() {
        Coach coach = new Coach();
        assertThat(coach.fault(FlagKind.ROUNDED_BACK, "Keep your back flat", 5 * S)).isPresent();
        int said = 0;
        for (int rep = 1; rep <= 8; rep++) {
            coach.repCounted();
            // the fault shows on every rep, 4 s apart
            if (coach.fault(FlagKind.ROUNDED_BACK, "Keep your back flat", (5 + 4 * rep) * S).isPresent()) {
                said++;
                assertThat(rep).as("first repeat at rep 5: three reps and 20 s after the first").isEqualTo(5);
            }
        }
        assertThat(said).isEqualTo(1);
    }

    @Test
    void aSecondFaultWaitsForTheMinimumGapAfterTheFirst() {
        Coach coach = new Coach();
        assertThat(coach.fault(FlagKind.ROUNDED_BACK, "Keep your back flat", 10 * S)).isPresent();
        assertThat(coach.fault(FlagKind.HEAD_DROP, "Eyes forward", 10 * S + Coach.MIN_GAP_MICROS - 1)).isEmpty();
        assertThat(coach.fault(FlagKind.HEAD_DROP, "Eyes forward", 10 * S + Coach.MIN_GAP_MICROS)).isPresent();
    }

    @Test
    void onlyACleanSetOfThreeRepsOrMoreIsPraised() {
        Coach coach = new Coach();
        assertThat(coach.setEnded(2, 0, 0, 30 * S)).isEmpty();
        assertThat(coach.setEnded(5, 0, 1, 60 * S)).isEmpty();
        assertThat(coach.setEnded(5, 0, 0, 90 * S)).hasValueSatisfying(u -> {
            assertThat(u.praise()).isTrue();
            assertThat(u.text()).isEqualTo("Good set. Your back stayed flat.");
        });
        assertThat(coach.setEnded(0, 20 * S, 0, 120 * S)).hasValueSatisfying(u -> assertThat(u.text()).startsWith("Good hold"));
    }
}
