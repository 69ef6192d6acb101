package dev.formcheck.ui.model;

import dev.formcheck.feedback.JointClarity;

import dev.formcheck.analysis.exercise.Load;
import dev.formcheck.analysis.thresholds.CalibrationFiles;
import dev.formcheck.feedback.Coach;
import dev.formcheck.kinematics.BodySide;
import dev.formcheck.kinematics.KinematicFrame;
import dev.formcheck.kinematics.NeutralPosture;
import dev.formcheck.pose.BodyPart;
import dev.formcheck.pose.Keypoint;
import dev.formcheck.pose.Pose;
import dev.formcheck.session.ExerciseJudging;
import dev.formcheck.session.SquatFrames;
import dev.formcheck.session.WorkoutSession;
import dev.formcheck.session.WorkoutSettings;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A joint angle is a number only from keypoints the model was sure of ({@code angles.shown_min_score},
 * 0.4): the shared push-up's backlit arm (weakest keypoint 0.32, an elbow of 5°) reads "not seen".
 */
class JointClarityTest {
    private static final JointClarity CLARITY = new JointClarity(CalibrationFiles.defaults());

    /** Every keypoint at 0.8 but those given. */
    private static Pose scored(Map<BodyPart, Double> scores) {
        List<Keypoint> keypoints = new ArrayList<>();
        for (BodyPart part : BodyPart.values()) {
            keypoints.add(new Keypoint(part, 100 + part.ordinal(), 100, scores.getOrDefault(part, 0.8)));
        }
        return new Pose(0, keypoints);
    }

    @Test
    void anElbowWhoseWeakestKeypointScored032IsNotSeenAndOneAt045Is() {
        Pose backlit = scored(Map.of(BodyPart.LEFT_WRIST, 0.32, BodyPart.RIGHT_WRIST, 0.23));
        Pose clear = scored(Map.of(BodyPart.LEFT_WRIST, 0.45, BodyPart.RIGHT_WRIST, 0.23));

        assertThat(CLARITY.clear(backlit, JointClarity.Joint.ELBOW, Optional.empty())).isFalse();
        assertThat(CLARITY.clear(clear, JointClarity.Joint.ELBOW, Optional.empty())).as("the better-seen side").isTrue();
        assertThat(CLARITY.clear(clear, JointClarity.Joint.ELBOW, Optional.of(BodySide.RIGHT))).as("the side measured").isFalse();
        assertThat(CLARITY.clear(backlit, JointClarity.Joint.KNEE, Optional.empty())).as("the legs are clear").isTrue();
    }

    @Test
    void aRepsSignalNamesItsJoint() {
        assertThat(JointClarity.Joint.ofSignal("elbow angle")).contains(JointClarity.Joint.ELBOW);
        assertThat(JointClarity.Joint.ofSignal("thigh inclination")).contains(JointClarity.Joint.THIGH);
        assertThat(JointClarity.Joint.ofSignal("hip angle")).contains(JointClarity.Joint.HIP);
        assertThat(JointClarity.Joint.ofSignal("knee angle")).contains(JointClarity.Joint.KNEE);
        assertThat(JointClarity.Joint.ofSignal("arm elevation")).contains(JointClarity.Joint.ARM);
        assertThat(JointClarity.Joint.ofSignal("spine flexion")).isEmpty();
        assertThat(JointClarity.Joint.ofSignal("elbow angle").orElseThrow().parts(BodySide.LEFT))
                .containsExactly(BodyPart.LEFT_SHOULDER, BodyPart.LEFT_ELBOW, BodyPart.LEFT_WRIST);
    }

    @Test
    void theLivePanelSaysKneeNotSeenWhenTheKneesKeypointsWereUnsureAndShowsTheHipThatWasClear() {
        ExerciseJudging judging = new ExerciseJudging("squat", Load.BODYWEIGHT, CalibrationFiles.defaults(),
                NeutralPosture.defaults());
        WorkoutSession session = new WorkoutSession(judging, WorkoutSettings.defaults());
        WorkoutViewModel vm = new WorkoutViewModel(judging, (Coach.Utterance u) -> { });
        Pose unsureKnees = scored(Map.of(BodyPart.LEFT_ANKLE, 0.31, BodyPart.RIGHT_ANKLE, 0.31));
        WorkoutScreen screen = null;
        WorkoutScreen withoutKeypoints = null;
        long nanos = 0;
        for (KinematicFrame f : SquatFrames.squats(0, 3, 1, 1, 2)) {
            nanos += 33_333_333;
            WorkoutSession.Update u = session.next(f);
            screen = vm.onFrame(u, Optional.of(unsureKnees), 12, nanos);
            withoutKeypoints = vm.onFrame(u, 12, nanos);
        }

        assertThat(screen.knee()).isEqualTo("Knee not seen");
        assertThat(screen.hip()).matches("Hip \\d+°");
        assertThat(withoutKeypoints.knee()).matches("Knee \\d+°");
    }
}
