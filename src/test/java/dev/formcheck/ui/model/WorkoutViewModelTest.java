package dev.formcheck.ui.model;

import dev.formcheck.analysis.exercise.Load;
import dev.formcheck.analysis.thresholds.CalibrationFiles;
import dev.formcheck.feedback.Coach;
import dev.formcheck.kinematics.KinematicFrame;
import dev.formcheck.kinematics.NeutralPosture;
import dev.formcheck.session.ExerciseJudging;
import dev.formcheck.session.SquatFrames;
import dev.formcheck.session.WorkoutSession;
import dev.formcheck.session.WorkoutSettings;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

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
        assertThat(resting.phase()).isEqualTo("Resting 0:12 after set 1");
        assertThat(resting.card()).hasValueSatisfying(c -> {
            assertThat(c.title()).isEqualTo("Set 1 done");
            assertThat(c.lines()).first().asString().startsWith("3 reps in 0:0");
            assertThat(c.lines()).contains("No form faults: well done.");
            assertThat(c.lines()).anyMatch(l -> l.startsWith("Roundest back reading: 2° past your neutral, from body points"));
        });
        assertThat(said).extracting(Coach.Utterance::text).containsExactly("Good set. Your back stayed flat.");
    }

    @Test
    void aRoundedBackShowsItsWarningInWordsIsSpokenOnceAndGoesWhenItIsOver() {
        List<WorkoutScreen> screens = run(SquatFrames.squats(0, 14, 40, 2, 5));

        assertThat(screens).anySatisfy(s -> assertThat(s.warning()).hasValueSatisfying(w -> {
            assertThat(w.title()).isEqualTo("Rounded lower back");
            assertThat(w.cue()).isNotBlank();
        }));
        assertThat(screens.get(screens.size() - 1).warning()).as("gone 4 s after its last cue").isEmpty();
        assertThat(said).as("one cue for the same fault on two reps, and no praise").hasSize(1)
                .allSatisfy(u -> assertThat(u.praise()).isFalse());
    }

    @Test
    void beforeTheFirstRepTheScreenSaysHowToStart() {
        List<WorkoutScreen> screens = run(SquatFrames.squats(0, 1, 0));
        assertThat(screens.get(screens.size() - 1).phase()).isEqualTo("Get into position: the set starts with your first rep");
        assertThat(screens.get(screens.size() - 1).spine()).isEqualTo("Back at your neutral");
    }
}
