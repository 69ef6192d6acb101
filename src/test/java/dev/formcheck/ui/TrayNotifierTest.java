package dev.formcheck.ui;

import dev.formcheck.feedback.Notification;
import dev.formcheck.feedback.Notification.Urgency;
import dev.formcheck.testing.WithXvfbDisplay;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.DataLine;
import javax.sound.sampled.SourceDataLine;
import javax.swing.JFrame;
import javax.swing.JTextField;
import java.awt.Image;
import java.awt.KeyboardFocusManager;
import java.awt.MenuItem;
import java.awt.PopupMenu;
import java.awt.event.ActionEvent;
import java.awt.SystemTray;
import java.awt.TrayIcon;
import java.awt.Window;
import java.awt.image.MultiResolutionImage;
import java.lang.reflect.InvocationTargetException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Under Xvfb with trayer as a real system tray (docs/testing.md). */
@WithXvfbDisplay(systemTray = true)
class TrayNotifierTest {
    /** Generous for a busy two-core machine; on an idle one the balloon maps in well under a second. */
    private static final Duration BALLOON_APPEARS_WITHIN = Duration.ofSeconds(10);
    /** Without a window manager, X gives the focus when Java asks; allow for a busy machine. */
    private static final Duration FRAME_FOCUSED_WITHIN = Duration.ofSeconds(10);

    private static final Notification SLOUCH =
            new Notification("Sit up", "You have been slouching for a minute.", Urgency.NORMAL);

    private final List<String> notes = new CopyOnWriteArrayList<>();

    @AfterEach
    void noIconIsLeftBehind() throws Exception {
        assertThat(Edt.get(() -> SystemTray.getSystemTray().getTrayIcons())).isEmpty();
    }

    @Test
    void addsItsIconToTheSystemTrayAtTheTraysSize() throws Exception {
        try (TrayNotifier notifier = TrayNotifier.create(TraySettings.defaults(), notes::add).orElseThrow()) {
            TrayIcon[] icons = Edt.get(() -> SystemTray.getSystemTray().getTrayIcons());

            assertThat(icons).hasSize(1);
            assertThat(icons[0].getToolTip()).isEqualTo(TraySettings.DEFAULT_TOOLTIP);
            int slot = Edt.get(() -> SystemTray.getSystemTray().getTrayIconSize().width);
            assertThat(baseWidth(icons[0].getImage())).isEqualTo(Math.max(slot, TrayIconArt.MIN_PIXELS));
        }
        assertThat(notes).isEmpty();
    }

    @Test
    void theMenuIsOnTheIconAndChoosingAnItemRunsItsAction() throws Exception {
        List<String> chosen = new CopyOnWriteArrayList<>();
        try (TrayNotifier notifier = TrayNotifier.create(TraySettings.defaults(), notes::add).orElseThrow()) {
            notifier.setMenu(List.of(new MenuChoice("Snooze 15 min", () -> chosen.add("snooze")),
                    new MenuChoice("Resume", () -> chosen.add("resume"))));

            PopupMenu menu = Edt.get(notifier::popupMenu);
            assertThat(menu).isNotNull();
            assertThat(Edt.get(() -> labels(menu))).containsExactly("Snooze 15 min", "Resume");
            Edt.get(() -> {
                MenuItem resume = menu.getItem(1);
                resume.dispatchEvent(new ActionEvent(resume, ActionEvent.ACTION_PERFORMED, resume.getActionCommand()));
                return null;
            });
            assertThat(chosen).containsExactly("resume");
            Edt.settle();
            assertThat(Edt.get(KeyboardFocusManager.getCurrentKeyboardFocusManager()::getFocusedWindow)).isNull();
        }
    }

    private static List<String> labels(PopupMenu menu) {
        return java.util.stream.IntStream.range(0, menu.getItemCount()).mapToObj(i -> menu.getItem(i).getLabel()).toList();
    }

    @Test
    void closeRemovesTheIconAndLaterNotificationsAreIgnored() throws Exception {
        TrayNotifier notifier = TrayNotifier.create(TraySettings.defaults(), notes::add).orElseThrow();
        Set<Window> before = showingWindows();

        notifier.close();
        notifier.close();
        notifier.show(SLOUCH);
        Edt.settle();

        assertThat(Edt.get(() -> SystemTray.getSystemTray().getTrayIcons())).isEmpty();
        assertThat(showingWindows()).isSubsetOf(before);
    }

    @Test
    void aNotificationShowsWithoutFocusingAnyWindow() throws Exception {
        KeyboardFocusManager focus = KeyboardFocusManager.getCurrentKeyboardFocusManager();
        assertThat(Edt.get(focus::getFocusedWindow)).isNull();
        try (TrayNotifier notifier = TrayNotifier.create(TraySettings.defaults(), notes::add).orElseThrow()) {
            Set<Window> before = showingWindows();

            notifier.show(SLOUCH);

            // On X11 the JDK draws the balloon itself, as an undecorated window of its own.
            assertThat(Edt.awaitTrue(() -> !before.containsAll(showingWindowsNow()), BALLOON_APPEARS_WITHIN))
                    .as("a balloon appears").isTrue();
            Edt.settle();
            assertThat(Edt.get(focus::getFocusedWindow)).isNull();
            assertThat(Edt.get(focus::getFocusOwner)).isNull();
        }
    }

    @Test
    void aNotificationLeavesTheKeyboardWithTheWindowTheUserIsTypingIn() throws Exception {
        JFrame editor = Edt.get(() -> {
            JFrame frame = new JFrame("the user's editor");
            frame.add(new JTextField(20));
            frame.pack();
            frame.setVisible(true);
            return frame;
        });
        try (TrayNotifier notifier = TrayNotifier.create(TraySettings.defaults(), notes::add).orElseThrow()) {
            assumeTrue(Edt.awaitTrue(editor::isFocused, FRAME_FOCUSED_WITHIN),
                    "skipped: this display never focused a test window, so focus cannot be observed");
            Window focusedBefore = Edt.get(KeyboardFocusManager.getCurrentKeyboardFocusManager()::getFocusedWindow);
            Set<Window> before = showingWindows();

            notifier.show(new Notification("Time to move", "45 minutes sitting: stand up and stretch.", Urgency.GENTLE));

            assertThat(Edt.awaitTrue(() -> !before.containsAll(showingWindowsNow()), BALLOON_APPEARS_WITHIN))
                    .as("a balloon appears").isTrue();
            Edt.settle();
            assertThat(focusedBefore).isSameAs(editor);
            assertThat(Edt.get(KeyboardFocusManager.getCurrentKeyboardFocusManager()::getFocusedWindow)).isSameAs(editor);
        } finally {
            Edt.get(() -> {
                editor.dispose();
                return null;
            });
        }
    }

    @Test
    void soundOnWithoutAnAudioDeviceStillNotifiesAndSaysSoOnce() throws Exception {
        assumeFalse(AudioSystem.isLineSupported(new DataLine.Info(SourceDataLine.class, Chime.FORMAT)),
                "skipped: this machine can play sound, and a test should not beep");
        try (TrayNotifier notifier = TrayNotifier.create(TraySettings.defaults().withSound(true), notes::add).orElseThrow()) {
            Set<Window> before = showingWindows();

            notifier.show(SLOUCH);
            notifier.show(SLOUCH);

            assertThat(Edt.awaitTrue(() -> !before.containsAll(showingWindowsNow()), BALLOON_APPEARS_WITHIN))
                    .as("a balloon appears").isTrue();
        }
        assertThat(notes).hasSize(1);
        assertThat(notes.get(0)).startsWith("sound off: no audio output device could play the reminder tone");
    }

    private static Set<Window> showingWindows() throws InterruptedException, InvocationTargetException {
        return Edt.get(TrayNotifierTest::showingWindowsNow);
    }

    private static Set<Window> showingWindowsNow() {
        return Arrays.stream(Window.getWindows()).filter(Window::isShowing).collect(Collectors.toSet());
    }

    private static int baseWidth(Image image) {
        assertThat(image).isInstanceOf(MultiResolutionImage.class);
        return ((MultiResolutionImage) image).getResolutionVariants().get(0).getWidth(null);
    }
}
