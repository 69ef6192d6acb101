package dev.formcheck.session;

import dev.formcheck.journal.BodyArea;
import dev.formcheck.journal.JournalEntry;
import dev.formcheck.records.SessionEvent;
import dev.formcheck.records.SessionRecord;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class PainPatternsTest {
    private static SessionRecord session(String exercise, String at, boolean rounded) {
        Instant t = Instant.parse(at);
        List<SessionEvent> events = new ArrayList<>();
        events.add(new SessionEvent.Started(1, exercise + at, "live-workout", t, "camera 0", exercise, "test", "m", "c"));
        events.add(new SessionEvent.Rep(1, 1, null, 1, 80, 80, 2, null, null));
        if (rounded) {
            events.add(new SessionEvent.Fault(1, 1, "ROUNDED_BACK", 1, 2, 25.0, 20.0, "deg", "outline", 0.8));
        }
        events.add(new SessionEvent.Ended(t.plusSeconds(600), null));
        return SessionRecord.fold(events);
    }

    private static JournalEntry pain(String at) {
        return JournalEntry.builder(Instant.parse(at)).areas(Set.of(BodyArea.LOWER_BACK)).intensity(4).build();
    }

    @Test
    void twoWeeksOfDeadliftsWithARoundedBackFollowedByPainShowAsTheStrongestPattern() {
        List<SessionRecord> sessions = List.of(
                session("deadlift", "2026-11-16T18:00:00Z", true), session("squat", "2026-11-17T18:00:00Z", false),
                session("deadlift", "2026-11-19T18:00:00Z", true), session("squat", "2026-11-23T18:00:00Z", false),
                session("deadlift", "2026-11-25T18:00:00Z", false), session("squat", "2026-11-27T18:00:00Z", false));
        List<JournalEntry> journal = List.of(pain("2026-11-17T09:00:00Z"), pain("2026-11-20T20:00:00Z"));
        List<HistoryView.DeskDayShare> desk = List.of(new HistoryView.DeskDayShare(LocalDate.parse("2026-11-16"), 3_600_000, 0.3),
                new HistoryView.DeskDayShare(LocalDate.parse("2026-11-19"), 3_600_000, 0.4),
                new HistoryView.DeskDayShare(LocalDate.parse("2026-11-24"), 3_600_000, 0.8));

        List<PainPatterns.Pattern> patterns = PainPatterns.find(journal, sessions, desk, ZoneOffset.UTC);

        assertThat(patterns.get(0).words()).isEqualTo("Desk days upright less than half the time: 2 of 2 followed by pain within 2 days (without: 0 of 1).");
        assertThat(patterns).extracting(PainPatterns.Pattern::words).contains(
                "Sessions with rounded lower back: 2 of 2 followed by pain within 2 days (without: 0 of 4).",
                "Deadlift sessions: 2 of 3 followed by pain within 2 days (without: 0 of 3).",
                // the squat the day of the first pain came after it: it did not precede it
                "Squat sessions: 0 of 3 followed by pain within 2 days (without: 2 of 3).");
        assertThat(PainPatterns.CAVEAT).contains("not a diagnosis");
    }

    @Test
    void somethingThatHappenedOnceIsNoPattern() {
        assertThat(PainPatterns.find(List.of(pain("2026-11-17T09:00:00Z")), List.of(session("deadlift", "2026-11-16T18:00:00Z", true)),
                List.of(), ZoneOffset.UTC)).isEmpty();
    }
}
