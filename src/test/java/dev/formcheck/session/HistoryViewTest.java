package dev.formcheck.session;

import dev.formcheck.desk.DailySummary;
import dev.formcheck.desk.DeskDay;
import dev.formcheck.desk.SummaryStore;
import dev.formcheck.records.SessionEvent;
import dev.formcheck.records.SessionLog;
import dev.formcheck.records.SessionRecord;
import dev.formcheck.records.SessionStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class HistoryViewTest {
    @TempDir
    Path data;

    /** Writes a finished squat session through the real log: {@code reps} reps, the first {@code flagged} rounded. */
    static void squats(SessionStore store, String day, int reps, int flagged) {
        Instant at = Instant.parse(day + "T18:00:00Z");
        SessionLog log = SessionLog.start(store, new SessionEvent.Started(SessionRecord.SCHEMA_VERSION, SessionStore.newId(at),
                "live-workout", at, "camera 0", "squat", "test", "movenet-lightning", "shipped defaults"));
        for (int i = 1; i <= reps; i++) {
            log.append(new SessionEvent.Rep(1, i, null, 2.0 * i, 80, 85, 2.5, 10.0, "outline"));
        }
        for (int i = 1; i <= flagged; i++) {
            log.append(new SessionEvent.Fault(1, i, "ROUNDED_BACK", 2.0 * i, 2.0 * i + 0.5, 26.0, 20.0, "deg", "outline", 0.7));
        }
        log.append(new SessionEvent.SetEnded(1, 0, 2.0 * reps, reps, 0, 0));
        log.finish(at.plusSeconds(300), null);
    }

    @Test
    void threeWeeksOfSquatsReadAsWeeksAWarningTheLatestSessionsAndDeskDays() {
        SessionStore store = new SessionStore(data);
        squats(store, "2026-11-16", 20, 6);
        squats(store, "2026-11-23", 21, 3);
        squats(store, "2026-11-30", 30, 1);
        SummaryStore desk = deskWith(Map.of(LocalDate.parse("2026-12-01"), Map.of("UPRIGHT", 7_200_000L, "SLOUCHED", 2_400_000L,
                "AWAY", 3_600_000L)));

        HistoryView view = HistoryView.load(store, desk, LocalDate.parse("2026-12-02"), 4, ZoneOffset.UTC);
        List<String> lines = view.lines(10);

        assertThat(view.weeks()).hasSize(3);
        assertThat(lines).contains("  week of Mon 16 Nov  Squat              1 session, 1 set, 20 reps, 6 flags, 70% of reps clean");
        assertThat(lines).anyMatch(l -> l.contains("Squat: the week of 30 Nov 2026 had 30 reps, 43% more than the week before (21 reps)"));
        assertThat(lines).anyMatch(l -> l.startsWith("  Mon 30 Nov 2026, 18:00 - Squat, live, 30 reps, rounded"));
        assertThat(lines).contains("  Tue 1 Dec  sat upright 75% of 2 h 40 min");
        assertThat(String.join("\n", lines)).doesNotContain("ROUNDED_BACK").doesNotContain("live-workout");
    }

    @Test
    void olderWeeksThanAskedAreLeftOut() {
        SessionStore store = new SessionStore(data);
        squats(store, "2026-10-01", 10, 0);
        squats(store, "2026-11-30", 10, 0);

        assertThat(HistoryView.load(store, deskWith(Map.of()), LocalDate.parse("2026-12-02"), 2, ZoneOffset.UTC).records()).hasSize(1);
    }

    @Test
    void aFlagKindThisVersionDoesNotKnowIsStillShownInWords() {
        assertThat(HistoryView.flagWords("ELBOW_FLARE")).isEqualTo("elbow flare");
    }

    private static SummaryStore deskWith(Map<LocalDate, Map<String, Long>> days) {
        return new SummaryStore() {
            @Override
            public Optional<DeskDay> load(LocalDate date) {
                return Optional.ofNullable(days.get(date)).map(t -> new DeskDay(date, List.of(new dev.formcheck.desk.DeskRun("r1", Optional.empty(),
                        new DailySummary(date, t, 0, 0, 0, List.of(), Instant.EPOCH)))));
            }

            @Override
            public DeskDay save(dev.formcheck.desk.DeskRun run) {
                throw new UnsupportedOperationException("history only reads");
            }
        };
    }
}
