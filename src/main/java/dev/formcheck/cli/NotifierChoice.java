package dev.formcheck.cli;

import dev.formcheck.desk.DeskRequests;
import dev.formcheck.feedback.Notifier;
import dev.formcheck.ui.Chime;
import dev.formcheck.ui.DeskTrayMenu;
import dev.formcheck.ui.TrayNotifier;
import dev.formcheck.ui.TraySettings;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Where a monitoring run's reminders go besides the console: the system tray when the desktop has
 * one (with the snooze menu and, if asked, the chime), else nowhere but the console, saying why.
 * With the tray turned off, {@code sound} still rings the chime alone.
 */
final class NotifierChoice implements AutoCloseable {
    private final Optional<TrayNotifier> tray;
    private final Optional<Chime> chimeAlone;
    private DeskTrayMenu menu;

    private NotifierChoice(Optional<TrayNotifier> tray, Optional<Chime> chimeAlone) {
        this.tray = tray;
        this.chimeAlone = chimeAlone;
    }

    /**
     * @param useTray false for {@code --no-tray}
     * @param sound   {@code --sound}
     * @param notes   one line each: why there is no tray, or why there is no sound
     */
    static NotifierChoice choose(boolean useTray, boolean sound, Consumer<String> notes) {
        Objects.requireNonNull(notes, "notes");
        if (useTray) {
            Optional<TrayNotifier> tray = TrayNotifier.create(TraySettings.defaults().withSound(sound), notes);
            if (tray.isPresent()) {
                return new NotifierChoice(tray, Optional.empty());
            }
        }
        return new NotifierChoice(Optional.empty(), sound ? Optional.of(Chime.onDefaultDevice(notes)) : Optional.empty());
    }

    /** Shows each reminder on the desktop (the tray's balloon, or the chime alone); empty: the console only. */
    Optional<Notifier> desktop() {
        if (tray.isPresent()) {
            return Optional.of(tray.get());
        }
        return chimeAlone.map(chime -> notification -> chime.ring());
    }

    boolean hasTray() {
        return tray.isPresent();
    }

    /** Puts Snooze, Pause and Resume on the tray icon, handing the user's choice to {@code requests}; without a tray, nothing. */
    void offerSnoozeMenu(DeskRequests requests) {
        this.menu = new DeskTrayMenu(requests::submit);
        tray.ifPresent(t -> t.setMenu(menu.choices(false)));
    }

    /** The tray's menu follows the monitor: Resume only while paused, Snooze and Pause otherwise. */
    void followPause(boolean paused) {
        if (menu != null) {
            tray.ifPresent(t -> t.setMenu(menu.choices(paused)));
        }
    }

    @Override
    public void close() {
        tray.ifPresent(TrayNotifier::close);
        chimeAlone.ifPresent(Chime::close);
    }
}
