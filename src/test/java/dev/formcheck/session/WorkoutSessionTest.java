package dev.formcheck.session;

import dev.formcheck.analysis.exercise.FlagKind;
import dev.formcheck.analysis.exercise.LiveEvent;
import dev.formcheck.analysis.exercise.Load;
import dev.formcheck.analysis.thresholds.CalibrationFiles;
import dev.formcheck.kinematics.KinematicFrame;
import dev.formcheck.kinematics.NeutralPosture;
import dev.formcheck.kinematics.SpineMethod;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** The workout session owns the sets: when they start and end, their reps and the rest between them. */
class WorkoutSessionTest {
    private static WorkoutSession squats() {
        return new WorkoutSession(new ExerciseJudging("squat", Load.BODYWEIGHT, CalibrationFiles.defaults(),
                NeutralPosture.defaults()), WorkoutSettings.defaults());
    }

    private static List<WorkoutSession.Update> feed(WorkoutSession session, List<KinematicFrame> frames) {
        List<WorkoutSession.Update> updates = new ArrayList<>();
        frames.forEach(f -> updates.add(session.next(f)));
        return updates;
    }

    @Test
    void aPauseLongerThanTheSettingEndsTheSetAndTheRestIsMeasuredToTheNextSet() {
        WorkoutSession session = squats();
        // three reps from 2 s (each 2 s, 1 s apart), 20 s standing, then two reps from 31 s
        List<WorkoutSession.Update> updates = feed(session, SquatFrames.squats(0, 42, 4, 2, 5, 8, 31, 34));

        List<SetRecord> ended = updates.stream().flatMap(u -> u.setEnded().stream()).toList();
        assertThat(ended).singleElement().satisfies(set -> {
            assertThat(set.index()).isEqualTo(1);
            assertThat(set.reps()).isEqualTo(3);
            assertThat(set.startMicros() / 1e6).isCloseTo(2, within(0.5));
            assertThat(set.endMicros() / 1e6).isCloseTo(10, within(0.5));
            assertThat(set.restBeforeMicros()).isZero();
        });
        WorkoutSession.Update resting = updates.get((int) (20 * SquatFrames.FPS));
        assertThat(resting.phase()).isEqualTo(WorkoutSession.Phase.RESTING);
        assertThat(resting.repsInSet()).isEqualTo(3);
        assertThat(resting.restMicros() / 1e6).isCloseTo(10, within(0.5));
        assertThat(updates.get(updates.size() - 1).phase()).isEqualTo(WorkoutSession.Phase.IN_SET);

        WorkoutRecord record = session.finish();
        assertThat(record.schemaVersion()).isEqualTo(WorkoutRecord.SCHEMA_VERSION);
        assertThat(record.exercise()).isEqualTo("squat");
        assertThat(record.sets()).extracting(SetRecord::reps).containsExactly(3, 2);
        assertThat(record.totalReps()).isEqualTo(5);
        // the reps start and end where the thigh crosses the engine's thresholds, a little inside the 10..31 s gap
        assertThat(record.sets().get(1).restBeforeMicros() / 1e6).isBetween(20.0, 22.0);
        assertThat(session.result()).hasValueSatisfying(r -> assertThat(r.reps()).hasSize(5));
    }

    /**
     * Deadlifts counted floor to floor (decision 0018): the set-up and three pulls (dips from 2, 5
     * and 8 s: hip 178 to 90 degrees), the clip cut at 11.6 s as the third pull is lowered (hip 120).
     * That pull is counted only as the stream ends, and joins its set as it joins the result.
     */
    @Test
    void aLastRepCountedAsTheStreamEndsJoinsTheSetRecord() {
        WorkoutSession session = new WorkoutSession(new ExerciseJudging("deadlift", Load.BODYWEIGHT,
                CalibrationFiles.defaults(), NeutralPosture.defaults()), WorkoutSettings.defaults());
        List<WorkoutSession.Update> updates = feed(session, SquatFrames.squats(0, 11.6, 4, 2, 5, 8, 11));

        assertThat(updates.get(updates.size() - 1).repsInSet()).as("before the end: the third pull still open").isEqualTo(2);
        WorkoutRecord record = session.finish();
        assertThat(session.result()).hasValueSatisfying(r -> assertThat(r.reps()).hasSize(3));
        assertThat(record.sets()).singleElement().satisfies(set -> {
            assertThat(set.reps()).isEqualTo(3);
            assertThat(set.endMicros() / 1e6).as("ending with the last pull").isCloseTo(11.6, within(0.1));
        });
    }

    @Test
    void aSetDoesNotEndWhileRepsKeepComingWithinThePause() {
        WorkoutSession session = squats();
        List<WorkoutSession.Update> updates = feed(session, SquatFrames.squats(0, 27, 4, 2, 8, 14, 20));

        assertThat(updates).noneMatch(u -> u.setEnded().isPresent());
        assertThat(updates.get(updates.size() - 1).repsInSet()).isEqualTo(4);
        assertThat(session.finish().sets()).singleElement().satisfies(s -> assertThat(s.reps()).isEqualTo(4));
    }

    @Test
    void nothingBeforeTheFirstRepIsASet() {
        WorkoutSession session = squats();
        List<WorkoutSession.Update> updates = feed(session, SquatFrames.squats(0, 20, 4));

        assertThat(updates).allMatch(u -> u.phase() == WorkoutSession.Phase.WAITING && u.setIndex() == 0);
        assertThat(session.finish().sets()).isEmpty();
    }

    @Test
    void theSetKeepsItsWorstSpineReadingAndTheEstimateThatGaveIt() {
        WorkoutSession session = squats();
        List<KinematicFrame> frames = new ArrayList<>(SquatFrames.squats(0, 6, 4, 2));
        frames.add(SquatFrames.frame(6_100_000, 80, 9));
        frames.addAll(SquatFrames.squats(6.2, 20, 4, 7));
        feed(session, frames);

        SetRecord set = session.finish().sets().get(0);
        assertThat(set.worstSpine()).hasValueSatisfying(w -> {
            assertThat(w.flexionDegrees()).isEqualTo(9);
            assertThat(w.method()).isEqualTo(SpineMethod.KEYPOINT_HEAD_LINE_AND_HIP_RANGE);
            assertThat(w.atMicros()).isEqualTo(6_100_000);
        });
    }

    @Test
    void aBackRoundingMoreRepAfterRepIsAFormBreakdownSaidFromTheRepItBeganAndKeptWithTheSet() {
        WorkoutSession session = squats();
        double[] spinePerRep = {2, 2, 11, 12, 13, 13};
        List<KinematicFrame> frames = new ArrayList<>();
        for (int i = 0; i < spinePerRep.length; i++) {
            frames.addAll(SquatFrames.squats(3 * i, 3 * i + 3 - 1 / SquatFrames.FPS, spinePerRep[i], 3 * i + 1));
        }
        frames.addAll(SquatFrames.squats(18, 30, 2));
        List<WorkoutSession.Update> updates = feed(session, frames);

        WorkoutSession.Update first = updates.stream().filter(u -> u.formBreakdown().isPresent()).findFirst().orElseThrow();
        assertThat(first.repsInSet()).as("seen as the third worse rep in a row is counted").isEqualTo(5);
        assertThat(first.formBreakdown().get().fromRep()).isEqualTo(3);
        assertThat(first.formBreakdown().get().measure()).isEqualTo(dev.formcheck.analysis.exercise.FormBreakdown.Measure.BACK_ROUNDING);
        assertThat(updates.stream().filter(u -> u.phase() == WorkoutSession.Phase.RESTING))
                .as("a breakdown belongs to its set").allMatch(u -> u.formBreakdown().isEmpty());
        SetRecord set = session.finish().sets().get(0);
        assertThat(set.reps()).isEqualTo(6);
        assertThat(set.formBreakdown()).hasValueSatisfying(b -> assertThat(b.fromRep()).isEqualTo(3));
    }

    @Test
    void aBreakdownInTheSecondSetNamesTheRepAsTheSetCountsIt() {
        WorkoutSession session = squats();
        List<KinematicFrame> frames = new ArrayList<>(SquatFrames.squats(0, 10, 2, 1, 4));
        frames.addAll(SquatFrames.squats(10 + 1 / SquatFrames.FPS, 25, 2)); // a rest ends set 1
        double[] spinePerRep = {2, 2, 11, 12, 13};
        for (int i = 0; i < spinePerRep.length; i++) {
            double from = 25 + 3 * i + 1 / SquatFrames.FPS;
            frames.addAll(SquatFrames.squats(from, 25 + 3 * i + 3, spinePerRep[i], 25 + 3 * i + 1));
        }
        feed(session, frames);
        List<SetRecord> sets = session.finish().sets();
        assertThat(sets).hasSize(2);
        assertThat(sets.get(1).formBreakdown()).hasValueSatisfying(b -> assertThat(b.fromRep())
                .as("rep 3 of set 2, not the workout's rep 5").isEqualTo(3));
    }

    @Test
    void aSteadySetDoesNotBreakDown() {
        WorkoutSession session = squats();
        List<WorkoutSession.Update> updates = feed(session, SquatFrames.squats(0, 30, 4, 1, 4, 7, 10, 13, 16));
        assertThat(updates).allMatch(u -> u.formBreakdown().isEmpty());
        assertThat(session.finish().sets().get(0).formBreakdown()).isEmpty();
    }

    @Test
    void framesOutOfTimeOrderAreRefusedWithTheTimes() {
        WorkoutSession session = squats();
        session.next(SquatFrames.frame(2_000_000, 88, 0));

        assertThatThrownBy(() -> session.next(SquatFrames.frame(1_000_000, 88, 0)))
                .hasMessage("frames must arrive in time order: 1000000 us after 2000000 us");
    }

    @Test
    void aFinishedWorkoutTakesNoMoreFrames() {
        WorkoutSession session = squats();
        session.finish();

        assertThatThrownBy(() -> session.next(SquatFrames.frame(0, 88, 0))).hasMessage("the workout is finished");
    }

    @Test
    void noRepCountsUntilThePersonHasBeenInPositionForTheCountdown() {
        WorkoutSession session = squats();
        PositionCheck.Result away = new PositionCheck.Result(false, "Step back: I can't see your feet");
        PositionCheck.Result in = new PositionCheck.Result(true, "You're in position");
        List<WorkoutSession.Update> updates = new ArrayList<>();
        // a squat at 0.5 s while the feet are cut off, in position from 2 s, another squat at 6 s
        for (KinematicFrame f : SquatFrames.squats(0, 16, 0, 0.5, 6)) {
            updates.add(session.next(f, java.util.Optional.of(f.timestampMicros() < 2_000_000 ? away : in)));
        }
        assertThat(updates.get(0).phase()).isEqualTo(WorkoutSession.Phase.GETTING_READY);
        assertThat(updates.get(0).position()).contains(away);
        assertThat(updates.get(0).countdownMicros()).isZero();
        WorkoutSession.Update counting = updates.get((int) (3 * SquatFrames.FPS));
        assertThat(counting.phase()).isEqualTo(WorkoutSession.Phase.GETTING_READY);
        assertThat(counting.countdownMicros()).isCloseTo(2_000_000L, within(40_000L));
        assertThat(updates.get((int) (5.5 * SquatFrames.FPS)).phase()).isEqualTo(WorkoutSession.Phase.WAITING);
        assertThat(session.finish().totalReps()).as("the squat before counting started is not counted").isEqualTo(1);
    }

    @Test
    void perSideRepsComeFromWhatTheEngineSaysOfEachRep() {
        WorkoutSession session = new WorkoutSession(new ExerciseJudging("squat", Load.BODYWEIGHT, CalibrationFiles.defaults(),
                NeutralPosture.defaults()), WorkoutSettings.defaults(), rep -> java.util.Optional.of(
                        rep.rep().startMicros() < 4_000_000 ? "left" : "right"));
        List<WorkoutSession.Update> updates = feed(session, SquatFrames.squats(0, 9, 0, 1, 3.5, 6));
        assertThat(updates.get(updates.size() - 1).repsBySide()).containsExactly(java.util.Map.entry("left", 2),
                java.util.Map.entry("right", 1));
    }

    @Test
    void byDefaultARepsSideIsTheOneTheEngineGivesIt() {
        var left = new LiveEvent.RepCounted(2_000_000, new dev.formcheck.analysis.exercise.RepResult(1, 0, 1_000_000, 2_000_000,
                "knee angle", 90, 80, java.util.OptionalDouble.empty(), java.util.OptionalDouble.empty(), java.util.Optional.empty(),
                java.util.Optional.of(dev.formcheck.kinematics.BodySide.LEFT)));
        var none = new LiveEvent.RepCounted(2_000_000, new dev.formcheck.analysis.exercise.RepResult(1, 0, 1_000_000, 2_000_000,
                "thigh inclination", 0, 88, java.util.OptionalDouble.empty(), java.util.OptionalDouble.empty()));
        assertThat(WorkoutSession.RepSide.FROM_ENGINE.of(left)).contains("left");
        assertThat(WorkoutSession.RepSide.FROM_ENGINE.of(none)).isEmpty();
        assertThat(squats().next(SquatFrames.frame(0, 88, 0)).repsBySide()).as("a squat has no sides").isEmpty();
    }

    @Test
    void aFaultJudgedAsARepCompletesIsFiledUnderThatRepNotTheNext() {
        WorkoutSession session = squats();
        // three quarter squats: each one's depth is judged as it completes
        List<WorkoutSession.Update> updates = feed(session, SquatFrames.squatsTo(35, 0, 14, 4, 2, 5, 8));
        WorkoutSession.Update counted = updates.stream().filter(u -> u.events().stream()
                .anyMatch(e -> e instanceof LiveEvent.Cue c && c.kind() == FlagKind.SHALLOW_DEPTH)).findFirst().orElseThrow();
        // the case this is about: the cue comes in the frame its rep is counted, just after it
        assertThat(counted.events()).first().isInstanceOf(LiveEvent.RepCounted.class);
        assertThat(counted.repsInSet()).isEqualTo(1);

        WorkoutRecord record = session.finish();
        assertThat(record.sets()).singleElement().satisfies(set -> assertThat(set.faults())
                .filteredOn(f -> f.kind() == FlagKind.SHALLOW_DEPTH).extracting(SetRecord.Fault::rep).containsExactly(1, 2, 3));
    }
}
