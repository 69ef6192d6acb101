package dev.formcheck.records;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class HistoryTest {
    /** A finished session of {@code reps} squats on {@code day}, the first {@code faulty} of them flagged. */
    static SessionRecord squats(String day, int reps, int faulty) {
        Instant at = Instant.parse(day + "T18:00:00Z");
        List<SessionEvent> events = new ArrayList<>();
        events.add(Events.started(day + "-" + reps, at, "squat"));
        for (int i = 1; i <= reps; i++) {
            events.add(Events.rep(1, i));
        }
        for (int i = 1; i <= faulty; i++) {
            events.add(Events.fault(1, i, "ROUNDED_BACK"));
        }
        events.add(new SessionEvent.SetEnded(1, 0, 2.0 * reps, reps, 0, 0));
        events.add(new SessionEvent.Ended(at.plusSeconds(600), null));
        return SessionRecord.fold(events);
    }

    @Test
    void weeksAddUpPerExerciseFromMondayWithTheShareOfCleanReps() {
        List<History.Week> weeks = History.weeks(List.of(squats("2026-11-23", 10, 4), squats("2026-11-29", 10, 2),
                squats("2026-11-30", 12, 1)), ZoneOffset.UTC);

        assertThat(weeks).hasSize(2);
        History.Week first = weeks.get(0);
        assertThat(first.monday()).isEqualTo(LocalDate.parse("2026-11-23"));
        assertThat(first.sessions()).isEqualTo(2);
        assertThat(first.reps()).isEqualTo(20);
        assertThat(first.faults()).isEqualTo(6);
        assertThat(first.cleanShare()).hasValue(0.7);
        assertThat(weeks.get(1).cleanShare()).hasValueSatisfying(s -> assertThat(s).isCloseTo(11 / 12.0, org.assertj.core.data.Offset.offset(1e-9)));
    }

    @Test
    void aWeekMoreThanTenPercentAboveTheOneBeforeIsWarnedAboutAndTenPercentIsNot() {
        List<History.Week> steady = History.weeks(List.of(squats("2026-11-23", 20, 0), squats("2026-11-30", 22, 0)), ZoneOffset.UTC);
        List<History.Week> jump = History.weeks(List.of(squats("2026-11-23", 20, 0), squats("2026-11-30", 30, 0)), ZoneOffset.UTC);

        assertThat(History.volumeWarnings(steady)).isEmpty();
        assertThat(History.volumeWarnings(jump)).singleElement().satisfies(w -> {
            assertThat(w.monday()).isEqualTo(LocalDate.parse("2026-11-30"));
            assertThat(w.text()).contains("30 reps, 50% more than the week before (20 reps)").contains("10% a week");
        });
    }

    @Test
    void afterAWeekOffTheComparisonIsWithTheLastWeekTrained() {
        List<History.Week> gap = History.weeks(List.of(squats("2026-11-16", 10, 0), squats("2026-11-30", 30, 0)), ZoneOffset.UTC);

        assertThat(History.volumeWarnings(gap)).singleElement().extracting(History.Warning::text).asString()
                .contains("200% more than your last week of it, the week of 16 Nov 2026 (10 reps)");
    }
}
