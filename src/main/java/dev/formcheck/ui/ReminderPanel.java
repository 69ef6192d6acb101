package dev.formcheck.ui;

import dev.formcheck.feedback.Notification;

import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JWindow;
import javax.swing.SwingUtilities;
import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.awt.Window;
import java.util.List;
import java.util.Objects;

/**
 * The small always-on-top panel of an escalated reminder: its note and three buttons ("I've fixed
 * it", "Snooze 15 min", "Pause 1 h") that forward the user's answer and close it. It never takes
 * the keyboard focus: it is not focusable, does not ask for focus when shown, and is a utility
 * window, so typing in another program goes on undisturbed while the mouse can still click it.
 * Built and shown on the event dispatch thread only.
 */
public final class ReminderPanel {
    /** Distance from the screen's bottom-right corner, in unscaled pixels. */
    private static final int MARGIN = 24;

    private final JWindow window;

    private ReminderPanel(Notification note, List<MenuChoice> choices) {
        window = new JWindow();
        window.setType(Window.Type.UTILITY);
        window.setAlwaysOnTop(true);
        window.setAutoRequestFocus(false);
        window.setFocusableWindowState(false);
        window.setName("reminderPanel");
        JPanel content = new JPanel(new BorderLayout(8, 8));
        content.setBorder(BorderFactory.createCompoundBorder(BorderFactory.createLineBorder(content.getForeground(), 1),
                BorderFactory.createEmptyBorder(12, 14, 12, 14)));
        JLabel title = new JLabel(note.title());
        title.setFont(title.getFont().deriveFont(java.awt.Font.BOLD, title.getFont().getSize2D() * 1.2f));
        content.add(title, BorderLayout.NORTH);
        content.add(new JLabel("<html><body style='width: 280px'>" + escape(note.message()) + "</body></html>"), BorderLayout.CENTER);
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.RIGHT, 6, 0));
        for (MenuChoice choice : choices) {
            JButton b = new JButton(choice.label());
            b.setFocusable(false);
            b.addActionListener(e -> {
                choice.action().run();
                close();
            });
            buttons.add(b);
        }
        content.add(buttons, BorderLayout.SOUTH);
        window.setContentPane(content);
        window.pack();
        Rectangle screen = GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
        window.setLocation(screen.x + screen.width - window.getWidth() - MARGIN, screen.y + screen.height - window.getHeight() - MARGIN);
    }

    /** Builds and shows the panel; on the event dispatch thread. */
    public static ReminderPanel show(Notification note, List<MenuChoice> choices) {
        Objects.requireNonNull(note, "note");
        if (!SwingUtilities.isEventDispatchThread()) {
            throw new IllegalStateException("the reminder panel is built on the event dispatch thread");
        }
        ReminderPanel panel = new ReminderPanel(note, List.copyOf(choices));
        panel.window.setVisible(true);
        return panel;
    }

    /** The window, for tests and for placing it. */
    public Window window() {
        return window;
    }

    public boolean isShowing() {
        return window.isShowing();
    }

    public void close() {
        window.setVisible(false);
        window.dispose();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
