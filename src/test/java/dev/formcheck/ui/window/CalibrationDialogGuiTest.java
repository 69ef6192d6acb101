package dev.formcheck.ui.window;

import dev.formcheck.capture.RgbImage;
import dev.formcheck.common.UserDataDirectory;
import dev.formcheck.desk.SittingBody;
import dev.formcheck.media.VideoSettings;
import dev.formcheck.media.VideoWriter;
import dev.formcheck.synthetic.Anthropometry;
import dev.formcheck.synthetic.BodyPose;
import dev.formcheck.synthetic.Exercise;
import dev.formcheck.synthetic.ExerciseMotion;
import dev.formcheck.synthetic.ExerciseScenario;
import dev.formcheck.synthetic.ForwardKinematics;
import dev.formcheck.synthetic.Motion;
import dev.formcheck.synthetic.Renderer;
import dev.formcheck.synthetic.SyntheticVideo;
import dev.formcheck.testing.WithXvfbDisplay;
import dev.formcheck.ui.model.CalibrationWizard;
import dev.formcheck.ui.model.SettingsStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.swing.JMenu;
import javax.swing.JMenuBar;
import java.awt.Window;
import java.awt.event.WindowEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The guided calibration with a rendered video standing in for the camera (looped, real time):
 * our body walking to and fro is refused as not still and nothing is stored; the same body
 * standing still is measured, compared with the defaults in words and saved in the calibration
 * file; sitting upright before a front webcam gives a desk baseline. Screenshots of each end.
 */
@WithXvfbDisplay
class CalibrationDialogGuiTest {
    /** Models load, the person is found, 3 s counted down and 5 s recorded, in real time on a busy machine. */
    private static final Duration LIMIT = Duration.ofSeconds(90);
    private static final Anthropometry BODY = Anthropometry.adult();
    private static final ExerciseScenario SCENARIO = ExerciseScenario.of(Exercise.SQUAT);
    private static final ExerciseMotion MOTION = SCENARIO.motion(BODY);

    @TempDir
    Path dir;
    private CalibrationDialog dialog;

    @AfterEach
    void close() throws Exception {
        if (dialog != null) {
            Gui.run(dialog::dispose);
        }
    }

    @Test
    void aPersonWalkingToAndFroIsRefusedAndNothingIsStored() throws Exception {
        // the walk in, played forwards and back between 0.8 and 2.4 s: always in the picture, side-on, moving
        Path clip = render("walking.mp4", pingPong(0.8, 2.4));
        Path target = dir.resolve("data").resolve("calibration.json");

        open(clip, target, false);

        assertThat(Gui.await(() -> dialog.shown() != null && dialog.shown().finished(), LIMIT)).isTrue();
        Gui.screenshot(dialog, "calibration-walking-refused");
        CalibrationWizard.Screen end = dialog.shown();
        assertThat(end.step()).as(end.toString()).isEqualTo(CalibrationWizard.Step.REFUSED);
        assertThat(end.details().get(0)).startsWith("Not a still neutral posture: you moved across the camera's view");
        assertThat(Gui.onEdt(() -> dialog.headline.getText())).isEqualTo("Not saved: try again");
        assertThat(Gui.onEdt(() -> dialog.saveButton.isEnabled())).isFalse();
        assertThat(target).doesNotExist();
    }

    @Test
    void aPersonStandingStillIsMeasuredComparedWithTheDefaultsAndSaved() throws Exception {
        // standing idle after the walk in, its slight sway played forwards and back
        Path clip = render("still.mp4", pingPong(3.0, 4.5));
        Path target = dir.resolve("data").resolve("calibration.json");

        open(clip, target, false);

        assertThat(Gui.await(() -> dialog.shown() != null && dialog.shown().step() == CalibrationWizard.Step.RECORDING, LIMIT))
                .isTrue();
        Gui.screenshot(dialog, "calibration-still-recording");
        assertThat(Gui.await(() -> dialog.shown().finished(), LIMIT)).isTrue();
        CalibrationWizard.Screen end = dialog.shown();
        assertThat(end.step()).as(end.toString()).isEqualTo(CalibrationWizard.Step.MEASURED);
        assertThat(end.details()).anySatisfy(l -> assertThat(l).startsWith("Head line (ear, shoulder, hip): ")
                .contains("than the default 180°"));
        assertThat(end.details()).anySatisfy(l -> assertThat(l).startsWith("Used ").contains("seen side-on"));
        Gui.screenshot(dialog, "calibration-still-measured");
        assertThat(target).doesNotExist(); // nothing stored before Save

        Gui.run(() -> dialog.saveButton.doClick());

        // written off the event thread, then shown
        assertThat(Gui.await(() -> dialog.headline.getText().equals("Saved: your standing neutral"), LIMIT)).isTrue();
        assertThat(Files.readString(target)).contains("\"stance\"").contains("head_line");
        Gui.screenshot(dialog, "calibration-still-saved");
    }

    @Test
    void sittingUprightBeforeAFrontWebcamGivesADeskBaseline() throws Exception {
        Path clip = dir.resolve("sitting.mp4");
        Renderer renderer = Renderer.withDefaults();
        try (VideoWriter writer = VideoWriter.open(clip, VideoSettings.of(640, 480, 10))) {
            for (int i = 0; i < 60; i++) {
                RgbImage image = renderer.render(ForwardKinematics.solve(SittingBody.ADULT, SittingBody.pose(SittingBody.Shape.UPRIGHT)),
                        SittingBody.FRONT, i * 100_000L).image();
                writer.write(image);
            }
            writer.finish();
        }
        Path target = dir.resolve("data").resolve("calibration.json");

        open(clip, target, true);

        assertThat(Gui.await(() -> dialog.shown() != null && dialog.shown().finished(), LIMIT)).isTrue();
        CalibrationWizard.Screen end = dialog.shown();
        assertThat(end.step()).as(end.toString()).isEqualTo(CalibrationWizard.Step.MEASURED);
        assertThat(end.details()).anySatisfy(l -> assertThat(l).contains("measures of your head and shoulders for desk mode"));
        Gui.screenshot(dialog, "calibration-sitting-measured");
        Gui.run(() -> dialog.saveButton.doClick());
        assertThat(Gui.await(() -> dialog.headline.getText().equals("Saved: your upright sitting"), LIMIT)).isTrue();
        assertThat(Files.readString(target)).contains("\"sitting\"").contains("desk_");
    }

    @Test
    void toolsCalibrateOpensTheWizardWhichSaysWhenThereIsNoCamera() throws Exception {
        System.setProperty(UserDataDirectory.CONFIG_PROPERTY, dir.resolve("config").toString());
        System.setProperty(UserDataDirectory.PROPERTY, dir.resolve("data").toString());
        MainWindow window = FormCheckApp.open(new SettingsStore(dir.resolve("settings.json")), t -> { });
        try {
            Gui.run(() -> {
                JMenuBar bar = window.getJMenuBar();
                JMenu tools = IntStream.range(0, bar.getMenuCount()).mapToObj(bar::getMenu)
                        .filter(m -> m.getText().equals("Tools")).findFirst().orElseThrow();
                tools.getItem(0).doClick();
            });
            assertThat(Gui.await(() -> Arrays.stream(Window.getWindows())
                    .anyMatch(w -> w instanceof CalibrationDialog && w.isShowing()), LIMIT)).isTrue();
            dialog = Gui.onEdt(() -> (CalibrationDialog) Arrays.stream(Window.getWindows())
                    .filter(w -> w instanceof CalibrationDialog && w.isShowing()).findFirst().orElseThrow());
            assumeTrue(Files.notExists(Path.of("/dev/video0")), "this machine has a camera");
            // no camera here: the sample stands in, chosen already, and any video can
            assertThat(Gui.onEdt(() -> IntStream.range(0, dialog.sourcePicker.getItemCount())
                    .mapToObj(dialog.sourcePicker::getItemAt).toList()))
                    .containsExactly("The sample video, as a stand-in camera", "A video file, as a stand-in camera…");
            assertThat(Gui.onEdt(() -> dialog.sourcePicker.getSelectedIndex())).isZero();
            Gui.run(() -> dialog.dispose());

            // a camera that is not there says so in words
            Gui.run(() -> {
                dialog = new CalibrationDialog(window, CalibrationDialog.Source.camera("/dev/video7", "Camera (video7)"),
                        dir.resolve("calibration.json"));
                dialog.setVisible(true);
            });
            Gui.run(() -> dialog.startButton.doClick());

            assertThat(Gui.await(() -> dialog.headline.getText().equals("The camera is not available"), LIMIT)).isTrue();
            assertThat(Gui.onEdt(() -> dialog.details.getText())).contains("is a webcam connected?").doesNotContain("Exception");
            assertThat(Gui.onEdt(() -> dialog.startButton.isEnabled())).isTrue();
            Gui.screenshot(dialog, "calibration-no-camera");
        } finally {
            Gui.run(() -> {
                if (dialog != null) {
                    dialog.dispose();
                }
                window.dispatchEvent(new WindowEvent(window, WindowEvent.WINDOW_CLOSING));
            });
            assertThat(Gui.await(() -> !window.isDisplayable(), Duration.ofSeconds(10))).isTrue();
            window.flushSettings();
            System.clearProperty(UserDataDirectory.CONFIG_PROPERTY);
            System.clearProperty(UserDataDirectory.PROPERTY);
        }
    }

    @Test
    void aCalibrationFileThatIsSlowToReadNeverHoldsTheEventThread() throws Exception {
        // a named pipe blocks whoever opens it until a writer comes, as a slow or hung network home folder would
        Path target = dir.resolve("calibration.json");
        Process mkfifo = new ProcessBuilder("mkfifo", target.toString()).start();
        assumeTrue(mkfifo.waitFor() == 0, "mkfifo is not available here");
        Gui.run(() -> {
            dialog = new CalibrationDialog(null, CalibrationDialog.standIn(dir.resolve("no-such.mp4")), "stand-in camera", target);
            dialog.setVisible(true);
        });

        java.util.concurrent.CompletableFuture<Boolean> answered = new java.util.concurrent.CompletableFuture<>();
        java.awt.EventQueue.invokeLater(() -> dialog.startButton.doClick());
        java.awt.EventQueue.invokeLater(() -> answered.complete(true));
        boolean edtFree;
        try {
            edtFree = answered.get(10, java.util.concurrent.TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            edtFree = false;
        }
        // let the reader go (an empty file: the defaults, with a warning), whichever thread it is on
        Thread writer = new Thread(() -> {
            try {
                Files.write(target, new byte[0]);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        writer.setDaemon(true);
        writer.start();
        assertThat(edtFree).as("the event thread answered while the calibration file was still being read").isTrue();
        assertThat(Gui.onEdt(() -> dialog.headline.getText())).isEqualTo("Getting the camera ready…");
        // once read, the wizard goes on: here to a stand-in camera that does not open
        assertThat(Gui.await(() -> dialog.startButton.isEnabled(), LIMIT)).isTrue();
        assertThat(Gui.onEdt(() -> dialog.headline.getText())).isEqualTo("The camera is not available");
    }

    private void open(Path clip, Path target, boolean sitting) throws Exception {
        Gui.run(() -> {
            dialog = new CalibrationDialog(null, CalibrationDialog.standIn(clip), "stand-in camera", target);
            dialog.setVisible(true);
            (sitting ? dialog.sittingChoice : dialog.stanceChoice).setSelected(true);
            dialog.startButton.doClick();
        });
    }

    /** The scenario's motion from {@code from} to {@code to} s and back, so that the looped clip has no jump. */
    private static Motion pingPong(double from, double to) {
        double span = to - from;
        return new Motion() {
            @Override
            public BodyPose poseAt(double seconds) {
                double u = seconds % (2 * span);
                return MOTION.poseAt(from + (u <= span ? u : 2 * span - u));
            }

            @Override
            public double durationSeconds() {
                return 4 * span;
            }
        };
    }

    private Path render(String name, Motion motion) {
        Path out = dir.resolve(name);
        SyntheticVideo.write(motion, BODY, SCENARIO.camera(640, 480), Renderer.withDefaults(), VideoSettings.of(640, 480, 15), out);
        return out;
    }
}
