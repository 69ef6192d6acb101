package dev.formcheck.cli;

import dev.formcheck.common.UserDataDirectory;
import dev.formcheck.records.SessionStore;
import dev.formcheck.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code analyze --exercise} keeps each judged video as a session record, {@code history} shows it. */
class HistoryCommandTest {
    static final Path SAMPLE = SharedData.projectDir().resolve("test-videos/squat-side-synthetic.mp4");

    @TempDir
    Path data;

    @Test
    void anAnalysedVideoIsKeptAndShownAndNoRecordKeepsNothing() throws Exception {
        String before = System.getProperty(UserDataDirectory.PROPERTY);
        System.setProperty(UserDataDirectory.PROPERTY, data.toString());
        try {
            CliRun kept = CliRun.of("analyze", SAMPLE.toString(), "--exercise", "squat");
            assertThat(kept.exitCode()).as(kept.err()).isZero();
            assertThat(kept.out()).contains("kept in your history as session");
            assertThat(new SessionStore(data).read().records()).singleElement().satisfies(r -> {
                assertThat(r.complete()).isTrue();
                assertThat(r.exercise()).isEqualTo("squat");
                assertThat(r.header().kind()).isEqualTo("video");
                assertThat(r.header().source()).endsWith("squat-side-synthetic.mp4");
                assertThat(r.totalReps()).isGreaterThan(0);
                assertThat(r.sets()).isNotEmpty();
            });

            CliRun skipped = CliRun.of("analyze", SAMPLE.toString(), "--exercise", "squat", "--no-record", "--stride", "3");
            assertThat(skipped.out()).doesNotContain("kept in your history");
            assertThat(new SessionStore(data).read().records()).hasSize(1);
        } finally {
            if (before == null) {
                System.clearProperty(UserDataDirectory.PROPERTY);
            } else {
                System.setProperty(UserDataDirectory.PROPERTY, before);
            }
        }

        CliRun history = CliRun.of("history", "--data", data.toString());
        assertThat(history.exitCode()).isZero();
        assertThat(history.out()).contains("Workouts, week by week", "Squat", "video", "reps");
        assertThat(history.err()).isEmpty();
    }

    @Test
    void anEmptyHistorySaysHowToFillItAndADamagedRecordIsNamed() throws Exception {
        assertThat(CliRun.of("history", "--data", data.toString()).out()).startsWith("No workouts or analysed videos kept yet.");

        Files.createDirectories(data.resolve("sessions"));
        Files.writeString(data.resolve("sessions").resolve("x.json"), "{not json");
        CliRun run = CliRun.of("history", "--data", data.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).contains("x.json: not readable JSON").contains("left as it is");
    }
}
