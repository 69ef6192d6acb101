package dev.formcheck.analysis.exercise;

import dev.formcheck.analysis.thresholds.CalibrationFiles;
import dev.formcheck.analysis.thresholds.Thresholds;
import dev.formcheck.kinematics.KinematicFrame;
import dev.formcheck.kinematics.NeutralPosture;
import dev.formcheck.synthetic.Exercise;
import dev.formcheck.synthetic.ExerciseScenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Push-ups and hinges filmed from the front (issue 12, class 3; decision 0019), on the rendered
 * body's true keypoints from the scenarios' own front camera: the elbow and the hip angle are
 * side-on measurements, so before, these counted no reps and were named nothing. Now the shoulders'
 * drop towards the hands counts a push-up and the trunk's foreshortening a hinge, each as the
 * side-on angle it implies, so the exercise files' phase thresholds serve both views.
 */
class FrontViewScenariosTest {
    private static final Thresholds T = CalibrationFiles.defaults();
    private static final AnalysisSettings SETTINGS = AnalysisSettings.of(T, Load.BODYWEIGHT, NeutralPosture.defaults());
    private static final Exercises EXERCISES = Exercises.from(T);

    private static List<KinematicFrame> fromTheFront(Exercise exercise) {
        return TrueKeypointStreams.frames(ExerciseScenario.of(exercise).withFps(15).withCameraAzimuth(0).withReps(4));
    }

    private static ExerciseResult analyze(String exercise, List<KinematicFrame> frames) {
        ExerciseAnalyzer a = new ExerciseAnalyzer(EXERCISES.get(exercise), SETTINGS);
        frames.forEach(a::next);
        return a.finish();
    }

    @ParameterizedTest
    @CsvSource({"PUSH_UP, push-up", "ROMANIAN_DEADLIFT, romanian-deadlift", "DEADLIFT, deadlift", "HIP_HINGE, hip-hinge"})
    void aSetFilmedFromTheFrontIsCountedAndNamedWithoutAFlag(Exercise exercise, String name) {
        List<KinematicFrame> frames = fromTheFront(exercise);

        ExerciseResult named = analyze(name, frames);

        assertThat(named.reps()).as("%s from the front, by name", name).hasSize(4);
        assertThat(named.flags()).as("%s: clean reps", name).isEmpty();
        assertThat(new ExerciseRecognizer(EXERCISES, T, SETTINGS).recognize(frames, 1, true)).as("auto").contains(name);
    }

    @Test
    void thePushUpsCountIsTheShouldersDropNotTheForeshortenedElbow() {
        List<KinematicFrame> frames = fromTheFront(Exercise.PUSH_UP);
        double lowest = frames.stream().map(FrameQuantity.ELBOW_FROM_SHOULDER_DROP::of).filter(m -> m.isPresent())
                .mapToDouble(m -> m.valueIfPresent().getAsDouble()).min().orElseThrow();
        double lowestSeen = frames.stream().map(FrameQuantity.NEAR_ELBOW::of).filter(m -> m.isPresent())
                .mapToDouble(m -> m.valueIfPresent().getAsDouble()).min().orElseThrow();

        assertThat(lowest).as("the drop says the elbows bend past push-up.elbow.bottom_max").isLessThan(T.degrees("push-up.elbow.bottom_max"));
        assertThat(lowestSeen).as("the elbow's angle in the image barely bends from the front").isGreaterThan(150);
    }

    @Test
    void aStandingTrunkReadsUprightAndARomanianDeadliftsBottomFarLeaned() {
        List<KinematicFrame> frames = fromTheFront(Exercise.ROMANIAN_DEADLIFT);
        double[] leans = frames.stream().map(FrameQuantity.FRONT_TRUNK_LEAN::of).filter(m -> m.isPresent())
                .mapToDouble(m -> m.valueIfPresent().getAsDouble()).sorted().toArray();

        assertThat(leans[leans.length / 4]).as("standing for most of the clip").isLessThan(10);
        assertThat(leans[leans.length - 1]).as("the bottoms").isGreaterThan(T.degrees("recognition.romanian-deadlift.front_lean_min"));
    }
}
