package dev.formcheck.analysis.exercise;

import dev.formcheck.analysis.thresholds.CalibrationFiles;
import dev.formcheck.analysis.thresholds.Thresholds;
import dev.formcheck.kinematics.KinematicFrame;
import dev.formcheck.kinematics.Kinematics;
import dev.formcheck.kinematics.NeutralPosture;
import dev.formcheck.pose.Keypoint;
import dev.formcheck.pose.Pose;
import dev.formcheck.synthetic.Anthropometry;
import dev.formcheck.synthetic.Camera;
import dev.formcheck.synthetic.Exercise;
import dev.formcheck.synthetic.ExerciseMotion;
import dev.formcheck.synthetic.ExerciseScenario;
import dev.formcheck.synthetic.ForwardKinematics;
import dev.formcheck.synthetic.Renderer;
import dev.formcheck.synthetic.ScenarioTruth;
import dev.formcheck.synthetic.SyntheticFrame;
import dev.formcheck.synthetic.TrueKeypoint;
import dev.formcheck.synthetic.Visibility;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where a set begins and ends (issue 12, classes 1 and 2), on the synthetic body's true keypoints
 * through kinematics and the engine: no MoveNet, so what is asserted is the counting rule, not
 * the pose model. Side view, 15 frames a second, a small frame (keypoints are what is used).
 */
class SetEdgeScenariosTest {
    private static final Thresholds T = CalibrationFiles.defaults();
    private static final Exercises EXERCISES = Exercises.from(T);
    private static final Anthropometry BODY = Anthropometry.adult();
    private static final Renderer RENDERER = Renderer.withDefaults();
    /** A confident MoveNet keypoint, and what it gives keypoints hidden behind the body (docs/kinematics.md). */
    private static final double SCORE = 0.8;
    private static final double HIDDEN_SCORE = 0.6;

    /** The true keypoints of the scenario's frames from {@code fromSeconds} to {@code toSeconds}, measured as one stream. */
    private static List<KinematicFrame> frames(ExerciseScenario scenario, double fromSeconds, double toSeconds) {
        ExerciseMotion motion = scenario.motion(BODY);
        Camera camera = scenario.camera(320, 240);
        Kinematics kinematics = Kinematics.withDefaults();
        List<KinematicFrame> out = new ArrayList<>();
        for (double t = fromSeconds; t <= Math.min(toSeconds, motion.durationSeconds()); t += 1 / scenario.fps()) {
            long micros = Math.round(t * 1e6);
            SyntheticFrame frame = RENDERER.render(ForwardKinematics.solve(BODY, motion.poseAt(t)), camera, micros);
            List<Keypoint> keypoints = new ArrayList<>();
            for (TrueKeypoint k : frame.keypoints()) {
                double score = k.visibility() == Visibility.VISIBLE ? SCORE : k.visibility() == Visibility.OCCLUDED ? HIDDEN_SCORE : 0;
                keypoints.add(new Keypoint(k.part(), k.x(), k.y(), score));
            }
            out.add(kinematics.measure(new Pose(micros, keypoints)));
        }
        return out;
    }

    private static ExerciseResult analyze(String exercise, List<KinematicFrame> frames) {
        ExerciseAnalyzer a = new ExerciseAnalyzer(EXERCISES.get(exercise),
                AnalysisSettings.of(T, Load.BODYWEIGHT, NeutralPosture.defaults()));
        frames.forEach(a::next);
        return a.finish();
    }

    @Test
    void aDeadliftSeenFirstWithTheBarOnTheFloorCountsItsFirstPull() {
        ExerciseScenario scenario = ExerciseScenario.of(Exercise.DEADLIFT).withReps(4).withFps(15);
        ScenarioTruth truth = scenario.motion(BODY).truth();
        // The clip starts at the first rep's bottom, the bar on the floor, and ends after the set.
        double start = truth.reps().get(0).bottomSeconds();
        List<KinematicFrame> fromTheFloor = frames(scenario, start, truth.durationSeconds());

        ExerciseResult deadlift = analyze("deadlift", fromTheFloor);
        ExerciseResult rdl = analyze("romanian-deadlift", fromTheFloor);

        assertThat(deadlift.reps()).as("floor, lockout, floor: every pull counted").hasSize(4);
        assertThat(deadlift.reps().get(0).startMicros()).isLessThan(Math.round(truth.reps().get(0).endSeconds() * 1e6));
        assertThat(rdl.reps()).as("a Romanian deadlift starts standing: one seen first at the bottom loses it")
                .hasSize(3);
        assertThat(deadlift.flags()).isEmpty();
    }
}
