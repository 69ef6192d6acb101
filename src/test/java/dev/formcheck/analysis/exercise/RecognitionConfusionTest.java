package dev.formcheck.analysis.exercise;

import dev.formcheck.analysis.thresholds.CalibrationFiles;
import dev.formcheck.analysis.thresholds.Thresholds;
import dev.formcheck.kinematics.KinematicFrame;
import dev.formcheck.kinematics.NeutralPosture;
import dev.formcheck.synthetic.Exercise;
import dev.formcheck.synthetic.ExerciseScenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code --exercise auto} on the synthetic clips' true keypoints by camera (issue 12, class 3; issue
 * 14): the confusion table in docs/validation.md ("Recognition by view") is what this prints.
 */
class RecognitionConfusionTest {
    private static final Thresholds T = CalibrationFiles.defaults();
    private static final AnalysisSettings SETTINGS = AnalysisSettings.of(T, Load.BODYWEIGHT, NeutralPosture.defaults());
    private static final ExerciseRecognizer RECOGNIZER = new ExerciseRecognizer(Exercises.from(T), T, SETTINGS);

    private static Map<Exercise, String> namedFrom(double azimuth) {
        Map<Exercise, String> named = new EnumMap<>(Exercise.class);
        for (Exercise e : Exercise.values()) {
            if (!inAuto(e)) {
                continue;
            }
            ExerciseScenario s = ExerciseScenario.of(e).withFps(15).withCameraAzimuth(azimuth);
            s = e == Exercise.PLANK || e == Exercise.HIGH_PLANK ? s.withHoldSeconds(10) : s.withReps(4);
            named.put(e, RECOGNIZER.recognize(TrueKeypointStreams.frames(s), 1, true).orElse("nothing"));
        }
        System.err.println("auto from azimuth " + azimuth + ": " + named);
        return named;
    }

    /**
     * The bird-dog and the dead bug declare no recognition, so `auto` never names them (decision
     * 0062); what it calls them instead is measured in {@link #whatAutoCallsTheExercisesNotInIt}.
     */
    private static boolean inAuto(Exercise e) {
        return e != Exercise.BIRD_DOG && e != Exercise.DEAD_BUG;
    }

    /**
     * Measured, not met (docs/validation.md): side-on, `auto` names the synthetic bird-dog a push-up
     * (lying face down, the elbows of the support arm cycling as the other reaches) and the dead bug
     * an overhead press (an arm going overhead at the turning points). Asserted: it names them
     * something only from the exercises in `auto`, never a hinge or a squat.
     */
    @Test
    void whatAutoCallsTheExercisesNotInIt() {
        for (Exercise e : List.of(Exercise.BIRD_DOG, Exercise.DEAD_BUG)) {
            String named = RECOGNIZER.recognize(TrueKeypointStreams.frames(ExerciseScenario.of(e).withFps(15).withReps(4)), 1, true)
                    .orElse("nothing");
            System.err.println("auto on the " + e.id() + ": " + named);
            assertThat(named).as(e.id()).isNotIn("squat", "hip-hinge", "deadlift", "romanian-deadlift", "lunge");
        }
    }

    private static String name(Exercise e) {
        return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @Test
    void sideOnEveryExerciseIsNamedRight() {
        namedFrom(90).forEach((e, named) -> assertThat(named).as(e.name()).isEqualTo(name(e)));
    }

    @Test
    void fromTheFrontPushUpsAndHingesAreNamedAndNothingElseWrongly() {
        // a squat by its thigh and hands; a push-up by its shoulders' drop, the hinges by the trunk's foreshortening
        // and the thigh (decision 0019): before, the last four were named nothing from the front
        Map<Exercise, String> front = namedFrom(0);
        for (Exercise e : List.of(Exercise.SQUAT, Exercise.PUSH_UP, Exercise.DEADLIFT, Exercise.ROMANIAN_DEADLIFT,
                Exercise.HIP_HINGE)) {
            assertThat(front.get(e)).as(e.name()).isEqualTo(name(e));
        }
        assertThat(front.entrySet()).as("the rest are named nothing from the front, none wrongly")
                .allMatch(x -> x.getValue().equals(name(x.getKey())) || x.getValue().equals("nothing"));
    }

    @Test
    void fromSixtyDegreesOffTheFrontADeadliftIsNamedByItsHandsNotItsThigh() {
        // its thigh reads 29-31 deg there, as deep as a squat's from the front; its hands at the shins (36-38) say
        // it is no squat (recognition.squat.front_hand_min): named a squat before (issue 12, class 3)
        Map<Exercise, String> sixty = namedFrom(60);
        assertThat(sixty.get(Exercise.DEADLIFT)).isEqualTo("deadlift");
        assertThat(sixty.get(Exercise.SQUAT)).isEqualTo("squat");
        assertThat(sixty.entrySet().stream().filter(x -> x.getValue().equals("squat")).map(Map.Entry::getKey))
                .containsExactly(Exercise.SQUAT);
    }

    /**
     * Obliquely the hip angle is foreshortened (the Romanian deadlift's 84-88 deg read 109-110 at 45
     * deg, past {@code recognition.romanian-deadlift.hip_max}), and from 30 deg the trunk's apparent
     * length is lengthened by its sideways swing (55 deg of lean read for 73): the Romanian deadlift
     * was named a hip-hinge from 30 to 60 deg. Its trunk's height in the image against the lockout
     * before each rep says how far it leans (decision 0080: 72 and 70 deg at 30 and 45, the hinge
     * drill 51 and 46, the deadlift 51); the other names stay. From 60 deg it is still a hip-hinge,
     * measured: seen mostly side-on there its hip reads 100.7 against 100, and its height 52 deg.
     */
    @ParameterizedTest
    @ValueSource(doubles = {30, 45})
    void obliquelyARomanianDeadliftIsNamedByItsTrunksHeightNotItsForeshortenedHip(double azimuth) {
        Map<Exercise, String> named = namedFrom(azimuth);
        for (Exercise e : List.of(Exercise.ROMANIAN_DEADLIFT, Exercise.HIP_HINGE, Exercise.DEADLIFT, Exercise.SQUAT,
                Exercise.PUSH_UP)) {
            assertThat(named.get(e)).as("%s from %.0f deg", e.name(), azimuth).isEqualTo(name(e));
        }
    }

    @Test
    void elbowsCyclingInAPlankArePushUpsNotAHold() {
        // Shallow push-ups: 165 down to 125 deg, never deep enough to count (push-up.elbow.bottom_max 110).
        List<KinematicFrame> shallow = Frames.series(0, 15, 30,
                t -> Frames.at(t).lying(Motions.reps(t, 2, 1.5, 0.8, 165, 125, 125, 125, 125, 125)));
        List<KinematicFrame> still = Frames.series(0, 15, 30, t -> Frames.at(t).lying(90 + 3 * Math.sin(t)));

        assertThat(RECOGNIZER.recognize(shallow, 1, true)).contains("push-up");
        assertThat(RECOGNIZER.recognize(still, 1, true)).contains("plank");
    }

    @Test
    void anObliqueViewIsReported() {
        Map<Exercise, String> oblique = namedFrom(45);
        assertThat(oblique).hasSize(Exercise.values().length - 2); // printed for docs/validation.md; see there
        Optional.of(oblique.get(Exercise.SQUAT)).ifPresent(n -> assertThat(n).isIn("squat", "nothing"));
        // its trunk's 50 deg lean reads 32 from 45 deg, under the side-on squat rule's 45: named a squat until
        // the side-on rules were kept to side-on reps (issue 12, class 3)
        assertThat(oblique.get(Exercise.DEADLIFT)).isIn("deadlift", "nothing");
    }
}
