package dev.formcheck.ui.model;

import dev.formcheck.analysis.exercise.Load;
import dev.formcheck.analysis.thresholds.CalibrationFiles;
import dev.formcheck.feedback.Coach;
import dev.formcheck.kinematics.KinematicFrame;
import dev.formcheck.kinematics.NeutralPosture;
import dev.formcheck.session.ExerciseJudging;
import dev.formcheck.session.PositionCheck;
import dev.formcheck.session.SquatFrames;
import dev.formcheck.session.WorkoutSession;
import dev.formcheck.session.WorkoutSettings;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The workout screen's decisions, without a display: counter, phase, warning, card, what is spoken. */
class WorkoutViewModelTest {
    private final List<Coach.Utterance> said = new ArrayList<>();

    private List<WorkoutScreen> run(List<KinematicFrame> frames) {
        ExerciseJudging judging = new ExerciseJudging("squat", Load.BODYWEIGHT, CalibrationFiles.defaults(),
                NeutralPosture.defaults());
        WorkoutSession session = new WorkoutSession(judging, WorkoutSettings.defaults());
        WorkoutViewModel vm = new WorkoutViewModel(judging, said::add);
        List<WorkoutScreen> screens = new ArrayList<>();
        long nanos = 0;
        for (KinematicFrame f : frames) {
            nanos += 33_333_333;
            screens.add(vm.onFrame(session.next(f), 12, nanos));
        }
        return screens;
    }

    @Test
    void cleanRepsCountUpThenTheSetsCardAppearsAndACleanSetIsPraisedOnce() {
        List<WorkoutScreen> screens = run(SquatFrames.squats(0, 22, 2, 2, 5, 8));

        WorkoutScreen during = screens.get((int) (9 * SquatFrames.FPS));
        assertThat(during.exercise()).isEqualTo("Squat");
        assertThat(during.counterLabel()).isEqualTo("Reps");
        assertThat(during.counter()).isEqualTo("2");
        assertThat(during.phase()).isEqualTo("Set 1");
        assertThat(during.warning()).isEmpty();
        assertThat(during.card()).isEmpty();
        assertThat(during.hip()).matches("Hip \\d+°");
        assertThat(during.status()).isEqualTo("30.0 frames/s · pose 12 ms a frame");

        WorkoutScreen resting = screens.get(screens.size() - 1);
        assertThat(resting.counter()).isEqualTo("3");
        // the rest counts from the last rep's end (about 10 s), not from when the pause ended the set (18 s)
        assertThat(resting.phase()).isEqualTo("Rest: 0:48 left after set 1");
        assertThat(resting.card()).hasValueSatisfying(c -> {
            assertThat(c.title()).isEqualTo("Set 1 done");
            assertThat(c.lines()).first().asString().startsWith("3 reps in 0:0");
            assertThat(c.lines()).contains("No form faults: well done.");
            // a clean set's reading reassures: it is not put as a warning
            assertThat(c.lines()).noneMatch(l -> l.startsWith("Roundest back reading"))
                    .anyMatch(l -> l.startsWith("Your back stayed within its limit — at most 2° from your neutral, read from body points"));
        });
        assertThat(said).extracting(Coach.Utterance::text).containsExactly("Good set. Your back stayed flat.");
    }

    @Test
    void formBreakingDownSaysStopTheSetOnceShowsWhyAndTheCardNamesTheRep() {
        double[] spinePerRep = {2, 2, 11, 12, 13, 13};
        List<KinematicFrame> frames = new ArrayList<>();
        for (int i = 0; i < spinePerRep.length; i++) {
            frames.addAll(SquatFrames.squats(3 * i, 3 * i + 3 - 1 / SquatFrames.FPS, spinePerRep[i], 3 * i + 1));
        }
        frames.addAll(SquatFrames.squats(18, 30, 2));
        List<WorkoutScreen> screens = run(frames);

        assertThat(said).extracting(Coach.Utterance::text).as("said once, and the set is not praised")
                .containsExactly(Coach.STOP_THE_SET);
        assertThat(screens).anySatisfy(s -> assertThat(s.warning()).hasValueSatisfying(w -> {
            assertThat(w.title()).isEqualTo("Stop the set");
            assertThat(w.cue()).isEqualTo("Form broke down from rep 3: your back rounded more rep after rep "
                    + "(reaching 13° past neutral, against 2° in your first reps)");
        }));
        assertThat(screens.get(screens.size() - 1).card()).hasValueSatisfying(c -> assertThat(c.lines())
                .doesNotContain("No form faults: well done.")
                .contains("Form broke down from rep 3: your back rounded more rep after rep (reaching 13° past neutral, "
                        + "against 2° in your first reps). Next time, stop the set there."));
    }

    @Test
    void aRoundedBackShowsItsWarningInWordsIsSpokenOnceAndGoesWhenItIsOver() {
        List<WorkoutScreen> screens = run(SquatFrames.squats(0, 18, 40, 2, 5));

        assertThat(screens).anySatisfy(s -> assertThat(s.warning()).hasValueSatisfying(w -> {
            assertThat(w.title()).isEqualTo("Rounded lower back");
            assertThat(w.cue()).isNotBlank();
        }));
        assertThat(screens.get(screens.size() - 1).warning()).as("gone 4 s after its last cue").isEmpty();
        assertThat(said).as("one cue for the same fault on two reps, and no praise").hasSize(1)
                .allSatisfy(u -> assertThat(u.praise()).isFalse());
        WorkoutScreen after = screens.get(screens.size() - 1);
        assertThat(after.card()).hasValueSatisfying(c -> assertThat(c.lines())
                .contains("Rep 1: Rounded lower back").anyMatch(l -> l.startsWith("Roundest back reading: 40° past your neutral")));
    }

    @Test
    void handsFreeTheScreenAndTheVoiceSayWhatToFixThenCountDownThenGo() {
        ExerciseJudging judging = new ExerciseJudging("squat", Load.BODYWEIGHT, CalibrationFiles.defaults(),
                NeutralPosture.defaults());
        WorkoutSession session = new WorkoutSession(judging, WorkoutSettings.defaults());
        WorkoutViewModel vm = new WorkoutViewModel(judging, said::add, true);
        List<WorkoutScreen> screens = new ArrayList<>();
        Optional<PositionCheck.Result> feetCut = Optional.of(new PositionCheck.Result(false, "Step back: I can't see your feet"));
        Optional<PositionCheck.Result> fine = Optional.of(new PositionCheck.Result(true, "You're in position"));
        long nanos = 0;
        for (KinematicFrame f : SquatFrames.squats(0, 12, 0, 6, 9)) {
            nanos += 33_333_333;
            Optional<PositionCheck.Result> check = f.timestampMicros() < 1_000_000 ? feetCut : fine;
            screens.add(vm.onFrame(session.next(f, check), 12, nanos));
        }
        WorkoutScreen first = screens.get(0);
        assertThat(first.phase()).isEqualTo("Get into position");
        assertThat(first.setup()).contains(new WorkoutScreen.Setup("Step back: I can't see your feet", false));
        WorkoutScreen counting = screens.get((int) (2.5 * SquatFrames.FPS));
        assertThat(counting.phase()).isEqualTo("Counting starts in 2 s");
        assertThat(counting.setup()).contains(new WorkoutScreen.Setup("You're in position: hold still", true));
        assertThat(screens.get((int) (4.5 * SquatFrames.FPS)).phase()).isEqualTo("Counting: the set starts with your first rep");
        assertThat(screens.get(screens.size() - 1).counter()).isEqualTo("2");
        // the fix once, the countdown's numbers, "Go", then each rep's number (the option is on)
        assertThat(said).extracting(Coach.Utterance::text)
                .containsExactly("Step back: I can't see your feet", "3", "2", "1", "Go", "1", "2");
    }

    @Test
    void aRestTimerCountsDownAndSaysWhenTheRestIsOver() {
        ExerciseJudging judging = new ExerciseJudging("squat", Load.BODYWEIGHT, CalibrationFiles.defaults(),
                NeutralPosture.defaults());
        WorkoutSession session = new WorkoutSession(judging, new WorkoutSettings(8_000_000, 0, 20_000_000));
        WorkoutViewModel vm = new WorkoutViewModel(judging, said::add);
        WorkoutScreen last = null;
        long nanos = 0;
        List<String> phases = new ArrayList<>();
        for (KinematicFrame f : SquatFrames.squats(0, 32, 0, 1, 4, 7)) {
            nanos += 33_333_333;
            last = vm.onFrame(session.next(f), 12, nanos);
            phases.add(last.phase());
        }
        assertThat(phases).contains("Rest: 0:05 left after set 1");
        assertThat(last.phase()).startsWith("Rest over (0:2").endsWith("): start set 2 when you're ready");
        assertThat(said).extracting(Coach.Utterance::text).containsExactly("Good set. Your back stayed flat.", "Rest over");
    }

    @Test
    void perSideCountsShowWhatTheEngineSaysOfEachRepsSide() {
        assertThat(WorkoutViewModel.sides(java.util.Map.of())).isEmpty();
        java.util.Map<String, Integer> bySide = new java.util.LinkedHashMap<>();
        bySide.put("left", 4);
        bySide.put("right", 3);
        assertThat(WorkoutViewModel.sides(bySide)).contains("Left 4 · Right 3");
    }

    @Test
    void beforeTheFirstRepTheScreenSaysHowToStart() {
        List<WorkoutScreen> screens = run(SquatFrames.squats(0, 1, 0));
        assertThat(screens.get(screens.size() - 1).phase()).isEqualTo("Counting: the set starts with your first rep");
        assertThat(screens.get(screens.size() - 1).spine()).isEqualTo("Back at your neutral");
    }
}
