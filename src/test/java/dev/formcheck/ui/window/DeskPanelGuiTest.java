package dev.formcheck.ui.window;

import dev.formcheck.common.UserDataDirectory;
import dev.formcheck.desk.DailySummary;
import dev.formcheck.desk.DailySummaryFiles;
import dev.formcheck.desk.ReminderSettingsFile;
import dev.formcheck.desk.DeskRun;
import dev.formcheck.testing.WithXvfbDisplay;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import javax.swing.JFrame;
import java.awt.EventQueue;
import java.awt.Rectangle;
import java.awt.Robot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Desk mode on a real X display (Xvfb), a rendered video of our sitting body standing in for the
 * camera: the state goes from taking the baseline to sitting upright to slouching, today's chart
 * fills, a pause offers only Resume, and stopping keeps the day. Screenshots under target/screenshots.
 */
@WithXvfbDisplay(systemTray = true)
class DeskPanelGuiTest {
    /** Generous: the model loads and the video plays in real time on a busy two-core machine. */
    private static final Duration LIMIT = Duration.ofSeconds(90);

    @TempDir
    Path dir;
    private JFrame frame;
    private DeskPanel desk;
    private final java.util.List<String> said = new java.util.concurrent.CopyOnWriteArrayList<>();

    @BeforeEach
    void open() throws Exception {
        System.setProperty(UserDataDirectory.CONFIG_PROPERTY, dir.resolve("config").toString());
        System.setProperty(UserDataDirectory.PROPERTY, dir.resolve("data").toString());
        Path deskDir = dir.resolve("data").resolve("desk");
        LocalDate today = LocalDate.now();
        DailySummaryFiles files = new DailySummaryFiles(deskDir);
        // a week before with 64% upright, three earlier days of this week at 70-80%
        for (int back : new int[] {9, 8, 3, 2, 1}) {
            long upright = back > 6 ? 64 : 70 + back * 3;
            files.save(new DeskRun("earlier-" + back, Optional.empty(), new DailySummary(today.minusDays(back),
                    Map.of("UPRIGHT", upright * 60_000, "SLOUCHED", (100 - upright) * 60_000), 0, 0, 0, List.of(), Instant.now())));
        }
        EventQueue.invokeAndWait(() -> {
            frame = new JFrame("FormCheck desk mode");
            desk = new DeskPanel(deskDir, said::add, () -> { });
            desk.useStandIn(DeskPanelGuiTestVideo.write(dir.resolve("desk.mp4")));
            frame.setContentPane(desk);
            frame.pack();
            frame.setVisible(true);
        });
    }

    @AfterEach
    void close() throws Exception {
        EventQueue.invokeAndWait(() -> {
            desk.shutDown();
            frame.dispose();
        });
        System.clearProperty(UserDataDirectory.CONFIG_PROPERTY);
        System.clearProperty(UserDataDirectory.PROPERTY);
    }

    @Test
    void aVideoStandingInForTheCameraShowsTheStatesTheChartsAPauseAndTheKeptDay() throws Exception {
        assertThat(Gui.onEdt(() -> desk.stateLabel.getText())).isEqualTo("Desk mode is off");
        assertThat(Gui.await(() -> desk.verdictLabel.getText().contains("You sat upright"), LIMIT)).isTrue();
        assertThat(Gui.onEdt(() -> desk.verdictLabel.getText()))
                .isEqualTo("<html>You sat upright 76% of the time this week, up from 64% the week before.</html>");

        Gui.run(() -> {
            desk.praiseBox.setSelected(false);
            desk.quietHours.setText("22:00-07:00");
            desk.standingBox.setSelected(true);
            desk.sitMinutes.setValue(30);
            desk.standMinutes.setValue(10);
            desk.startButton.doClick();
        });
        assertThat(Gui.await(() -> desk.stateLabel.getText().equals("Sitting upright"), LIMIT)).as(said.toString()).isTrue();
        // the choices are kept for the next run, and a new desk screen shows them
        assertThat(Files.readString(dir.resolve("config").resolve(ReminderSettingsFile.FILE_NAME)))
                .contains("\"praise\" : false", "\"quietHours\" : \"22:00-07:00\"", "\"sitMinutes\" : 30.0",
                        "\"standMinutes\" : 10.0");
        DeskPanel next = Gui.onEdt(() -> new DeskPanel(dir.resolve("data").resolve("desk"), said::add, () -> { }));
        // the file is read off the event thread: the boxes show it once read
        assertThat(Gui.await(() -> next.standingBox.isSelected(), LIMIT)).isTrue();
        assertThat(Gui.onEdt(() -> List.of(next.sitMinutes.getValue(), next.standMinutes.getValue()))).containsExactly(30, 10);
        assertThat(Gui.onEdt(() -> next.praiseBox.isSelected())).isFalse();
        assertThat(Gui.onEdt(() -> next.soundBox.isSelected())).isTrue();
        assertThat(Gui.onEdt(() -> next.quietHours.getText())).isEqualTo("22:00-07:00");
        Gui.run(next::shutDown);
        assertThat(Gui.onEdt(() -> desk.resumeButton.isEnabled())).as("no Resume when nothing is paused").isFalse();
        assertThat(Gui.await(() -> desk.stateLabel.getText().equals("Slouching"), LIMIT)).as(said.toString()).isTrue();
        assertThat(Gui.await(() -> desk.today.getValue("minutes", "Slouched").doubleValue() > 0.05, LIMIT)).isTrue();
        assertThat(Gui.onEdt(() -> desk.today.getValue("minutes", "Upright").doubleValue())).isGreaterThan(0.1);
        assertThat(Gui.onEdt(() -> desk.streakLabel.getText())).startsWith("Sitting for");
        assertThat(Gui.onEdt(() -> desk.breakLabel.getText())).startsWith("Next break in");
        shoot("desk-mode-slouching");

        Gui.run(() -> desk.pauseButton.doClick());
        assertThat(Gui.await(() -> desk.stateLabel.getText().startsWith("Paused until"), LIMIT)).isTrue();
        assertThat(Gui.onEdt(() -> desk.resumeButton.isEnabled())).isTrue();
        assertThat(Gui.onEdt(() -> desk.pauseButton.isEnabled())).isFalse();
        shoot("desk-mode-paused");

        Gui.run(() -> desk.stopButton.doClick());
        assertThat(Gui.await(() -> desk.stateLabel.getText().equals("Desk mode is off"), LIMIT)).isTrue();
        assertThat(Files.exists(new DailySummaryFiles(dir.resolve("data").resolve("desk")).fileFor(LocalDate.now())))
                .as("the day is kept").isTrue();

        // a stored baseline from another camera frame: said on the screen, with the wizard one click away
        Gui.run(() -> desk.offerCalibration(new dev.formcheck.desk.CameraFrame.Mismatch(
                new dev.formcheck.desk.CameraFrame(1280, 720), new dev.formcheck.desk.CameraFrame(640, 480))));
        assertThat(Gui.onEdt(() -> desk.cameraOffer.isShowing())).isTrue();
        assertThat(Gui.onEdt(() -> desk.cameraOfferText.getText())).contains("Your stored baseline was taken with the camera giving"
                + " 1280 x 720 pixels", "calibrate with this camera").doesNotContain("formcheck calibrate");
        shoot("desk-mode-camera-differs");
        Gui.run(() -> desk.recalibrateButton.doClick());
        // it opens once desk mode has let go of the camera
        assertThat(Gui.await(() -> java.util.Arrays.stream(java.awt.Window.getWindows())
                .anyMatch(w -> w instanceof CalibrationDialog && w.isShowing()), LIMIT)).as("the calibration wizard opens").isTrue();
        CalibrationDialog wizard = Gui.onEdt(() -> java.util.Arrays.stream(java.awt.Window.getWindows())
                .filter(w -> w instanceof CalibrationDialog && w.isShowing()).map(CalibrationDialog.class::cast)
                .findFirst().orElse(null));
        assertThat(Gui.onEdt(() -> wizard.sittingChoice.isSelected())).as("on desk sitting").isTrue();
        assertThat(Gui.onEdt(() -> desk.cameraOffer.isVisible())).isFalse();
        Gui.run(wizard::dispose);
    }

    @Test
    void withAStandingDeskTheScreenSaysSittingOrStandingAndTodaysTimeInEach() throws Exception {
        assertThat(Gui.onEdt(() -> desk.stanceLabel.getText())).as("no standing desk: nothing said").isBlank();
        Instant now = Instant.now();
        DailySummary today = new DailySummary(LocalDate.now(), Map.of("UPRIGHT", 80 * 60_000L, "SLOUCHED", 10 * 60_000L,
                "AWAY", 15 * 60_000L), 40 * 60_000L, 1, 1, List.of(), now, 25 * 60_000L);
        Gui.run(() -> desk.show(new dev.formcheck.session.DeskStatus(now, true, dev.formcheck.desk.Posture.UPRIGHT,
                Duration.ofMinutes(12), Duration.ofMinutes(33), Optional.empty(), false, Optional.of(today),
                Optional.of(dev.formcheck.desk.DeskStance.STANDING))));

        assertThat(Gui.onEdt(() -> desk.stateLabel.getText())).isEqualTo("Standing upright");
        assertThat(Gui.onEdt(() -> desk.stanceLabel.getText())).isEqualTo("Standing. Today: sitting 1 h 5 min, standing 25 min");
        assertThat(Gui.onEdt(() -> desk.streakLabel.getText())).isEqualTo("At your desk for 12 min");
        assertThat(Gui.onEdt(() -> desk.sitMinutes.isEnabled())).as("the schedule is set while desk mode is off").isFalse();
        shoot("desk-mode-standing");
    }

    private void shoot(String name) throws Exception {
        EventQueue.invokeAndWait(() -> { });
        Thread.sleep(300);
        Rectangle bounds = Gui.onEdt(() -> frame.getBounds());
        Files.createDirectories(Gui.SCREENSHOTS);
        ImageIO.write(new Robot().createScreenCapture(bounds), "png", Gui.SCREENSHOTS.resolve(name + ".png").toFile());
    }
}
