package dev.formcheck.desk;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

class DailySummaryFilesTest {
    @TempDir
    Path dir;

    static final LocalDate DAY = LocalDate.of(2026, 11, 25);
    static final Instant STARTED = Instant.parse("2026-11-25T09:00:00Z");

    static DailySummary day() {
        return new DailySummary(DAY, Map.of("UPRIGHT", 3_600_000L, "SLOUCHED", 600_000L), 2_700_000, 2, 1,
                List.of(new BreakEntry(BreakEntry.Kind.TAKEN, Instant.parse("2026-11-25T10:00:00Z"), 5.5)),
                Instant.parse("2026-11-25T11:00:00Z"));
    }

    static DeskRun run(String id, long uprightMs, Instant breakAt) {
        return new DeskRun(id, Optional.of(STARTED), new DailySummary(DAY, Map.of("UPRIGHT", uprightMs), uprightMs, 1, 0,
                List.of(new BreakEntry(BreakEntry.Kind.TAKEN, breakAt, 3.0)), breakAt.plusSeconds(600)));
    }

    @Test
    void aSavedRunReadsBackTheSame() throws Exception {
        DailySummaryFiles files = new DailySummaryFiles(dir.resolve("desk"));
        DeskRun run = new DeskRun("run-1", Optional.of(STARTED), day());
        assertThat(files.save(run)).isEqualTo(new DeskDay(DAY, List.of(run)));
        assertThat(files.load(DAY)).contains(new DeskDay(DAY, List.of(run)));
        String text = Files.readString(dir.resolve("desk/2026-11-25.json"));
        assertThat(text).contains("\"format\" : \"formcheck-desk-day\"", "\"schema_version\" : 3", "\"kind\" : \"taken\"",
                "\"runs\" : [ {", "\"id\" : \"run-1\"", "\"started_at\" : \"2026-11-25T09:00:00Z\"");
        try (var s = Files.list(dir.resolve("desk"))) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("2026-11-25.json", ".lock");
        }
    }

    @Test
    void aDayNeverSavedIsEmpty() {
        assertThat(new DailySummaryFiles(dir).load(DAY)).isEmpty();
    }

    @Test
    void twoRunsOnTheSameDayEachKeepTheirPartAndTheTotalsAddUp() throws Exception {
        DailySummaryFiles window = new DailySummaryFiles(dir);
        DailySummaryFiles command = new DailySummaryFiles(dir); // each knows only its own run
        window.save(run("window", 60_000, Instant.parse("2026-11-25T10:00:00Z")));
        command.save(run("command", 120_000, Instant.parse("2026-11-25T09:30:00Z")));
        DeskDay day = window.save(run("window", 90_000, Instant.parse("2026-11-25T10:00:00Z")));

        assertThat(day.runs()).extracting(DeskRun::id).containsExactly("window", "command");
        DailySummary total = day.total();
        assertThat(total.millis("UPRIGHT")).isEqualTo(210_000);
        assertThat(total.longestStreakMs()).as("the longest of any run").isEqualTo(120_000);
        assertThat(total.slouchAlerts()).isEqualTo(2);
        assertThat(total.breaks()).extracting(BreakEntry::at).as("in order of time")
                .containsExactly(Instant.parse("2026-11-25T09:30:00Z"), Instant.parse("2026-11-25T10:00:00Z"));
        String text = Files.readString(dir.resolve("2026-11-25.json"));
        assertThat(DailySummaryFiles.read(text)).isEqualTo(day);
        assertThat(text).as("the totals are written for readers too").contains("\"UPRIGHT\" : 210000");
    }

    @Test
    void savesFromManyThreadsAtOnceLoseNoRun() throws Exception {
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            String id = "run-" + t;
            Thread thread = new Thread(() -> {
                DailySummaryFiles files = new DailySummaryFiles(dir);
                for (int i = 1; i <= 25; i++) {
                    files.save(run(id, i * 1000L, Instant.parse("2026-11-25T10:00:00Z")));
                }
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread t : threads) {
            t.join();
        }
        DailySummary total = new DailySummaryFiles(dir).load(DAY).orElseThrow().total();
        assertThat(total.millis("UPRIGHT")).as("every run's last save").isEqualTo(4 * 25_000);
    }

    @Test
    void standingTimeIsKeptPerRunAndAddedUpAndADaySavedAsSchemaTwoHasNone() throws Exception {
        DailySummary standing = new DailySummary(DAY, Map.of("UPRIGHT", 3_600_000L), 0, 0, 0, List.of(),
                Instant.parse("2026-11-25T11:00:00Z"), 900_000);
        Files.writeString(dir.resolve("2026-11-25.json"), """
                {"format": "formcheck-desk-day", "schema_version": 2, "date": "2026-11-25", "updated_at": "2026-11-25T10:00:00Z",
                 "time_ms": {"UPRIGHT": 60000}, "longest_streak_ms": 0, "slouch_alerts": 0, "break_reminders": 0, "breaks": [],
                 "runs": [{"id": "old", "updated_at": "2026-11-25T10:00:00Z", "time_ms": {"UPRIGHT": 60000},
                           "longest_streak_ms": 0, "slouch_alerts": 0, "break_reminders": 0, "breaks": []}]}""");
        DailySummaryFiles files = new DailySummaryFiles(dir);
        DeskDay day = files.save(new DeskRun("standing", Optional.of(STARTED), standing));

        assertThat(day.runs()).extracting(r -> r.summary().standingMs()).containsExactly(0L, 900_000L);
        assertThat(day.total().standingMs()).isEqualTo(900_000);
        assertThat(day.total().sittingMs()).isEqualTo(3_660_000 - 900_000);
        assertThat(files.load(DAY)).contains(day);
        assertThat(Files.readString(dir.resolve("2026-11-25.json"))).contains("\"standing_ms\" : 900000");
        assertThat(files.warnings()).isEmpty();
    }

    @Test
    void aDaySavedAsSchemaOneIsKeptAsOneEarlierRun() throws Exception {
        Files.writeString(dir.resolve("2026-11-25.json"), """
                {"format": "formcheck-desk-day", "schema_version": 1, "date": "2026-11-25",
                 "updated_at": "2026-11-25T11:00:00Z", "time_ms": {"UPRIGHT": 3600000}, "longest_streak_ms": 2700000,
                 "slouch_alerts": 2, "break_reminders": 1, "breaks": []}""");
        DailySummaryFiles files = new DailySummaryFiles(dir);
        DeskDay day = files.save(run("new", 60_000, Instant.parse("2026-11-25T12:00:00Z")));
        assertThat(day.runs()).extracting(DeskRun::id).containsExactly(DailySummaryFiles.EARLIER_RUNS, "new");
        assertThat(day.total().millis("UPRIGHT")).isEqualTo(3_660_000);
        assertThat(files.warnings()).isEmpty();
    }

    @Test
    void anUnreadableFileIsMovedAsideWithAWarningAndTheDayStartsAfresh() throws Exception {
        Files.writeString(dir.resolve("2026-11-25.json"), "{\"format\": \"formcheck-desk-day\", \"schema_version\": 7}");
        List<String> told = new CopyOnWriteArrayList<>();
        DailySummaryFiles files = new DailySummaryFiles(dir, told::add);
        assertThat(files.load(DAY)).isEmpty();
        assertThat(dir.resolve("2026-11-25.json.unreadable")).exists();
        assertThat(told).singleElement().isEqualTo(dir.resolve("2026-11-25.json")
                + ": not a readable daily summary (schema_version 7 is not 1 to 3 (written by a newer FormCheck)); kept as 2026-11-25.json.unreadable, "
                + "today starts afresh");
        assertThat(files.warnings()).isEqualTo(told);
    }

    @Test
    void aSecondDamagedFileNeverOverwritesTheFirstSetAside() throws Exception {
        Path file = dir.resolve("2026-11-25.json");
        List<String> told = new CopyOnWriteArrayList<>();
        DailySummaryFiles files = new DailySummaryFiles(dir, told::add);
        Files.writeString(file, "first damage");
        files.save(run("a", 1000, Instant.parse("2026-11-25T10:00:00Z")));
        Files.writeString(file, "{\"second\": \"damage\"");
        files.save(run("b", 2000, Instant.parse("2026-11-25T10:00:00Z")));
        Files.writeString(file, "");
        assertThat(files.load(DAY)).isEmpty();

        assertThat(dir.resolve("2026-11-25.json.unreadable")).hasContent("first damage");
        assertThat(dir.resolve("2026-11-25.json.unreadable-2")).hasContent("{\"second\": \"damage\"");
        assertThat(dir.resolve("2026-11-25.json.unreadable-3")).hasContent("");
        assertThat(told).hasSize(3);
        assertThat(told.get(1)).endsWith("kept as 2026-11-25.json.unreadable-2, today starts afresh");
        assertThat(told.get(0)).as("one line in plain words, not the parser's internals")
                .isEqualTo(file + ": not a readable daily summary (not valid JSON at line 1, column 1); "
                        + "kept as 2026-11-25.json.unreadable, today starts afresh");
    }

    @Test
    void aFileDatedAnotherDayIsNotTakenForThisOne() throws Exception {
        DailySummaryFiles files = new DailySummaryFiles(dir);
        files.save(run("a", 1000, Instant.parse("2026-11-25T10:00:00Z")));
        Files.move(dir.resolve("2026-11-25.json"), dir.resolve("2026-11-26.json"));
        assertThat(files.load(DAY.plusDays(1))).isEmpty();
        assertThat(files.warnings()).singleElement().asString().contains("(it is dated 2026-11-25)");
    }

    @Test
    void aTemporaryFileLeftByASaveKilledMidWriteIsRemovedByTheNextSave() throws Exception {
        Path leftover = dir.resolve(".2026-11-24.json.0b1c.part");
        Files.writeString(leftover, "{\"format\": \"formcheck-desk");
        Path unrelated = dir.resolve("notes.part");
        Files.writeString(unrelated, "not ours");
        new DailySummaryFiles(dir).save(run("a", 1000, Instant.parse("2026-11-25T10:00:00Z")));
        assertThat(leftover).doesNotExist();
        assertThat(unrelated).exists();
    }
}
