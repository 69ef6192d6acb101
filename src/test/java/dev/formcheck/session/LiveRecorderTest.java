package dev.formcheck.session;

import dev.formcheck.analysis.exercise.Load;
import dev.formcheck.analysis.thresholds.CalibrationFiles;
import dev.formcheck.kinematics.KinematicFrame;
import dev.formcheck.kinematics.NeutralPosture;
import dev.formcheck.records.SessionEvent;
import dev.formcheck.records.SessionRecord;
import dev.formcheck.records.SessionStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** A live workout is kept as it runs: each rep, cue and set on disk when it happens, the summary at the end. */
class LiveRecorderTest {
    private static final Instant START = Instant.parse("2026-12-07T18:00:00Z");

    @TempDir
    Path data;

    private static WorkoutSession squats() {
        return new WorkoutSession(new ExerciseJudging("squat", Load.BODYWEIGHT, CalibrationFiles.defaults(),
                NeutralPosture.defaults()), WorkoutSettings.defaults());
    }

    private LiveRecorder recorder(SessionStore store) {
        return LiveRecorder.start(store, "camera 0", "movenet-lightning", "shipped defaults", "squat", START);
    }

    private static void feed(WorkoutSession session, LiveRecorder recorder, List<KinematicFrame> frames) {
        frames.forEach(f -> recorder.update(session.next(f)));
    }

    @Test
    void aWorkoutIsKeptWithItsStartItsRepsAndItsSetsAndEndsWithTheSummary() {
        SessionStore store = new SessionStore(data);
        WorkoutSession session = squats();
        LiveRecorder recorder = recorder(store);
        // three reps, a 20 s rest that ends the set, two reps in a set still open when the workout stops
        feed(session, recorder, SquatFrames.squats(0, 42, 4, 2, 5, 8, 31, 34));
        Optional<SessionRecord> kept = recorder.finish(session.finish(), Optional.empty(), START.plusSeconds(42));

        assertThat(recorder.problem()).isEmpty();
        assertThat(kept).isPresent();
        assertThat(store.read().skipped()).isEmpty();
        SessionRecord record = store.read().records().get(0);
        assertThat(record.id()).isEqualTo(kept.get().id()).isEqualTo(recorder.id().orElseThrow());
        assertThat(record.header().kind()).isEqualTo("live-workout");
        assertThat(record.header().source()).isEqualTo("camera 0");
        assertThat(record.header().model()).isEqualTo("movenet-lightning");
        assertThat(record.header().calibration()).isEqualTo("shipped defaults");
        assertThat(record.exercise()).isEqualTo("squat");
        assertThat(record.complete()).isTrue();
        assertThat(record.reps()).extracting(SessionEvent.Rep::set).containsExactly(1, 1, 1, 2, 2);
        assertThat(record.reps()).extracting(SessionEvent.Rep::rep).containsExactly(1, 2, 3, 4, 5);
        assertThat(record.reps().get(0).bottomS()).isCloseTo(3, within(0.2));
        assertThat(record.sets()).extracting(SessionEvent.SetEnded::reps).containsExactly(3, 2);
        assertThat(record.sets().get(1).restBeforeS()).isBetween(20.0, 22.0);
        assertThat(Files.exists(data.resolve("sessions").resolve(record.id() + ".events.jsonl"))).as("the log is removed").isFalse();
    }

    @Test
    void eachRepIsOnDiskAsSoonAsItIsCountedSoAWorkoutCutShortKeepsWhatWasDone() {
        SessionStore store = new SessionStore(data);
        WorkoutSession session = squats();
        LiveRecorder recorder = recorder(store);
        feed(session, recorder, SquatFrames.squats(0, 6, 4, 2));
        // read while the workout runs: the log already holds the rep, as it would after a kill
        SessionRecord running = store.read().records().get(0);
        assertThat(running.complete()).isFalse();
        assertThat(running.reps()).hasSize(1);

        feed(session, recorder, SquatFrames.squats(6 + 1 / SquatFrames.FPS, 12, 4, 7));
        recorder.abandon(); // the window closed without an ending: what was recorded stays
        SessionRecord kept = store.read().records().get(0);
        assertThat(kept.complete()).isFalse();
        assertThat(kept.reps()).hasSize(2);
    }

    @Test
    void aFaultIsKeptWhenItIsCuedWithTheSetAndRepItCameIn() {
        SessionStore store = new SessionStore(data);
        WorkoutSession session = squats();
        LiveRecorder recorder = recorder(store);
        feed(session, recorder, SquatFrames.squats(0, 12, 45, 2, 5, 8));
        recorder.finish(session.finish(), Optional.of("the camera was unplugged"), START.plusSeconds(12));

        SessionRecord record = store.read().records().get(0);
        assertThat(record.faults()).isNotEmpty().allSatisfy(f -> {
            assertThat(f.set()).isEqualTo(1);
            assertThat(f.rep()).isBetween(1, 3);
            assertThat(f.kind()).isEqualTo("ROUNDED_BACK");
            // the reading that raised the cue, its limit, its severity and the estimate that gave it
            assertThat(f.value()).isNotNull().isGreaterThanOrEqualTo(f.threshold());
            assertThat(f.threshold()).isEqualTo(15.0);
            assertThat(f.unit()).isEqualTo("deg");
            assertThat(f.severity()).isNotNull();
            assertThat(f.decidedBy()).isNotBlank();
        });
        assertThat(record.cleanReps()).isLessThan(3);
        assertThat(record.problem()).contains("the camera was unplugged");
        assertThat(record.sets()).singleElement().satisfies(s -> assertThat(s.reps()).isEqualTo(3));
    }

    @Test
    void aDataFolderThatCannotBeWrittenLeavesTheWorkoutRunningAndSaysWhyOnce() throws Exception {
        Files.writeString(data.resolve("sessions"), "a file where the folder should be");
        WorkoutSession session = squats();
        LiveRecorder recorder = recorder(new SessionStore(data));

        feed(session, recorder, SquatFrames.squats(0, 6, 4, 2));
        assertThat(recorder.problem()).hasValueSatisfying(p -> assertThat(p).contains("cannot start the session's record"));
        assertThat(recorder.finish(session.finish(), Optional.empty(), START)).isEmpty();
        assertThat(session.record().totalReps()).isEqualTo(1);
    }

    @Test
    void theRecordAndTheSetCardFileAFaultJudgedAsARepCompletesUnderTheSameRep() {
        SessionStore store = new SessionStore(data);
        WorkoutSession session = squats();
        LiveRecorder recorder = recorder(store);
        // three quarter squats: each one's shallow depth is cued in the frame the rep is counted
        feed(session, recorder, SquatFrames.squatsTo(35, 0, 14, 4, 2, 5, 8));
        WorkoutRecord card = session.finish();
        SessionRecord record = recorder.finish(card, Optional.empty(), START.plusSeconds(14)).orElseThrow();

        List<Integer> onTheCard = card.sets().get(0).faults().stream()
                .filter(f -> f.kind() == dev.formcheck.analysis.exercise.FlagKind.SHALLOW_DEPTH).map(SetRecord.Fault::rep).toList();
        List<Integer> inTheRecord = record.faults().stream().filter(f -> f.kind().equals("SHALLOW_DEPTH"))
                .map(SessionEvent.Fault::rep).toList();
        assertThat(onTheCard).containsExactly(1, 2, 3);
        assertThat(inTheRecord).isEqualTo(onTheCard);
    }

    @Test
    void aWorkoutNotToBeRecordedWritesNothing() {
        SessionStore store = new SessionStore(data);
        WorkoutSession session = squats();
        LiveRecorder off = LiveRecorder.off();
        feed(session, off, SquatFrames.squats(0, 8, 4, 2, 5));

        assertThat(off.finish(session.finish(), Optional.empty(), START.plusSeconds(8))).isEmpty();
        assertThat(off.id()).isEmpty();
        assertThat(off.problem()).isEmpty();
        assertThat(data.resolve("sessions")).doesNotExist();
    }
}
