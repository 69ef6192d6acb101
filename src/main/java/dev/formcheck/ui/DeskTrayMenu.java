package dev.formcheck.ui;

import dev.formcheck.desk.DeskRequest;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The tray icon's menu for the desk monitor, as a headless view model: each choice only forwards
 * the user's intent as a {@link DeskRequest}; the monitor decides what a snooze means.
 */
public final class DeskTrayMenu {
    /** A short snooze: about one meeting or phone call, after which the reminders come back by themselves. */
    public static final Duration SNOOZE = Duration.ofMinutes(15);
    /** A longer pause: a lunch or a presentation, still ending on its own so the monitor is never left off by mistake. */
    public static final Duration PAUSE = Duration.ofHours(1);

    public static final String SNOOZE_LABEL = "Snooze 15 min";
    public static final String PAUSE_LABEL = "Pause 1 h";
    public static final String RESUME_LABEL = "Resume";
    public static final String FIXED_LABEL = "I've fixed it";

    private final Consumer<DeskRequest> requests;

    /** @param requests where the intent goes (a {@link dev.formcheck.desk.DeskRequests} hand-off); called on the event thread */
    public DeskTrayMenu(Consumer<DeskRequest> requests) {
        this.requests = Objects.requireNonNull(requests, "requests");
    }

    /** The choices in menu order while paused: only Resume; otherwise only what pauses (no Resume when nothing is paused). */
    public List<MenuChoice> choices(boolean paused) {
        List<MenuChoice> all = choices();
        return paused ? List.of(all.get(2)) : all.subList(0, 2);
    }

    /** The reminder panel's buttons, in order: "I've fixed it", a snooze, a pause. */
    public List<MenuChoice> panelChoices() {
        return List.of(new MenuChoice(FIXED_LABEL, () -> requests.accept(new DeskRequest.Fixed())),
                new MenuChoice(SNOOZE_LABEL, () -> requests.accept(new DeskRequest.Snooze(SNOOZE))),
                new MenuChoice(PAUSE_LABEL, () -> requests.accept(new DeskRequest.Snooze(PAUSE))));
    }

    /** Every choice in menu order, for a menu that cannot follow the state. */
    public List<MenuChoice> choices() {
        return List.of(
                new MenuChoice(SNOOZE_LABEL, () -> requests.accept(new DeskRequest.Snooze(SNOOZE))),
                new MenuChoice(PAUSE_LABEL, () -> requests.accept(new DeskRequest.Snooze(PAUSE))),
                new MenuChoice(RESUME_LABEL, () -> requests.accept(new DeskRequest.Resume())));
    }
}
