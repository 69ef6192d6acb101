package dev.formcheck.cli;

import dev.formcheck.journal.BodyArea;
import dev.formcheck.journal.JournalStore;
import dev.formcheck.journal.Labelled;
import dev.formcheck.journal.Onset;
import dev.formcheck.journal.PainQuality;
import dev.formcheck.journal.RedFlag;
import dev.formcheck.journal.Symptom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class JournalCommandTest {
    @TempDir
    Path data;

    private CliRun journal(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "journal";
        all[1] = "--data";
        all[2] = data.toString();
        System.arraycopy(args, 0, all, 3, args.length);
        return CliRun.of(all);
    }

    @ParameterizedTest
    @EnumSource(RedFlag.class)
    void aRedFlagIsTheFirstThingSaidEveryTime(RedFlag flag) {
        for (int time = 0; time < 2; time++) {
            CliRun run = journal("add", "--where", "lower-back", "--intensity", "2", "--feels", "dull-ache",
                    "--red-flag", flag.commandWord());

            assertThat(run.exitCode()).isZero();
            assertThat(run.out().lines().findFirst()).hasValueSatisfying(first -> {
                assertThat(first).startsWith("See a doctor now.");
                assertThat(first).contains(flag.label());
            });
        }
        assertThat(journal("list").out().lines()).hasSize(2).allSatisfy(line ->
                assertThat(line.substring(10)).startsWith("See a doctor now. (" + flag.label() + ")"));
        assertThat(journal("add", "--where", "neck", "--intensity", "1", "--red-flag", flag.commandWord()).out())
                .containsOnlyOnce("See a doctor now. You ticked");
    }

    @Test
    void anEntryIsSavedListedShownAndExported() throws Exception {
        CliRun add = journal("add", "--where", "lower-back,left-thigh", "--intensity", "6", "--feels", "sharp",
                "--started", "during-exercise", "--trigger", "deadlift", "--exercise", "deadlift 3 x 5 at 60 kg",
                "--medication", "ibuprofen", "--note", "felt it on rep 4");

        assertThat(add.exitCode()).isZero();
        assertThat(add.err()).isEmpty();
        assertThat(add.out()).startsWith("This does not read like normal soreness.").contains("Saved as entry")
                .contains("Where: lower back, left thigh").contains("not a medical device");
        assertThat(add.out()).doesNotContain("LOWER_BACK").doesNotContain("DURING_EXERCISE");
        assertThat(new JournalStore(data).read().entries()).hasSize(1);

        CliRun list = journal("list");
        assertThat(list.out()).contains("lower back, left thigh, 6 out of 10, sharp (this does not read like normal soreness)");
        String id = list.out().substring(0, 8);
        assertThat(journal("show", id).out()).contains("Brought on by: deadlift", "Exercise: deadlift 3 x 5 at 60 kg");

        Path csv = data.resolve("journal.csv");
        assertThat(journal("export", csv.toString()).out()).contains("Wrote 1 entry");
        assertThat(Files.readString(csv)).startsWith("written_at,where,").contains("\"lower back, left thigh\"", "during exercise");
        Path json = data.resolve("journal.json");
        journal("export", json.toString());
        assertThat(Files.readString(json)).contains("\"format\" : \"formcheck-journal\"", "\"lower-back\"");

        assertThat(journal("delete", id).out()).contains("Deleted entry " + id);
        assertThat(journal("list").out()).startsWith("No journal entries.");
    }

    @Test
    void anUnknownWordNamesTheChoicesAndSavesNothing() {
        CliRun run = journal("add", "--where", "lumbar", "--intensity", "3");

        assertThat(run.exitCode()).isEqualTo(Main.EXIT_USAGE);
        assertThat(run.err()).contains("--where: \"lumbar\" is not one of: neck, upper-back").doesNotContain("Exception");
        assertThat(new JournalStore(data).read().entries()).isEmpty();
        assertThat(journal("add", "--where", "neck", "--intensity", "11").err()).contains("0 (no pain) to 10");
        assertThat(journal("export", data.resolve("j.txt").toString()).err()).contains("export to a .csv or a .json file");
    }

    @Test
    void aDamagedEntryIsReportedAndTheRestListed() throws Exception {
        journal("add", "--where", "neck", "--intensity", "1");
        Files.writeString(data.resolve("journal").resolve("entry-20260101T000000Z-x.json"), "{\"format\":");

        CliRun list = journal("list");

        assertThat(list.exitCode()).isZero();
        assertThat(list.out()).contains("neck, 1 out of 10");
        assertThat(list.err()).contains("entry-20260101T000000Z-x.json: not readable JSON").contains("left as it is");
    }

    @Test
    void theHelpNamesEveryChoiceTheCommandAccepts() {
        String help = journal("add", "--help").out().replaceAll("\\s+", " ");

        for (Class<? extends Labelled> type : java.util.List.of(BodyArea.class, PainQuality.class, Onset.class, Symptom.class, RedFlag.class)) {
            Arrays.stream(type.getEnumConstants()).forEach(v -> assertThat(help).contains(v.commandWord()));
        }
    }

    @Test
    void anEntryAfterAWorkoutLinksTheLastSessionAndFillsInItsExercise() throws Exception {
        java.time.Instant at = java.time.Instant.parse("2026-12-07T18:00:00Z");
        dev.formcheck.records.SessionStore sessions = new dev.formcheck.records.SessionStore(data);
        dev.formcheck.records.SessionLog log = dev.formcheck.records.SessionLog.start(sessions, new dev.formcheck.records.SessionEvent.Started(
                dev.formcheck.records.SessionRecord.SCHEMA_VERSION, dev.formcheck.records.SessionStore.newId(at), "live-workout", at,
                "camera 0", "squat", "test", "movenet-lightning", "shipped defaults"));
        for (int i = 1; i <= 12; i++) {
            log.append(new dev.formcheck.records.SessionEvent.Rep(1 + (i - 1) / 6, i, null, 2.0 * i, 80, 85, 2.5, 10.0, "outline"));
        }
        log.append(new dev.formcheck.records.SessionEvent.SetEnded(1, 0, 12, 6, 0, 0));
        log.append(new dev.formcheck.records.SessionEvent.SetEnded(2, 20, 32, 6, 0, 8));
        String id = log.finish(at.plusSeconds(60), null).id();

        CliRun run = journal("add", "--where", "lower-back", "--intensity", "3", "--session", "last");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Linked session: " + id).contains("Squat: 12 reps in 2 sets, live workout, ");
        assertThat(new JournalStore(data).read().entries()).singleElement().satisfies(e -> {
            assertThat(e.sessionId()).contains(id);
            assertThat(e.exercise()).startsWith("Squat: 12 reps in 2 sets, live workout, ");
        });

        CliRun unknown = journal("add", "--where", "lower-back", "--intensity", "3", "--session", "20990101-000000-beef");
        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.err()).contains("No session '20990101-000000-beef'").doesNotContain("\tat ");
        assertThat(new JournalStore(data).read().entries()).as("nothing saved for a link to nothing").hasSize(1);
    }
}
