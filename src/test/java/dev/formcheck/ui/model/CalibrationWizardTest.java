package dev.formcheck.ui.model;

import dev.formcheck.analysis.thresholds.CalibrationFiles;
import dev.formcheck.pose.BodyPart;
import dev.formcheck.pose.CropRegion;
import dev.formcheck.pose.Keypoint;
import dev.formcheck.pose.Pose;
import dev.formcheck.pose.StageTimings;
import dev.formcheck.pose.tracking.TrackedPose;
import dev.formcheck.synthetic.Anthropometry;
import dev.formcheck.synthetic.Camera;
import dev.formcheck.synthetic.Exercise;
import dev.formcheck.synthetic.ExerciseMotion;
import dev.formcheck.synthetic.ExerciseScenario;
import dev.formcheck.synthetic.ForwardKinematics;
import dev.formcheck.synthetic.ImagePoint;
import dev.formcheck.synthetic.Skeleton;
import dev.formcheck.ui.model.CalibrationWizard.Posture;
import dev.formcheck.ui.model.CalibrationWizard.Screen;
import dev.formcheck.ui.model.CalibrationWizard.Step;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.DoubleUnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The wizard's steps on the synthetic body's true keypoints (side-on, 30 fps): the position check,
 * a countdown that starts again when the person leaves, the recording, the refusal of a walk and
 * the result of a still stance, saved only when asked.
 */
class CalibrationWizardTest {
    private static final long FRAME_MICROS = 33_333;
    private static final Anthropometry BODY = Anthropometry.adult();
    private static final ExerciseScenario SCENARIO = ExerciseScenario.of(Exercise.SQUAT);
    private static final ExerciseMotion MOTION = SCENARIO.motion(BODY);
    private static final Camera CAMERA = SCENARIO.camera(640, 480);
    /** Standing idle after the walk in (2.6 s), before getting into position (4.6 s). */
    private static final DoubleUnaryOperator STANDING = s -> 3.0 + pingPong(s, 1.5);
    /** The walk in, forwards and back between 0.8 and 2.4 s: in the picture and moving all the time. */
    private static final DoubleUnaryOperator WALKING = s -> 0.8 + pingPong(s, 1.6);

    @TempDir
    Path dir;

    private final CalibrationWizard wizard = new CalibrationWizard(Posture.STANCE, CalibrationFiles.defaults(), "test",
            Optional.of("lightning"));

    @Test
    void nobodyInThePictureIsToldToStepIn() {
        Screen s = wizard.next(nobody(0), 640, 480);

        assertThat(s.step()).isEqualTo(Step.POSITIONING);
        assertThat(s.headline()).isEqualTo("Step into the picture: I can't see you");
    }

    @Test
    void aStillStanceIsCountedDownRecordedAndMeasuredButStoredOnlyWhenSaved() {
        List<Screen> screens = feed(STANDING, 0, 10);

        assertThat(screens.get(0).step()).isEqualTo(Step.COUNTDOWN);
        assertThat(screens.get(0).headline()).isEqualTo("Good. Recording in 3…");
        assertThat(firstAt(screens, Step.RECORDING)).isBetween(89, 92); // 3 s at 30 fps
        assertThat(firstAt(screens, Step.MEASURED)).isBetween(239, 242); // then 5 s
        Screen end = wizard.screen();
        assertThat(end.details()).anySatisfy(l -> assertThat(l).startsWith("Head line (ear, shoulder, hip): "));
        assertThat(end.details()).anySatisfy(l -> assertThat(l).startsWith("Used ").endsWith("seen side-on."));
        Path file = dir.resolve("not yet").resolve("calibration.json");
        assertThat(file).doesNotExist();

        Screen saved = wizard.save(file);

        assertThat(saved.step()).isEqualTo(Step.SAVED);
        assertThat(saved.details()).last().isEqualTo("Saved in " + file + "; the next workout uses it.");
        assertThat(saved.details()).noneMatch(l -> l.startsWith("Once saved"));
        assertThat(CalibrationFiles.loadUser(file).stance()).isPresent();
    }

    @Test
    void leavingThePictureDuringTheCountdownStartsItAgain() {
        feed(STANDING, 0, 2); // two of the three seconds
        Screen gone = wizard.next(nobody(61 * FRAME_MICROS), 640, 480);
        assertThat(gone.step()).isEqualTo(Step.POSITIONING);
        assertThat(gone.details()).containsExactly("The countdown starts again when you are in position.");

        List<Screen> back = feed(STANDING, 62, 2.9);

        assertThat(back).extracting(Screen::step).doesNotContain(Step.RECORDING);
        assertThat(back.get(0).headline()).isEqualTo("Good. Recording in 3…");
    }

    @Test
    void walkingIsRefusedAndNothingCanBeSaved() {
        feed(WALKING, 0, 10);

        Screen end = wizard.screen();
        assertThat(end.step()).isEqualTo(Step.REFUSED);
        assertThat(end.details().get(0)).startsWith("Not a still neutral posture: you moved across the camera's view");
        assertThat(end.details()).contains("Nothing was stored; your calibration is as it was.");
        Path file = dir.resolve("calibration.json");
        assertThatThrownBy(() -> wizard.save(file)).isInstanceOf(IllegalStateException.class);
        assertThat(file).doesNotExist();
    }

    @Test
    void againStartsFromThePositionCheck() {
        feed(WALKING, 0, 10);

        Screen again = wizard.again();

        assertThat(again.step()).isEqualTo(Step.POSITIONING);
        assertThat(wizard.next(pose(STANDING, 0), 640, 480).step()).isEqualTo(Step.COUNTDOWN);
    }

    @Test
    void standingAtTheDeskIsStoredInItsOwnBlockAndSaysWhatDeskModeNeedsToTellItFromSitting() {
        CalibrationWizard standing = new CalibrationWizard(Posture.DESK_STANDING, CalibrationFiles.defaults(), "test",
                Optional.of("lightning"), Optional::empty);
        for (int i = 0; i < 10 * 30; i++) {
            standing.next(pose(STANDING, i), 640, 480);
        }

        assertThat(standing.screen().step()).as(standing.screen().toString()).isEqualTo(Step.MEASURED);
        assertThat(standing.screen().headline()).isEqualTo("Measured: your standing at the desk");
        assertThat(standing.screen().details()).contains("Calibrate sitting too, with the same camera: desk mode then tells"
                + " your sitting from your standing if the camera can.");
        Path file = dir.resolve("calibration.json");
        Screen saved = standing.save(file);

        assertThat(saved.headline()).isEqualTo("Saved: your standing at the desk");
        assertThat(saved.details()).last().isEqualTo("Saved in " + file + "; the next desk session uses it.");
        assertThat(CalibrationFiles.loadUser(file).standingDesk()).isPresent();
        assertThat(CalibrationFiles.loadUser(file).sitting()).as("the sitting block is another one").isEmpty();
    }

    /** Frames {@code first}.. for {@code seconds}, at 30 fps; returns the screens. */
    private List<Screen> feed(DoubleUnaryOperator motion, int first, double seconds) {
        List<Screen> screens = new ArrayList<>();
        for (int i = first; i < first + seconds * 30; i++) {
            screens.add(wizard.next(pose(motion, i), 640, 480));
        }
        return screens;
    }

    private static int firstAt(List<Screen> screens, Step step) {
        for (int i = 0; i < screens.size(); i++) {
            if (screens.get(i).step() == step) {
                return i;
            }
        }
        return -1;
    }

    private static TrackedPose pose(DoubleUnaryOperator motion, int frame) {
        long micros = frame * FRAME_MICROS;
        Skeleton s = ForwardKinematics.solve(BODY, MOTION.poseAt(motion.applyAsDouble(micros / 1e6)));
        List<Keypoint> keypoints = new ArrayList<>();
        for (BodyPart part : BodyPart.values()) {
            ImagePoint p = CAMERA.project(s.point(part));
            keypoints.add(new Keypoint(part, p.x(), p.y(), 0.8));
        }
        Pose pose = new Pose(micros, keypoints);
        return new TrackedPose.PersonFound(micros, pose, pose, CropRegion.fullFrame(640, 480), StageTimings.NONE);
    }

    private static TrackedPose nobody(long micros) {
        List<Keypoint> none = new ArrayList<>();
        for (BodyPart part : BodyPart.values()) {
            none.add(new Keypoint(part, 0, 0, 0));
        }
        return new TrackedPose.NoPerson(micros, new Pose(micros, none), CropRegion.fullFrame(640, 480), StageTimings.NONE);
    }

    private static double pingPong(double seconds, double span) {
        double u = seconds % (2 * span);
        return u <= span ? u : 2 * span - u;
    }
}
