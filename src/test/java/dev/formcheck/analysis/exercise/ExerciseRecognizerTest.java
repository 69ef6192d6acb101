package dev.formcheck.analysis.exercise;

import dev.formcheck.analysis.thresholds.CalibrationFiles;
import dev.formcheck.analysis.thresholds.Thresholds;
import dev.formcheck.kinematics.KinematicFrame;
import dev.formcheck.kinematics.NeutralPosture;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code --exercise auto} on hand-made movements, and a session replaying what came before it knew. */
class ExerciseRecognizerTest {
    private static final Thresholds T = CalibrationFiles.defaults();
    private static final Exercises EXERCISES = Exercises.from(T);
    private static final AnalysisSettings SETTINGS = AnalysisSettings.of(T, Load.BODYWEIGHT, NeutralPosture.defaults());
    private static final ExerciseRecognizer RECOGNIZER = new ExerciseRecognizer(EXERCISES, T, SETTINGS);

    private static Optional<String> recognize(List<KinematicFrame> frames) {
        return RECOGNIZER.recognize(frames, 2, true);
    }

    /** Standing reps of the hip and knee, with this trunk lean and knee at the bottom. */
    private static List<KinematicFrame> standingReps(double hipBottom, double kneeBottom, double trunkBottom, double thighBottom) {
        return Frames.series(0, 12, 30, t -> {
            double depth = (178 - Motions.reps(t, 2, 2, 1, 178, 0, 0, 0)) / 178; // 0..1 of the way down
            double p = Motions.reps(t, 2, 2, 1, 1, 0, 0, 0); // 1 standing .. 0 at the bottom
            return Frames.at(t).standing().hip(hipBottom + (178 - hipBottom) * p).knee(kneeBottom + (176 - kneeBottom) * p)
                    .trunk(trunkBottom * (1 - p)).thigh(thighBottom + (88 - thighBottom) * p).incline(88 - 10 * (1 - p));
        });
    }

    @Test
    void standingRepsWithAnUprightTrunkOrDeepKneesAreSquats() {
        assertThat(recognize(standingReps(80, 70, 35, 0))).contains("squat");
        assertThat(recognize(standingReps(60, 65, 50, 5))).as("a deep goblet squat leans 45-50 deg").contains("squat");
    }

    @Test
    void hingesAreNamedByTheirKnees() {
        assertThat(recognize(standingReps(100, 165, 75, 80))).contains("romanian-deadlift");
        assertThat(recognize(standingReps(90, 115, 65, 50))).contains("deadlift");
        assertThat(recognize(standingReps(62, 84, 49, 20))).as("our rendered deadlift: knees 83-85, trunk 48-50")
                .contains("deadlift");
        assertThat(recognize(standingReps(130, 145, 50, 75))).contains("hip-hinge");
    }

    @Test
    void aBottomIsReadNearTheTurningPointNeverFromStandingFramesSecondsAway() {
        // A deadlift whose trunk and knee are lost in the lower half of each rep (an oblique camera, a
        // loose shirt): the nearest measured frames are the standing ones, an upright trunk, and were
        // once read as the bottom's, naming it a squat (issue 12, class 3).
        List<KinematicFrame> frames = Frames.series(0, 12, 30, t -> {
            double p = Motions.reps(t, 2, 2, 1, 1, 0, 0, 0); // 1 standing .. 0 at the bottom
            Frames f = Frames.at(t).standing().hip(70 + 108 * p).thigh(30 + 58 * p).incline(88 - 10 * (1 - p));
            return p > 0.5 ? f.trunk(50 * (1 - p)).knee(90 + 86 * p) : f.withoutTrunkOrKnee();
        });
        assertThat(recognize(frames)).isPresent().get().isNotEqualTo("squat");
    }

    @Test
    void pushUpsAreRepsOfTheElbowsLyingDown() {
        List<KinematicFrame> frames = Frames.series(0, 14, 30,
                t -> Frames.at(t).lying(Motions.reps(t, 2, 1.5, 0.8, 170, 80, 80, 80, 80)));

        assertThat(recognize(frames)).contains("push-up");
    }

    @Test
    void aHoldLyingDownIsAPlankOrAHighPlankByTheArms() {
        assertThat(recognize(Frames.series(0, 15, 30, t -> Frames.at(t).lying(90)))).contains("plank");
        assertThat(recognize(Frames.series(0, 15, 30, t -> Frames.at(t).lying(172)))).contains("high-plank");
    }

    @Test
    void standingStillIsNothing() {
        assertThat(recognize(Frames.series(0, 15, 30, t -> Frames.at(t).standing()))).isEmpty();
    }

    @Test
    void aLiveSessionWaitsForPushUpsBeforeCallingTheirSetUpAPlank() {
        // 3 s in the plank position, then push-ups: a live session must not lock in "plank" at once.
        List<KinematicFrame> frames = Frames.series(0, 20, 30,
                t -> Frames.at(t).lying(Motions.reps(t, 3, 1.5, 0.8, 170, 80, 80, 80, 80, 80, 80)));
        ExerciseSession session = ExerciseSession.of(ExerciseSession.AUTO, EXERCISES, RECOGNIZER, SETTINGS);
        List<LiveEvent> counted = new java.util.ArrayList<>();
        for (KinematicFrame f : frames) {
            session.next(f).stream().filter(e -> e instanceof LiveEvent.RepCounted).forEach(counted::add);
        }

        ExerciseResult r = session.finish().orElseThrow();
        assertThat(r.exercise()).isEqualTo("push-up");
        assertThat(r.recognized()).isTrue();
        assertThat(r.reps()).as("every rep from the start, replayed once recognised").hasSize(6);
        assertThat(counted).hasSize(6);
    }

    @Test
    void aLiveSessionStillRecognisesOnceItsBufferIsFull() {
        // Over two minutes of standing fill the buffer (its oldest frames are dropped), then push-ups.
        double pushUpsFrom = 135;
        List<KinematicFrame> frames = Frames.series(0, pushUpsFrom + 12, 30, t -> t < pushUpsFrom
                ? Frames.at(t).standing()
                : Frames.at(t).lying(Motions.reps(t, pushUpsFrom + 1, 1.5, 0.8, 170, 80, 80, 80, 80)));
        ExerciseSession session = ExerciseSession.of(ExerciseSession.AUTO, EXERCISES, RECOGNIZER, SETTINGS);
        frames.forEach(session::next);

        assertThat(session.exercise()).as("recognised live, before the end").contains("push-up");
        assertThat(session.finish().orElseThrow().reps()).hasSize(4);
    }

    @Test
    void theUsersChoiceWinsAndIsNotMarkedRecognised() {
        List<KinematicFrame> frames = Frames.series(0, 15, 30, t -> Frames.at(t).lying(90));
        ExerciseSession session = ExerciseSession.of("high-plank", EXERCISES, RECOGNIZER, SETTINGS);
        frames.forEach(session::next);

        ExerciseResult r = session.finish().orElseThrow();
        assertThat(r.exercise()).isEqualTo("high-plank");
        assertThat(r.recognized()).isFalse();
    }
}
