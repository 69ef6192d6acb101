package dev.formcheck.ui.window;

import dev.formcheck.desk.DailySummary;
import dev.formcheck.desk.DailySummaryFiles;
import dev.formcheck.desk.DeskRun;
import dev.formcheck.journal.BodyArea;
import dev.formcheck.journal.JournalStore;
import dev.formcheck.journal.PainQuality;
import dev.formcheck.journal.RedFlag;
import dev.formcheck.records.SessionEvent;
import dev.formcheck.records.SessionLog;
import dev.formcheck.records.SessionRecord;
import dev.formcheck.records.SessionStore;
import dev.formcheck.testing.WithXvfbDisplay;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.swing.JFrame;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/** The history and journal screens on a real X display, over a few synthetic weeks written to disk. */
@WithXvfbDisplay
class HistoryAndJournalGuiTest {
    private static final Duration LIMIT = Duration.ofSeconds(30);

    @TempDir
    Path data;
    private JFrame frame;

    @AfterEach
    void close() throws Exception {
        if (frame != null) {
            Gui.run(frame::dispose);
        }
    }

    private void weeks() {
        SessionStore store = new SessionStore(data);
        LocalDate monday = LocalDate.now().with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
        int[][] plan = {{3, 20, 6, 0}, {2, 22, 4, 1}, {1, 30, 2, 0}, {0, 24, 1, 1}}; // weeks ago, reps, flagged, deadlift?
        for (int[] w : plan) {
            for (int day = 0; day < 2; day++) {
                Instant at = monday.minusWeeks(w[0] + 1L).plusDays(day * 2L).atTime(18, 0).atZone(ZoneId.systemDefault()).toInstant();
                String exercise = day == 1 && w[3] == 1 ? "deadlift" : "squat";
                SessionLog log = SessionLog.start(store, new SessionEvent.Started(SessionRecord.SCHEMA_VERSION, SessionStore.newId(at),
                        "live-workout", at, "camera 0", exercise, "test", "movenet-lightning", "shipped defaults"));
                for (int i = 1; i <= w[1] / 2; i++) {
                    log.append(new SessionEvent.Rep(1, i, null, 2.0 * i, 80, 85, 2.4, 9.0, "outline"));
                }
                for (int i = 1; i <= w[2] / 2; i++) {
                    log.append(new SessionEvent.Fault(1, i, "ROUNDED_BACK", 2.0 * i, 2.0 * i + 0.4, 25.0, 20.0, "deg", "outline", 0.7));
                }
                log.append(new SessionEvent.SetEnded(1, 0, w[1], w[1] / 2, 0, 0));
                log.finish(at.plusSeconds(600), null);
            }
        }
        DailySummaryFiles desk = new DailySummaryFiles(data.resolve("desk"));
        for (int d = 1; d <= 6; d++) {
            LocalDate date = LocalDate.now().minusDays(d);
            desk.save(new DeskRun("run" + d, Optional.empty(), new DailySummary(date, Map.of("UPRIGHT", 3_600_000L * (2 + d % 3),
                    "SLOUCHED", 3_600_000L, "AWAY", 1_800_000L), 0, 0, 0, List.of(), Instant.now())));
        }
    }

    @Test
    void theHistoryChartsWeeksOfWorkoutsAndDeskDays() throws Exception {
        weeks();
        HistoryPanel panel = Gui.onEdt(() -> new HistoryPanel(data));
        show(panel);

        Gui.run(panel::load);

        assertThat(Gui.await(() -> panel.words.getText().startsWith("Workouts, week by week"), LIMIT)).isTrue();
        assertThat(Gui.onEdt(() -> panel.volume.getColumnCount())).isEqualTo(4);
        assertThat(Gui.onEdt(() -> panel.volume.getRowKeys())).containsExactlyInAnyOrder("Deadlift", "Squat");
        assertThat(Gui.onEdt(() -> panel.desk.getColumnCount())).isEqualTo(6);
        assertThat(Gui.onEdt(() -> panel.words.getText())).contains("Build up gradually:", "Latest sessions:", "Desk, day by day:")
                .doesNotContain("ROUNDED_BACK");
        Gui.screenshot(frame, "history");
    }

    @Test
    void aRedFlagInTheJournalIsSaidWhenTickedAndAgainBeforeTheEntryIsSaved() throws Exception {
        JournalPanel panel = Gui.onEdt(() -> new JournalPanel(data));
        List<String> notices = new CopyOnWriteArrayList<>();
        Gui.run(() -> panel.notice = (parent, text) -> notices.add(text));
        show(panel);

        Gui.run(() -> panel.save.doClick());
        assertThat(Gui.onEdt(() -> panel.problem.getText())).isEqualTo("Tick where it hurts (at least one place).");

        Gui.run(() -> {
            panel.areas.get(BodyArea.LOWER_BACK).doClick();
            panel.qualities.get(PainQuality.SHARP).doClick();
            panel.intensity.setValue(6);
            panel.onset.setSelectedIndex(1); // during exercise
            panel.exercise.setText("deadlift 3 x 5 at 60 kg");
            panel.redFlags.get(RedFlag.FEVER_WITH_BACK_PAIN).doClick();
        });
        assertThat(notices).singleElement().asString().startsWith("See a doctor now.");
        Gui.run(() -> panel.save.doClick());

        assertThat(Gui.await(() -> panel.entryLines.size() == 1, LIMIT)).isTrue();
        assertThat(notices).hasSize(2).allMatch(n -> n.startsWith("See a doctor now."));
        assertThat(Gui.onEdt(() -> panel.details.getText())).startsWith("See a doctor now.").contains("Where: lower back",
                "Exercise: deadlift 3 x 5 at 60 kg", "not a medical device");
        assertThat(new JournalStore(data).read().entries()).hasSize(1);
        Gui.screenshot(frame, "journal");
    }

    @Test
    void anEmptyJournalSaysHowToStartAndWhatCameBeforePainAndItsFooterIsWhole() throws Exception {
        weeks();
        JournalPanel panel = Gui.onEdt(() -> new JournalPanel(data));
        show(panel);
        Gui.run(() -> panel.reload(null));

        assertThat(Gui.await(() -> panel.details.getText().contains("Over the last 4 weeks"), LIMIT))
                .as(Gui.onEdt(() -> panel.details.getText())).isTrue();
        assertThat(Gui.onEdt(() -> panel.details.getText())).startsWith("No entries yet.")
                .contains("What came before your pain", "0 journal entries", "Not enough yet to show a pattern", "not causes");
        javax.swing.JTextArea footer = panel.footer;
        assertThat(Gui.<String>onEdt(footer::getText)).endsWith(dev.formcheck.journal.SorenessGuide.ARTICLE.explanation());
        assertThat(Gui.onEdt(() -> footer.getPreferredSize().width)).as("wrapped to the window, not cut at its edge")
                .isLessThanOrEqualTo(Gui.onEdt(() -> frame.getContentPane().getWidth()));
        Gui.screenshot(frame, "journal-empty");
    }

    private void show(javax.swing.JComponent panel) throws Exception {
        Gui.run(() -> {
            frame = new JFrame("FormCheck test");
            frame.setContentPane(panel);
            frame.setSize(1280, 800);
            frame.setLocation(0, 0);
            frame.setVisible(true);
        });
        assertThat(Gui.await(() -> frame.isShowing(), LIMIT)).isTrue();
    }
}
