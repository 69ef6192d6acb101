package dev.formcheck.records;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class SessionLogTest {
    private static final Instant T0 = Instant.parse("2026-12-07T08:00:00Z");

    @TempDir
    Path data;

    @Test
    void aFinishedSessionLeavesOneSummaryThatReadsBackAsEveryEvent() {
        SessionStore store = new SessionStore(data);
        SessionLog log = SessionLog.start(store, Events.started("s1", T0, "auto"));
        log.append(new SessionEvent.ExerciseNamed("squat"));
        log.append(Events.rep(1, 1));
        log.append(Events.fault(1, 1, "ROUNDED_BACK"));
        log.append(Events.rep(1, 2));
        log.append(new SessionEvent.SetEnded(1, 1.0, 5.0, 2, 0, 0));

        SessionRecord finished = log.finish(T0.plusSeconds(60), null);

        assertThat(log.logFile()).doesNotExist();
        assertThat(log.summaryFile()).exists();
        SessionStore.Contents contents = store.read();
        assertThat(contents.skipped()).isEmpty();
        assertThat(contents.records()).containsExactly(finished);
        SessionRecord r = contents.records().get(0);
        assertThat(r.complete()).isTrue();
        assertThat(r.exercise()).isEqualTo("squat");
        assertThat(r.totalReps()).isEqualTo(2);
        assertThat(r.cleanReps()).isEqualTo(1);
        assertThat(r.sets()).hasSize(1);
    }

    @Test
    void aSessionThatNeverEndedReadsAsIncompleteWithEveryEventWritten() {
        SessionStore store = new SessionStore(data);
        SessionLog log = SessionLog.start(store, Events.started("s2", T0, "push-up"));
        for (int i = 1; i <= 7; i++) {
            log.append(Events.rep(1, i));
        }
        log.close(); // as if the process died: no summary

        SessionRecord r = store.read().records().get(0);
        assertThat(r.complete()).isFalse();
        assertThat(r.totalReps()).isEqualTo(7);
    }

    @Test
    void aLastLineCutShortIsDroppedButADamagedLineInTheMiddleSkipsTheFileUntouched() throws Exception {
        SessionStore store = new SessionStore(data);
        SessionLog log = SessionLog.start(store, Events.started("s3", T0, "squat"));
        log.append(Events.rep(1, 1));
        log.append(Events.rep(1, 2));
        log.close();
        String whole = Files.readString(log.logFile());
        Files.writeString(log.logFile(), whole + "{\"event\":\"rep\",\"set\":1,\"re");

        assertThat(store.read().records()).singleElement().satisfies(r -> assertThat(r.totalReps()).isEqualTo(2));

        String damaged = whole.replaceFirst("\"rep\",", "\"rep\",,") + "{\"event\":\"ended\",\"ended_at\":\"2026-12-07T09:00:00Z\"}\n";
        Files.writeString(log.logFile(), damaged);
        SessionStore.Contents contents = store.read();
        assertThat(contents.records()).isEmpty();
        assertThat(contents.skipped()).singleElement().asString().startsWith("s3.events.jsonl: line 2 is damaged").endsWith("left as it is");
        assertThat(Files.readString(log.logFile())).isEqualTo(damaged);
    }

    @Test
    void aFileFromANewerFormCheckIsNamedSkippedAndLeftAsItIs() throws Exception {
        SessionStore store = new SessionStore(data);
        SessionLog log = SessionLog.start(store, Events.started("s4", T0, "squat"));
        log.finish(T0.plusSeconds(5), null);
        String newer = Files.readString(log.summaryFile()).replace("\"schema_version\" : 1", "\"schema_version\" : 3");
        Files.writeString(log.summaryFile(), newer);

        SessionStore.Contents contents = store.read();

        assertThat(contents.records()).isEmpty();
        assertThat(contents.skipped()).singleElement().asString().contains("newer FormCheck (session schema 3");
        assertThat(Files.readString(log.summaryFile())).isEqualTo(newer);
    }

    @Test
    void anOlderFileWithoutTheNewestOptionalFieldsStillReads() throws Exception {
        Path dir = Files.createDirectories(new SessionStore(data).directory());
        Files.writeString(dir.resolve("old.events.jsonl"), "{\"event\":\"started\",\"schema_version\":1,\"id\":\"old\",\"kind\":\"video\","
                + "\"started_at\":\"2026-11-01T10:00:00Z\",\"source\":\"a.mp4\",\"exercise\":\"squat\"}\n"
                + "{\"event\":\"rep\",\"set\":1,\"rep\":1,\"bottom_s\":2.0,\"depth_degrees\":80,\"range_degrees\":70,\"tempo_s\":2}\n");

        assertThat(new SessionStore(data).read().records()).singleElement().satisfies(r -> {
            assertThat(r.header().model()).isNull();
            assertThat(r.totalReps()).isEqualTo(1);
        });
    }

    @Test
    void aFullDiskStopsTheLogWithAReasonAndTheSessionGoesOn() throws Exception {
        Path full = Path.of("/dev/full");
        assumeTrue(Files.isWritable(full), "no /dev/full on this system");
        SessionLog log = SessionLog.start(new SessionStore(data), Events.started("s5", T0, "squat"));
        log.close();
        SessionLog onFullDisk = new SessionLog(log.logFile(), log.summaryFile(), FileChannel.open(full, StandardOpenOption.WRITE));

        onFullDisk.append(Events.rep(1, 1));
        onFullDisk.append(Events.rep(1, 2));

        assertThat(onFullDisk.problem()).hasValueSatisfying(p -> assertThat(p).contains("No space left on device")
                .contains("what was written before is kept"));
        assertThat(Files.readString(log.logFile(), StandardCharsets.UTF_8).lines()).hasSize(1);
    }

    @Test
    void twoSessionsRecordingAtOnceLoseNothing() throws Exception {
        SessionStore store = new SessionStore(data);
        Thread[] threads = new Thread[2];
        for (int t = 0; t < 2; t++) {
            String id = SessionStore.newId(T0) + "-" + t;
            threads[t] = new Thread(() -> {
                SessionLog log = SessionLog.start(store, Events.started(id, T0, "squat"));
                for (int i = 1; i <= 200; i++) {
                    log.append(Events.rep(1, i));
                }
                log.finish(T0.plusSeconds(400), null);
            });
            threads[t].start();
        }
        for (Thread t : threads) {
            t.join(30_000);
        }

        List<SessionRecord> records = store.read().records();
        assertThat(records).hasSize(2).allSatisfy(r -> assertThat(r.totalReps()).isEqualTo(200));
    }
}
