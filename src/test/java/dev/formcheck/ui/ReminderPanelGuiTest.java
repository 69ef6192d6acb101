package dev.formcheck.ui;

import dev.formcheck.desk.DeskRequest;
import dev.formcheck.feedback.Notification;
import dev.formcheck.testing.WithXvfbDisplay;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import javax.swing.JButton;
import javax.swing.JFrame;
import javax.swing.JTextField;
import java.awt.Component;
import java.awt.Container;
import java.awt.EventQueue;
import java.awt.KeyboardFocusManager;
import java.awt.Robot;
import java.awt.event.KeyEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The escalated reminder's panel on a real X display: always on top, and it never takes the
 * keyboard from the program the user is typing in; its buttons forward the answer and close it.
 */
@WithXvfbDisplay
class ReminderPanelGuiTest {
    private final List<DeskRequest> forwarded = new CopyOnWriteArrayList<>();
    private JFrame editor;
    private JTextField typing;
    private ReminderPanel panel;

    @AfterEach
    void close() throws Exception {
        EventQueue.invokeAndWait(() -> {
            if (panel != null) {
                panel.close();
            }
            if (editor != null) {
                editor.dispose();
            }
        });
    }

    @Test
    void thePanelShowsOnTopWithoutTakingTheKeyboardAndItsButtonsForwardTheAnswer() throws Exception {
        EventQueue.invokeAndWait(() -> {
            editor = new JFrame("someone's editor");
            typing = new JTextField(30);
            editor.add(typing);
            editor.setSize(500, 200);
            editor.setLocation(50, 50);
            editor.setVisible(true);
            typing.requestFocusInWindow();
        });
        assertThat(await(() -> typing.isFocusOwner())).as("the editor has the keyboard before the panel").isTrue();

        EventQueue.invokeAndWait(() -> panel = ReminderPanel.show(new Notification("Sit tall",
                "You have been slumped for a while. Sit back in the chair, tall through the spine, shoulders relaxed.",
                Notification.Urgency.NORMAL), new DeskTrayMenu(forwarded::add).panelChoices()));
        assertThat(await(() -> panel.isShowing())).isTrue();
        Thread.sleep(500); // give any focus change time to happen
        Robot robot = new Robot();
        robot.keyPress(KeyEvent.VK_A);
        robot.keyRelease(KeyEvent.VK_A);
        robot.waitForIdle();

        assertThat(onEdt(() -> panel.window().isAlwaysOnTop())).isTrue();
        assertThat(onEdt(() -> panel.window().isFocusableWindow())).isFalse();
        assertThat(onEdt(() -> panel.window().isFocused())).isFalse();
        assertThat(onEdt(() -> KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusedWindow())).isSameAs(editor);
        assertThat(await(() -> typing.getText().equals("a"))).as("typing goes on into the editor").isTrue();
        screenshot(panel, "reminder-panel");

        EventQueue.invokeAndWait(() -> button(panel.window(), "I've fixed it").doClick());

        assertThat(forwarded).containsExactly(new DeskRequest.Fixed());
        assertThat(await(() -> !panel.isShowing())).isTrue();
        assertThat(onEdt(() -> typing.isFocusOwner())).isTrue();
    }

    private static JButton button(Container root, String label) {
        for (Component c : root.getComponents()) {
            if (c instanceof JButton b && label.equals(b.getText())) {
                return b;
            }
            if (c instanceof Container inner) {
                JButton found = button(inner, label);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static <T> T onEdt(Supplier<T> query) throws Exception {
        AtomicReference<T> result = new AtomicReference<>();
        EventQueue.invokeAndWait(() -> result.set(query.get()));
        return result.get();
    }

    private static boolean await(Supplier<Boolean> condition) throws Exception {
        long end = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < end) {
            if (onEdt(condition)) {
                return true;
            }
            Thread.sleep(100);
        }
        return false;
    }

    private static void screenshot(ReminderPanel panel, String name) throws Exception {
        EventQueue.invokeAndWait(() -> { });
        Thread.sleep(300);
        java.awt.Rectangle bounds = onEdt(() -> panel.window().getBounds());
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        ImageIO.write(new Robot().createScreenCapture(bounds), "png", dir.resolve(name + ".png").toFile());
    }
}
