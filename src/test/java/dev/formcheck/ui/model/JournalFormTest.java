package dev.formcheck.ui.model;

import dev.formcheck.journal.BodyArea;
import dev.formcheck.journal.Onset;
import dev.formcheck.journal.PainQuality;
import dev.formcheck.journal.RedFlag;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class JournalFormTest {
    private static JournalForm form(Set<BodyArea> areas, String hours, String days, Set<RedFlag> flags) {
        return new JournalForm(areas, Set.of(PainQuality.DULL_ACHE), 3, Optional.of(Onset.NEXT_DAY), hours, days, Optional.of(true),
                "deadlift, sitting\nlifting boxes", "", Set.of(), flags, "", Optional.empty(), "", "");
    }

    @Test
    void whatIsWrongIsSaidInWords() {
        assertThat(form(Set.of(), "", "", Set.of()).check(Instant.EPOCH, ZoneOffset.UTC))
                .isEqualTo(new JournalForm.Invalid("Tick where it hurts (at least one place)."));
        assertThat(form(Set.of(BodyArea.NECK), "soon", "", Set.of()).check(Instant.EPOCH, ZoneOffset.UTC))
                .isInstanceOf(JournalForm.Invalid.class).asString().contains("Hours after exercise: a number");
        assertThat(form(Set.of(BodyArea.NECK), "", "-2", Set.of()).check(Instant.EPOCH, ZoneOffset.UTC))
                .asString().contains("Days it has lasted");
    }

    @Test
    void aReadyEntrySplitsTypedListsAndPutsEveryRedFlagFirst() {
        JournalForm.Outcome outcome = form(Set.of(BodyArea.LOWER_BACK), "18,5", "2",
                Set.of(RedFlag.GROIN_NUMBNESS, RedFlag.FEVER_WITH_BACK_PAIN)).check(Instant.EPOCH, ZoneOffset.UTC);

        assertThat(outcome).isInstanceOfSatisfying(JournalForm.Ready.class, r -> {
            assertThat(r.entry().triggers()).containsExactly("deadlift", "sitting", "lifting boxes");
            assertThat(r.entry().hoursAfterExercise()).hasValue(18.5);
            assertThat(r.seeADoctorNow()).hasSize(2).allMatch(m -> m.startsWith("See a doctor now."));
            assertThat(r.details().get(0)).isEqualTo("See a doctor now.");
        });
        assertThat(form(Set.of(BodyArea.LOWER_BACK), "18", "2", Set.of()).check(Instant.EPOCH, ZoneOffset.UTC))
                .isInstanceOfSatisfying(JournalForm.Ready.class, r -> {
                    assertThat(r.seeADoctorNow()).isEmpty();
                    assertThat(r.details().get(0)).isEqualTo("This reads like normal muscle soreness.");
                });
    }
}
