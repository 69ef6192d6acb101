package dev.formcheck.desk;

import dev.formcheck.platform.OsSignals;
import dev.formcheck.platform.OsWatchers;
import dev.formcheck.platform.Reading;
import dev.formcheck.platform.Signal;
import dev.formcheck.testing.WithXvfbDisplay;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import javax.swing.JFrame;
import java.awt.EventQueue;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.formcheck.desk.MonitorHarness.min;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The full-screen hold on a real X display, heard the way desk mode hears it (decision 0085):
 * {@code OsWatchers.forThisSystem} follows, with {@code xprop -spy}, the root window's
 * {@code _NET_ACTIVE_WINDOW} and that window's {@code _NET_WM_STATE}. Xvfb has no window manager,
 * so the test sets both properties itself, as a window manager would, on a real Swing frame; the
 * desk monitor and coach run on a simulated clock and follow what is heard.
 */
@WithXvfbDisplay
class FullScreenHoldGuiTest {
    private static final Duration POLL = Duration.ofMillis(200);
    private static final String TITLE = "a film, full screen";
    private JFrame film;
    private OsSignals os;

    @AfterEach
    void close() throws Exception {
        if (os != null) {
            os.close();
        }
        EventQueue.invokeAndWait(() -> {
            if (film != null) {
                film.dispose();
            }
        });
    }

    @Test
    void reminderIsHeldWhileTheWindowInFrontIsFullScreenAndGivenAfter() throws Exception {
        assumeTrue(run("xprop", "-version").startsWith("xprop"), "xprop (Debian x11-utils) is not installed");
        assumeTrue(noActiveWindow(run("xprop", "-root", "_NET_ACTIVE_WINDOW"))
                        && System.getenv().getOrDefault("WAYLAND_DISPLAY", "").isEmpty(),
                "this display has a window manager (a desktop): the test sets the root window's properties only under Xvfb");
        EventQueue.invokeAndWait(() -> {
            film = new JFrame(TITLE);
            film.setSize(400, 300);
            film.setVisible(true);
        });
        String window = windowId();

        os = OsWatchers.forThisSystem(POLL).start();
        await(Signal.FULL_SCREEN, new Reading.Unknown("no window manager here says which window is in front"));
        assertThat(os.cannotTell()).contains("FormCheck cannot tell when a full-screen program is in front on this system: "
                + "no window manager here says which window is in front.");

        run("xprop", "-root", "-f", "_NET_ACTIVE_WINDOW", "32x", "-set", "_NET_ACTIVE_WINDOW", window);
        await(Signal.FULL_SCREEN, Reading.OFF); // a window in front, not full screen

        FollowedMonitor desk = new FollowedMonitor(os);
        desk.hold(Posture.UPRIGHT, min(1));
        run("xprop", "-id", window, "-f", "_NET_WM_STATE", "32a", "-set", "_NET_WM_STATE", "_NET_WM_STATE_FULLSCREEN");
        await(Signal.FULL_SCREEN, Reading.ON);
        desk.hold(Posture.SLOUCHED, min(8)); // unheld: a notice, a sound and the panel by now
        assertThat(desk.given).isEmpty();
        assertThat(desk.said).contains("a full-screen program is in front: reminders wait until it leaves");

        run("xprop", "-id", window, "-remove", "_NET_WM_STATE");
        await(Signal.FULL_SCREEN, Reading.OFF);
        desk.hold(Posture.SLOUCHED, FollowedMonitor.TICK);
        assertThat(desk.given).extracting(Reminder::step).containsExactly(Reminder.Step.NOTICE);
        assertThat(desk.said).contains("no full-screen program in front now: reminders come again");
    }

    private static boolean noActiveWindow(String rootAnswer) {
        return rootAnswer.contains("no such atom") || rootAnswer.contains("not found");
    }

    /** The frame's X window id, as xwininfo finds it by its title. */
    private static String windowId() throws Exception {
        Pattern id = Pattern.compile("Window id: (0x[0-9a-f]+)");
        for (int tries = 0; tries < 50; tries++) {
            Matcher m = id.matcher(run("xwininfo", "-name", TITLE));
            if (m.find()) {
                return m.group(1);
            }
            Thread.sleep(100);
        }
        throw new AssertionError("xwininfo did not find the frame titled " + TITLE);
    }

    private void await(Signal signal, Reading expected) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (!os.latest(signal).equals(expected) && System.nanoTime() < end) {
            Thread.sleep(20);
        }
        assertThat(os.latest(signal)).isEqualTo(expected);
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(List.of(command)).redirectErrorStream(true).start();
        assertThat(p.waitFor(5, TimeUnit.SECONDS)).isTrue();
        return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
}
