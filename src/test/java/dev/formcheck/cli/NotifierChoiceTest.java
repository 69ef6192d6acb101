package dev.formcheck.cli;

import dev.formcheck.analysis.thresholds.CalibrationFiles;
import dev.formcheck.desk.DeskRequest;
import dev.formcheck.desk.DeskRequests;
import dev.formcheck.desk.SittingBody;
import dev.formcheck.pose.InferenceSettings;
import dev.formcheck.pose.MoveNetEstimator;
import dev.formcheck.pose.MoveNetModel;
import dev.formcheck.testing.SharedData;
import dev.formcheck.testing.WithXvfbDisplay;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.awt.EventQueue;
import java.awt.MenuItem;
import java.awt.PopupMenu;
import java.awt.SystemTray;
import java.awt.TrayIcon;
import java.awt.Window;
import java.awt.event.ActionEvent;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The posture command's choice of tray, under Xvfb with trayer as a real system tray (docs/testing.md). */
@WithXvfbDisplay(systemTray = true)
class NotifierChoiceTest {
    /** Generous for a busy two-core machine; on an idle one the balloon maps in well under a second. */
    private static final Duration BALLOON_APPEARS_WITHIN = Duration.ofSeconds(10);

    private final List<String> notes = new CopyOnWriteArrayList<>();

    @AfterEach
    void noIconIsLeftBehind() throws Exception {
        assertThat(onEdt(() -> SystemTray.getSystemTray().getTrayIcons())).isEmpty();
    }

    @Test
    void withATrayRemindersGoToItAndItsMenuForwardsSnoozeAndResumeFollowingThePause() throws Exception {
        DeskRequests requests = new DeskRequests();
        try (NotifierChoice choice = NotifierChoice.choose(true, false, notes::add)) {
            choice.offerSnoozeMenu(requests);

            assertThat(choice.hasTray()).isTrue();
            assertThat(choice.desktop()).isPresent();
            PopupMenu menu = onEdt(() -> SystemTray.getSystemTray().getTrayIcons()[0].getPopupMenu());
            assertThat(onEdt(() -> IntStream.range(0, menu.getItemCount()).mapToObj(i -> menu.getItem(i).getLabel()).toList()))
                    .as("no Resume when nothing is paused").containsExactly("Snooze 15 min", "Pause 1 h");
            choose(menu, 0);
            choice.followPause(true);
            PopupMenu paused = onEdt(() -> SystemTray.getSystemTray().getTrayIcons()[0].getPopupMenu());
            assertThat(onEdt(() -> IntStream.range(0, paused.getItemCount()).mapToObj(i -> paused.getItem(i).getLabel()).toList()))
                    .containsExactly("Resume");
            choose(paused, 0);
            assertThat(requests.take()).containsExactly(new DeskRequest.Snooze(Duration.ofMinutes(15)), new DeskRequest.Resume());
        }
        assertThat(notes).isEmpty();
    }

    @Test
    void noTrayMeansTheConsoleOnlyEvenWhereATrayRuns() throws Exception {
        try (NotifierChoice choice = NotifierChoice.choose(false, false, notes::add)) {
            assertThat(choice.hasTray()).isFalse();
            assertThat(choice.desktop()).isEmpty();
            assertThat(onEdt(() -> SystemTray.getSystemTray().getTrayIcons())).isEmpty();
        }
        assertThat(notes).isEmpty();
    }

    @Test
    void aFastPostureRunOverARenderedSlouchShowsATrayBalloonAndPrintsTheLine() throws Exception {
        // 5 s upright (3 s become the baseline), then a slouch held past the 10 s minimum and the 60 s alert.
        PostureRunnerTest.Script clip = new PostureRunnerTest.Script().hold(SittingBody.Shape.UPRIGHT, 5)
                .hold(SittingBody.Shape.SLOUCHED, 75);
        StringWriter text = new StringWriter();
        try (NotifierChoice choice = NotifierChoice.choose(true, false, notes::add);
             MoveNetEstimator lightning = MoveNetEstimator.open(MoveNetModel.LIGHTNING, SharedData.modelsDir(), InferenceSettings.defaults())) {
            Set<Window> before = showingWindows(); // the icon's own windows included
            new PostureRunner(new PrintWriter(text), lightning, CalibrationFiles.defaults(), Optional.empty(), Optional.empty(),
                    Optional.empty(), new PostureRunner.Feedback(choice.desktop(), new DeskRequests())).runFrames(clip, true);

            assertThat(text.toString()).as(text.toString()).contains("alert: Sit tall");
            assertThat(awaitTrue(() -> !before.containsAll(showingWindowsNow()), BALLOON_APPEARS_WITHIN))
                    .as("a balloon appears").isTrue();
        }
        assertThat(notes).isEmpty();
    }

    private static void choose(PopupMenu menu, int index) throws Exception {
        onEdt(() -> {
            MenuItem item = menu.getItem(index);
            item.dispatchEvent(new ActionEvent(item, ActionEvent.ACTION_PERFORMED, item.getActionCommand()));
            return null;
        });
    }

    private static Set<Window> showingWindows() throws Exception {
        return onEdt(NotifierChoiceTest::showingWindowsNow);
    }

    private static Set<Window> showingWindowsNow() {
        return Arrays.stream(Window.getWindows()).filter(Window::isShowing).collect(Collectors.toSet());
    }

    private static boolean awaitTrue(Supplier<Boolean> condition, Duration limit) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!onEdt(condition)) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(25);
        }
        return true;
    }

    private static <T> T onEdt(Supplier<T> query) throws Exception {
        AtomicReference<T> result = new AtomicReference<>();
        EventQueue.invokeAndWait(() -> result.set(query.get()));
        return result.get();
    }
}
