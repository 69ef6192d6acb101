package dev.formcheck.ui;

import dev.formcheck.feedback.Notification;
import dev.formcheck.feedback.Notifier;

import java.awt.AWTException;
import java.awt.EventQueue;
import java.awt.Frame;
import java.awt.GraphicsEnvironment;
import java.awt.MenuItem;
import java.awt.PopupMenu;
import java.awt.SystemTray;
import java.awt.TrayIcon;
import java.awt.Window;
import java.lang.reflect.InvocationTargetException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Shows notifications as balloons from an icon in the desktop's system tray, optionally with a
 * soft tone. It opens no window of its own and keeps the focus away from the ones AWT opens for
 * it, so a reminder never takes the keyboard from what the user is typing. All AWT work runs on
 * the event dispatch thread; {@link #show} may be called from any thread and returns at once.
 */
public final class TrayNotifier implements Notifier, AutoCloseable {
    private final SystemTray tray;
    private final TrayIcon icon;
    private final Optional<Chime> chime;
    private final AtomicBoolean closed = new AtomicBoolean();

    private TrayNotifier(SystemTray tray, TrayIcon icon, Optional<Chime> chime) {
        this.tray = tray;
        this.icon = icon;
        this.chime = chime;
    }

    /**
     * Adds FormCheck's icon to the system tray. Empty where there is no tray to add it to (no
     * display, or a desktop without a notification area); {@code notes} then receives the reason,
     * so the caller can say it and fall back to a {@link dev.formcheck.feedback.ConsoleNotifier}.
     * {@code notes} also receives the one-time line when sound is on but no audio device exists.
     */
    public static Optional<TrayNotifier> create(TraySettings settings, Consumer<String> notes) {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(notes, "notes");
        if (GraphicsEnvironment.isHeadless()) {
            notes.accept("system tray unavailable: there is no display (headless)");
            return Optional.empty();
        }
        try {
            return onEventThread(() -> addIcon(settings, notes));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            notes.accept("system tray unavailable: interrupted while adding the icon");
            return Optional.empty();
        }
    }

    private static Optional<TrayNotifier> addIcon(TraySettings settings, Consumer<String> notes) {
        if (!SystemTray.isSupported()) {
            notes.accept("system tray unavailable: this desktop has no system tray (no notification area is running)");
            return Optional.empty();
        }
        SystemTray tray = SystemTray.getSystemTray();
        TrayIcon icon = new TrayIcon(TrayIconArt.image(tray.getTrayIconSize(), screenScale()), settings.tooltip());
        // The tray may resize its slots later (a taller panel); scaling keeps the icon inside them.
        icon.setImageAutoSize(true);
        Set<Window> windowsBefore = new HashSet<>(Arrays.asList(Window.getWindows()));
        try {
            tray.add(icon);
        } catch (AWTException refused) {
            notes.accept("system tray unavailable: the tray refused the icon (" + refused.getMessage() + ")");
            return Optional.empty();
        }
        keepFocusAway(windowsBefore);
        Optional<Chime> chime = settings.sound() ? Optional.of(Chime.onDefaultDevice(notes)) : Optional.empty();
        return Optional.of(new TrayNotifier(tray, icon, chime));
    }

    /**
     * On X11 the JDK draws the balloon (and the tooltip) itself, as focusable windows created with
     * the icon; shown, the balloon took the keyboard focus (measured under Xvfb, TrayNotifierTest).
     * Every window the icon brought along, except the frame the tray embeds, is made unfocusable.
     * Elsewhere the desktop draws the balloon and no window appears, so this does nothing.
     */
    private static void keepFocusAway(Set<Window> windowsBefore) {
        for (Window window : Window.getWindows()) {
            if (!windowsBefore.contains(window) && !(window instanceof Frame)) {
                window.setFocusableWindowState(false);
                window.setAutoRequestFocus(false);
            }
        }
    }

    /** Device pixels per logical pixel on the default screen: 2.0 on a HiDPI screen at 200 %. */
    private static double screenScale() {
        return GraphicsEnvironment.getLocalGraphicsEnvironment().getDefaultScreenDevice()
                .getDefaultConfiguration().getDefaultTransform().getScaleX();
    }

    /** How each urgency is presented; neither uses WARNING or ERROR, which read as a fault. */
    public static TrayIcon.MessageType messageType(Notification.Urgency urgency) {
        return switch (urgency) {
            case GENTLE -> TrayIcon.MessageType.NONE;
            case NORMAL -> TrayIcon.MessageType.INFO;
        };
    }

    /** Shows the balloon (and rings the chime if sound is on); ignored once closed. */
    @Override
    public void show(Notification n) {
        Objects.requireNonNull(n, "notification");
        if (closed.get()) {
            return;
        }
        EventQueue.invokeLater(() -> {
            if (!closed.get()) {
                icon.displayMessage(n.title(), n.message(), messageType(n.urgency()));
            }
        });
        chime.ifPresent(Chime::ring);
    }

    /**
     * Gives the icon a popup menu (opened by a right click) with these choices, replacing any
     * earlier one. A popup menu is a menu, not a window: it takes no focus until the user opens it.
     */
    public void setMenu(List<MenuChoice> choices) {
        List<MenuChoice> copy = List.copyOf(choices);
        try {
            onEventThread(() -> {
                PopupMenu menu = new PopupMenu();
                for (MenuChoice choice : copy) {
                    MenuItem item = new MenuItem(choice.label());
                    item.addActionListener(event -> choice.action().run());
                    menu.add(item);
                }
                icon.setPopupMenu(menu);
                return null;
            });
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** The icon's popup menu, for tests that check it is there and wired. */
    PopupMenu popupMenu() {
        return icon.getPopupMenu();
    }

    /** Removes the icon from the tray; later notifications are ignored. Safe to call twice. */
    @Override
    public void close() {
        if (closed.getAndSet(true)) {
            return;
        }
        chime.ifPresent(Chime::close);
        try {
            onEventThread(() -> {
                tray.remove(icon);
                return null;
            });
        } catch (InterruptedException interrupted) {
            // Still removed: the queued removal runs when the event thread gets to it.
            Thread.currentThread().interrupt();
        }
    }

    /** Runs {@code work} on the event dispatch thread and waits for it; unchecked failures come back as they were. */
    private static <T> T onEventThread(Supplier<T> work) throws InterruptedException {
        if (EventQueue.isDispatchThread()) {
            return work.get();
        }
        AtomicReference<T> result = new AtomicReference<>();
        try {
            EventQueue.invokeAndWait(() -> result.set(work.get()));
        } catch (InvocationTargetException failed) {
            if (failed.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw (Error) failed.getCause(); // a Supplier throws nothing checked
        }
        return result.get();
    }
}
