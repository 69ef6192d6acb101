package dev.formcheck.ui.window;

import dev.formcheck.common.UserDataDirectory;
import dev.formcheck.testing.WithXvfbDisplay;
import dev.formcheck.ui.model.SettingsStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.PopupMenu;
import java.awt.SystemTray;
import java.awt.event.WindowEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The main window with desk mode running: closing it keeps desk mode in the tray, whose menu
 * brings the window back and offers no Resume while nothing is paused; File > Quit ends both.
 */
@WithXvfbDisplay(systemTray = true)
class DeskModeTrayGuiTest {
    private static final Duration LIMIT = Duration.ofSeconds(90);

    @TempDir
    Path dir;
    private MainWindow window;
    /** The stand-in camera's video, written while the window opens (FFmpeg's libraries load meanwhile). */
    private CompletableFuture<Path> sample;

    @BeforeEach
    void open() throws Exception {
        System.setProperty(UserDataDirectory.CONFIG_PROPERTY, dir.resolve("config").toString());
        System.setProperty(UserDataDirectory.PROPERTY, dir.resolve("data").toString());
        // Upright only, looped: the state settles on "Sitting upright" however late the first sample comes. (With
        // the 16 s upright, 60 s slouched clip a busy machine that missed the upright part waited a whole loop.)
        sample = CompletableFuture.supplyAsync(() -> DeskPanelGuiTestVideo.upright(dir.resolve("desk.mp4")));
        // The user's calibration sets the hold before a posture is shown and the time between samples (so the 6
        // samples of the run's own baseline) to their least, 2 s and 200 ms: a state is shown, which is what this
        // test needs; how long each takes is DeskMonitorTest's and DeskSessionTest's business.
        Files.createDirectories(dir.resolve("data"));
        Files.writeString(dir.resolve("data").resolve("calibration.json"), """
                {"format": "formcheck-calibration", "schema_version": 1, "kind": "user",
                 "thresholds": {"desk.min_state": {"value": 2000}, "desk.sample_interval": {"value": 200}}}
                """);
        window = FormCheckApp.open(new SettingsStore(dir.resolve("settings.json")), t -> { });
    }

    @AfterEach
    void close() throws Exception {
        if (Gui.onEdt(() -> window.isDisplayable())) {
            Gui.run(() -> window.getJMenuBar().getMenu(0).getItem(window.getJMenuBar().getMenu(0).getItemCount() - 1).doClick());
        }
        assertThat(Gui.await(() -> !window.isDisplayable(), Duration.ofSeconds(20))).isTrue();
        window.flushSettings();
        System.clearProperty(UserDataDirectory.CONFIG_PROPERTY);
        System.clearProperty(UserDataDirectory.PROPERTY);
    }

    @Test
    void closingTheWindowWhileDeskModeRunsKeepsItInTheTrayAndQuitEndsIt() throws Exception {
        Path video = sample.get(LIMIT.toSeconds(), TimeUnit.SECONDS);
        Gui.run(() -> {
            window.tabs.setSelectedComponent(window.desk);
            window.desk.useStandIn(video);
            window.desk.startButton.doClick();
        });
        assertThat(Gui.await(() -> window.desk.stateLabel.getText().equals("Sitting upright"), LIMIT)).isTrue();
        Gui.screenshot(window, "desk-mode-in-window");

        Gui.run(() -> window.dispatchEvent(new WindowEvent(window, WindowEvent.WINDOW_CLOSING)));

        assertThat(Gui.await(() -> !window.isShowing(), Duration.ofSeconds(10))).isTrue();
        assertThat(Gui.onEdt(() -> window.isDisplayable())).as("hidden, not closed").isTrue();
        assertThat(Gui.onEdt(() -> window.desk.running())).isTrue();
        PopupMenu menu = Gui.onEdt(() -> SystemTray.getSystemTray().getTrayIcons()[0].getPopupMenu());
        assertThat(Gui.onEdt(() -> IntStream.range(0, menu.getItemCount()).mapToObj(i -> menu.getItem(i).getLabel()).toList()))
                .containsExactly("Open FormCheck", "Snooze 15 min", "Pause 1 h", "Stop desk mode");
        Gui.run(() -> {
            java.awt.MenuItem open = menu.getItem(0);
            open.dispatchEvent(new java.awt.event.ActionEvent(open, java.awt.event.ActionEvent.ACTION_PERFORMED, open.getLabel()));
        });
        assertThat(Gui.await(() -> window.isShowing(), Duration.ofSeconds(10))).as("the tray brings it back").isTrue();
    }
}
