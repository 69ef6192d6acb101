package dev.formcheck.analysis.exercise;

import dev.formcheck.analysis.thresholds.CalibrationFiles;
import dev.formcheck.analysis.thresholds.Thresholds;
import dev.formcheck.kinematics.KeypointSpineEstimate;
import dev.formcheck.kinematics.KinematicFrame;
import dev.formcheck.kinematics.Kinematics;
import dev.formcheck.kinematics.NeutralPosture;
import dev.formcheck.pose.BodyPart;
import dev.formcheck.pose.Keypoint;
import dev.formcheck.pose.Pose;
import dev.formcheck.synthetic.Anthropometry;
import dev.formcheck.synthetic.Camera;
import dev.formcheck.synthetic.Exercise;
import dev.formcheck.synthetic.ExerciseMotion;
import dev.formcheck.synthetic.ExerciseScenario;
import dev.formcheck.synthetic.ForwardKinematics;
import dev.formcheck.synthetic.ImagePoint;
import dev.formcheck.synthetic.MobileHinge;
import dev.formcheck.synthetic.Motion;
import dev.formcheck.synthetic.Vec3;
import dev.formcheck.synthetic.ScenarioTruth;
import dev.formcheck.synthetic.Skeleton;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where a set begins and ends (issue 12, classes 1 and 2), on the synthetic body's true keypoints
 * through kinematics and the engine: no MoveNet, so what is asserted is the counting rule, not
 * the pose model. Side view unless a scenario says otherwise, 15 frames a second.
 */
class SetEdgeScenariosTest {
    private static final Thresholds T = CalibrationFiles.defaults();
    private static final Exercises EXERCISES = Exercises.from(T);
    private static final Anthropometry BODY = Anthropometry.adult();
    /** A confident MoveNet keypoint, and what it gives keypoints hidden behind the body (docs/kinematics.md). */
    private static final double SCORE = 0.8;
    private static final double HIDDEN_SCORE = 0.6;
    /** Farther than its twin by more than this, a keypoint is taken as hidden behind the body. */
    private static final double NEAR_FAR_METRES = 0.05;

    /**
     * The true keypoints of the scenario's frames from {@code fromSeconds} to {@code toSeconds}, projected
     * (not rendered), measured as one stream. Of a left-right pair the one farther from the camera
     * scores lower, as MoveNet's hidden keypoints do, so kinematics takes the near side.
     */
    private static List<KinematicFrame> frames(ExerciseScenario scenario, double fromSeconds, double toSeconds) {
        return frames(scenario, scenario.camera(640, 480), fromSeconds, toSeconds);
    }

    private static List<KinematicFrame> frames(ExerciseScenario scenario, Camera camera, double fromSeconds, double toSeconds) {
        return frames(scenario.motion(BODY), camera, scenario.fps(), fromSeconds, toSeconds);
    }

    private static List<KinematicFrame> frames(Motion motion, Camera camera, double fps, double fromSeconds, double toSeconds) {
        Kinematics kinematics = Kinematics.withDefaults();
        List<KinematicFrame> out = new ArrayList<>();
        for (double t = fromSeconds; t <= Math.min(toSeconds, motion.durationSeconds()); t += 1 / fps) {
            long micros = Math.round(t * 1e6);
            Skeleton skeleton = ForwardKinematics.solve(BODY, motion.poseAt(t));
            List<Keypoint> keypoints = new ArrayList<>();
            for (BodyPart part : BodyPart.values()) {
                ImagePoint p = camera.project(skeleton.point(part));
                BodyPart twin = twin(part);
                double twinDepth = twin == part ? p.depth() : camera.project(skeleton.point(twin)).depth();
                double score = !p.inFrontOfCamera() || !camera.inFrame(p) ? 0
                        : p.depth() > twinDepth + NEAR_FAR_METRES ? HIDDEN_SCORE : SCORE;
                keypoints.add(new Keypoint(part, score == 0 ? 0 : p.x(), score == 0 ? 0 : p.y(), score));
            }
            out.add(kinematics.measure(new Pose(micros, keypoints)));
        }
        return out;
    }

    /** A pair's other side (the nose has none). */
    private static BodyPart twin(BodyPart part) {
        String name = part.name();
        if (name.startsWith("LEFT_")) {
            return BodyPart.valueOf("RIGHT_" + name.substring(5));
        }
        return name.startsWith("RIGHT_") ? BodyPart.valueOf("LEFT_" + name.substring(6)) : part;
    }

    private static ExerciseResult analyze(String exercise, List<KinematicFrame> frames) {
        ExerciseAnalyzer a = new ExerciseAnalyzer(EXERCISES.get(exercise),
                AnalysisSettings.of(T, Load.BODYWEIGHT, NeutralPosture.defaults()));
        frames.forEach(a::next);
        return a.finish();
    }

    /**
     * A deadlift walked into standing (issue 12, class 1): set up to the bar, four pulls each lowered
     * to the floor, then standing up without it. Counted top, bottom, top that was five (the set-up
     * with the first pull, and the last lowering with the stand-up); floor, lockout, floor it is the
     * four pulls, each dated from its floor to the next (decision 0018).
     */
    /** The longest lowering of the rendered deadlift's bar: {@code ExerciseMotion.DESCENT_S}'s upper end. */
    private static final double LOWERING_MAX_S = 1.3;

    @Test
    void aDeadliftWalkedIntoStandingCountsItsPullsAndNeitherTheSetUpNorTheStandUp() {
        ExerciseScenario scenario = ExerciseScenario.of(Exercise.DEADLIFT).withReps(4).withFps(15);
        ScenarioTruth truth = scenario.motion(BODY).truth();
        List<KinematicFrame> all = frames(scenario, 0, truth.durationSeconds());

        ExerciseResult deadlift = analyze("deadlift", all);

        assertThat(deadlift.reps()).hasSize(4);
        for (int i = 0; i < 4; i++) {
            ScenarioTruth.RepTruth rep = truth.reps().get(i);
            assertThat(deadlift.reps().get(i).bottomMicros() / 1e6).as("pull %d starts from its floor", i + 1)
                    .isCloseTo(rep.bottomSeconds(), org.assertj.core.api.Assertions.within(0.4));
            // the bottom phase is entered on the way down (deadlift.hip.bottom_max), before the bar reaches the floor
            assertThat(deadlift.reps().get(i).endMicros() / 1e6).as("pull %d ends on its way back to the floor", i + 1)
                    .isBetween(rep.endSeconds() - LOWERING_MAX_S, rep.endSeconds());
        }
        assertThat(analyze("hip-hinge", all).reps()).as("the same frames counted top, bottom, top").hasSize(5);
        assertThat(deadlift.partialReps()).isEmpty();
        assertThat(deadlift.flags()).isEmpty();
        // decision 0084: each pull (the body rises over 0.9-1.2 s) and lowering (1.0-1.3 s) timed apart, the
        // eased ends of the motion within the floor's band and past lockout's threshold left out
        assertThat(deadlift.reps()).allSatisfy(rep -> {
            var lockout = rep.lockout().orElseThrow();
            assertThat(lockout.pullMicros() / 1e6).as("pull").isBetween(0.5, 1.2);
            assertThat(lockout.lowerMicros() / 1e6).as("lowering").isBetween(0.5, 1.3);
            assertThat(dev.formcheck.feedback.PlainWords.tempo(rep)).matches("pull \\d\\.\\d s, lower \\d\\.\\d s(, \\d\\.\\d s at lockout)?");
        });
        assertThat(analyze("hip-hinge", all).reps()).as("a rep from rest: down and up, no lockout in it")
                .allSatisfy(rep -> assertThat(rep.lockout()).isEmpty());
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
        assertThat(rdl.reps()).as("counted top, bottom, top as a Romanian deadlift is: the first pull lost, and standing "
                + "up after the bar is set down counted").hasSize(4);
        assertThat(rdl.reps().get(0).bottomMicros()).isGreaterThan(Math.round(truth.reps().get(1).startSeconds() * 1e6));
        assertThat(deadlift.flags()).isEmpty();
    }
    /**
     * After the last push-up the body lowers all the way, lies face down, gets up over all fours,
     * stands and walks off (or gets straight up and walks off): every rep counted, none added by
     * straightening the arms on all fours, and no flag from the end of the set on.
     */
    @ParameterizedTest
    @EnumSource(ExerciseScenario.SetEnding.class)
    void whatFollowsTheLastPushUpAddsNoRepAndNoFlag(ExerciseScenario.SetEnding ending) {
        assertSetEndsCleanly(ExerciseScenario.of(Exercise.PUSH_UP).withEnding(ending));
    }

    /** Standing sets ending by standing idle and walking off: every rep counted, nothing after the set. */
    @ParameterizedTest
    @EnumSource(value = Exercise.class, names = {"SQUAT", "HIP_HINGE", "DEADLIFT", "ROMANIAN_DEADLIFT"})
    void walkingOffAfterAStandingSetAddsNoRepAndNoFlag(Exercise exercise) {
        ExerciseResult result = assertSetEndsCleanly(ExerciseScenario.of(exercise));
        assertThat(result.partialReps()).as("%s: nothing half done", exercise.id()).isEmpty();
    }

    /**
     * Standing sets ending crouched right down, the hands resting on the floor for 4 s, then
     * standing up and walking off (decision 0038): the crouch leaves the exercise's position (the
     * hands at the floor for a squat, the hips below the knees for a hinge), so standing up from it
     * adds no rep (it added one before: 5 for 4) and the way down into it is a partial rep, reported
     * and not counted. A deadlift may start a rep at the floor only where the stream first settles;
     * counted floor, lockout, floor (decision 0018), its crouch is no floor (the position is left
     * there) and no pull was tried from it: nothing half done.
     */
    @ParameterizedTest
    @EnumSource(value = Exercise.class, names = {"SQUAT", "HIP_HINGE", "DEADLIFT", "ROMANIAN_DEADLIFT"})
    void crouchingToRestOnTheHandsAfterAStandingSetAddsNoRepAndNoFlag(Exercise exercise) {
        ExerciseScenario scenario = ExerciseScenario.of(exercise).withEnding(ExerciseScenario.SetEnding.REST_ON_THE_FLOOR);
        ExerciseResult result = assertSetEndsCleanly(scenario);

        double setEnd = scenario.withReps(4).withFps(15).motion(BODY).truth().set().endSeconds();
        if (exercise == Exercise.DEADLIFT) {
            assertThat(result.partialReps()).as("deadlift: the crouch is no pull").isEmpty();
            return;
        }
        assertThat(result.partialReps()).as("%s: the way down into the crouch", exercise.id()).singleElement()
                .satisfies(p -> assertThat(p.startMicros()).isGreaterThan(Math.round(setEnd * 1e6)))
                .satisfies(p -> assertThat(p.why()).contains("left the view or the position"));
    }

    private static ExerciseResult assertSetEndsCleanly(ExerciseScenario scenario) {
        ExerciseScenario fourReps = scenario.withReps(4).withFps(15);
        ScenarioTruth truth = fourReps.motion(BODY).truth();

        ExerciseResult result = analyze(fourReps.exercise().id(), frames(fourReps, 0, truth.durationSeconds()));

        long setEnd = Math.round(truth.set().endSeconds() * 1e6);
        assertThat(result.reps()).as("%s, %s: reps", fourReps.exercise().id(), fourReps.ending()).hasSize(4);
        assertThat(result.flags()).as("%s, %s: flags after the set", fourReps.exercise().id(), fourReps.ending())
                .noneMatch(f -> f.endMicros() > setEnd);
        return result;
    }

    /**
     * Push-ups filmed by a phone on the floor (issue 12, class 3's low camera): level, 0.25 m up,
     * 2.4 m away. Named, every rep is counted and the straight body raises no flag, however the
     * set ends.
     */
    @ParameterizedTest
    @EnumSource(ExerciseScenario.SetEnding.class)
    void pushUpsFilmedFromTheFloorAreCountedWithoutAFlag(ExerciseScenario.SetEnding ending) {
        ExerciseScenario scenario = ExerciseScenario.of(Exercise.PUSH_UP).withReps(4).withFps(15).withEnding(ending);
        ScenarioTruth truth = scenario.motion(BODY).truth();
        Camera floor = Camera.sideView(640, 480).withTarget(new Vec3(0.05, LOW_CAMERA_M, 0)).withElevation(0);

        ExerciseResult result = analyze("push-up", frames(scenario, floor, 0, truth.durationSeconds()));

        assertThat(result.reps()).as("push-ups seen from the floor, %s", ending).hasSize(4);
        assertThat(result.flags()).as("a straight body, %s", ending).isEmpty();
    }

    /** The floor camera's height. */
    private static final double LOW_CAMERA_M = 0.25;

    /**
     * A very mobile body's Romanian deadlifts (issue 12, class 4; decision 0022): a flat back, the
     * trunk lowered past horizontal, so the hips flex beyond the textbook range the keypoint
     * estimate takes for a hip's end. That estimate alone reads the back as rounded past the
     * threshold; without the person's calibration (and with no outline to agree) it raises no flag.
     */
    @Test
    void aVeryMobileBodysFlatBackedHingeRaisesNoRoundedBackWithoutItsOwnCalibration() {
        int reps = 4;
        List<KinematicFrame> frames = frames(MobileHinge.of(BODY, reps), Camera.sideView(640, 480), 15, 0, 1e9);
        double roundedMin = T.degrees("flags.rounded_back.flexion_min");

        assertThat(frames).as("the keypoints' hip range alone reads a rounded back at the bottoms")
                .anySatisfy(f -> assertThat(f.spine().estimateIfPresent())
                        .hasValueSatisfying(e -> {
                            assertThat(e).isInstanceOf(KeypointSpineEstimate.class);
                            assertThat(((KeypointSpineEstimate) e).hipRangeDecided()).isTrue();
                            assertThat(e.flexionDegrees()).isGreaterThanOrEqualTo(roundedMin);
                        }));

        ExerciseResult result = analyze("romanian-deadlift", frames);

        assertThat(result.reps()).hasSize(reps);
        assertThat(result.flags()).as("a flat back is not flagged on a population's hip range").isEmpty();
    }
}
