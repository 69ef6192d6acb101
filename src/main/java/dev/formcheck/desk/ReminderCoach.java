package dev.formcheck.desk;

import dev.formcheck.feedback.Notification;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Turns the monitor's reminders into reminders people act on, on an injected time (every call
 * says when): escalation, praise and a sit/stand schedule. Headless; the session feeds it the
 * monitor's notes and the held posture, and hands what it returns to the front end.
 *
 * <p>Escalation: the first posture alert (or break reminder) of an episode is a quiet notice; the
 * {@code soundFrom}-th in a row that went unheeded brings a sound too, the {@code panelFrom}-th the
 * small panel. Heeded means: the posture is good again (posture), a break was taken (break), or the
 * user answered ("I've fixed it", a snooze or pause); the count then starts again.
 *
 * <p>Praise: a stretch of {@code praiseAfter} without a poor posture brings one short note; so does
 * coming back from a break the camera saw (away for {@code breakMinAway}: the person really left).
 *
 * <p>Sit/stand, with a schedule. Where the camera tells sitting from standing (the stance is
 * given), the schedule follows what it sees: after {@code sit} of sitting a note to stand, after
 * {@code stand} of standing a note to sit, each repeated every {@code sitStandRepeat} while not
 * followed and escalated like the others (quiet notice, then the sound, then the panel); seeing
 * the change is heeding it. Where it cannot, the schedule runs on the clock alone: each note is a
 * quiet notice (whether it was followed is not known), the schedule assumes it was, and posture
 * alerts are held while it says standing (the sitting baseline does not apply then). A break
 * starts the schedule again. No praise or sit/stand note in quiet hours or while a full-screen
 * program is in front ({@link #holdReminders}; held until they end), or while paused.
 */
public final class ReminderCoach {
    static final String PRAISE_TITLE = "Nice";
    static final String SIT_STAND_TITLE_UP = "Time to stand";
    static final String SIT_STAND_TITLE_DOWN = "Time to sit";

    private final ReminderSettings settings;
    private final Duration breakMinAway;
    private final Duration sitStandRepeat;
    private final ZoneId zone;
    private final Map<Reminder.Kind, Integer> unheeded = new EnumMap<>(Reminder.Kind.class);

    private Posture posture = Posture.AWAY;
    private Instant goodSince;
    private boolean praisedThisStretch;
    private Instant awaySince;
    private boolean standing;
    private Instant phaseSince;
    /** The stance the camera saw last (null: it cannot tell, or has not yet); the schedule follows it. */
    private DeskStance seen;
    private Instant nextSitStandNote;
    private boolean held;

    /**
     * @param sitStandRepeat how often a sit/stand note that was not followed comes again (where the
     *                       camera tells sitting from standing)
     */
    public ReminderCoach(ReminderSettings settings, Duration breakMinAway, Duration sitStandRepeat, ZoneId zone) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.breakMinAway = Objects.requireNonNull(breakMinAway, "breakMinAway");
        this.sitStandRepeat = Objects.requireNonNull(sitStandRepeat, "sitStandRepeat");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /** A note the monitor gave at {@code at}: how insistently to give it, or empty to hold it (a posture alert while standing). */
    public Optional<Reminder> reminded(Notification note, Instant at) {
        Reminder.Kind kind = kindOf(note);
        if (kind == Reminder.Kind.POSTURE && standing && seen == null) {
            return Optional.empty(); // standing by the clock: the sitting baseline does not judge a standing person
        }
        if (kind != Reminder.Kind.POSTURE && kind != Reminder.Kind.BREAK) {
            return Optional.of(new Reminder(at, kind, Reminder.Step.NOTICE, note));
        }
        return Optional.of(escalated(kind, note, at));
    }

    private Reminder escalated(Reminder.Kind kind, Notification note, Instant at) {
        int inARow = unheeded.merge(kind, 1, Integer::sum);
        Reminder.Step step = reached(settings.panelFrom(), inARow) ? Reminder.Step.PANEL
                : reached(settings.soundFrom(), inARow) ? Reminder.Step.SOUND : Reminder.Step.NOTICE;
        return new Reminder(at, kind, step, note);
    }

    /** The posture held at {@code at}, where the camera does not tell sitting from standing; may bring praise or a sit/stand note. */
    public Optional<Reminder> postureIs(Posture now, Instant at) {
        return postureIs(now, Optional.empty(), false, at);
    }

    /**
     * The posture held at {@code at}, and the stance the camera sees (empty where it cannot tell);
     * may bring praise or a sit/stand note, none while {@code paused} (snoozed, the camera busy).
     */
    public Optional<Reminder> postureIs(Posture now, Optional<DeskStance> stance, boolean paused, Instant at) {
        followStance(now, stance.orElse(null), at);
        Optional<Reminder> said = postureAndBreaks(now, at);
        if (paused) {
            return Optional.empty();
        }
        return said.or(() -> seen != null ? sitStandSeen(at) : sitStandDue(at));
    }

    /** The schedule follows the stance the camera saw: a change starts its phase and heeds the note. */
    private void followStance(Posture now, DeskStance stance, Instant at) {
        if (now.state() == DeskState.AWAY || stance == null) {
            return; // away, or not told: the phase stands as it was
        }
        if (stance != seen) {
            seen = stance;
            standing = stance == DeskStance.STANDING;
            phaseSince = at;
            nextSitStandNote = null;
            unheeded.remove(Reminder.Kind.SIT_STAND);
        }
    }

    private Optional<Reminder> postureAndBreaks(Posture now, Instant at) {
        Posture before = posture;
        posture = now;
        Optional<Reminder> said = Optional.empty();
        if (now.state() == DeskState.AWAY) {
            if (before.state() != DeskState.AWAY) {
                awaySince = at;
            }
            goodSince = null;
            praisedThisStretch = false;
            return Optional.empty();
        }
        if (before.state() == DeskState.AWAY && awaySince != null) {
            boolean realBreak = !Duration.between(awaySince, at).minus(breakMinAway).isNegative();
            awaySince = null;
            if (realBreak) {
                unheeded.remove(Reminder.Kind.BREAK);
                unheeded.remove(Reminder.Kind.SIT_STAND);
                nextSitStandNote = null;
                if (seen == null) {
                    standing = false; // by the clock: sitting again from here
                }
                phaseSince = at;
                said = praise(at, "That break counts: welcome back.");
            }
        }
        if (phaseSince == null) {
            phaseSince = at;
        }
        if (now.isPoor()) {
            goodSince = null;
            praisedThisStretch = false;
        } else {
            unheeded.remove(Reminder.Kind.POSTURE);
            if (goodSince == null) {
                goodSince = at;
            }
            if (!praisedThisStretch && !Duration.between(goodSince, at).minus(settings.praiseAfter()).isNegative()) {
                praisedThisStretch = true;
                said = said.or(() -> praise(at, "You have sat tall for " + settings.praiseAfter().toMinutes() + " minutes. Keep it up."));
            }
        }
        return said;
    }

    /** Where the camera tells: the note to change once the seen stance has lasted its phase, then every {@code sitStandRepeat}. */
    private Optional<Reminder> sitStandSeen(Instant at) {
        if (settings.sitStand().isEmpty() || phaseSince == null || quiet(at)) {
            return Optional.empty();
        }
        ReminderSettings.SitStand s = settings.sitStand().get();
        if (nextSitStandNote == null) {
            nextSitStandNote = phaseSince.plus(standing ? s.stand() : s.sit());
        }
        if (at.isBefore(nextSitStandNote)) {
            return Optional.empty();
        }
        nextSitStandNote = at.plus(sitStandRepeat);
        long minutes = Duration.between(phaseSince, at).toMinutes();
        Notification note = standing
                ? new Notification(SIT_STAND_TITLE_DOWN, "You have stood for " + minutes
                + " minutes. Lower the desk and sit for " + s.sit().toMinutes() + " minutes.", Notification.Urgency.GENTLE)
                : new Notification(SIT_STAND_TITLE_UP, "You have been sitting for " + minutes
                + " minutes. Raise the desk and stand for " + s.stand().toMinutes() + " minutes.", Notification.Urgency.GENTLE);
        return Optional.of(escalated(Reminder.Kind.SIT_STAND, note, at));
    }

    /** The user answered the last reminder ("I've fixed it", a snooze or a pause): the escalation starts again. */
    public void answered() {
        unheeded.clear();
    }

    /** Whether the sit/stand schedule has the user standing now (as the camera saw, or by the clock). */
    public boolean standing() {
        return standing;
    }

    private Optional<Reminder> sitStandDue(Instant at) {
        if (settings.sitStand().isEmpty() || phaseSince == null || quiet(at)) {
            return Optional.empty();
        }
        ReminderSettings.SitStand s = settings.sitStand().get();
        Duration phase = standing ? s.stand() : s.sit();
        if (Duration.between(phaseSince, at).compareTo(phase) < 0) {
            return Optional.empty();
        }
        standing = !standing;
        phaseSince = at;
        Notification note = standing
                ? new Notification(SIT_STAND_TITLE_UP, "You have been sitting for " + s.sit().toMinutes()
                + " minutes. Raise the desk and stand for " + s.stand().toMinutes() + " minutes.", Notification.Urgency.GENTLE)
                : new Notification(SIT_STAND_TITLE_DOWN, "You have stood for " + s.stand().toMinutes()
                + " minutes. Lower the desk and sit for a while.", Notification.Urgency.GENTLE);
        return Optional.of(new Reminder(at, Reminder.Kind.SIT_STAND, Reminder.Step.NOTICE, note));
    }

    private Optional<Reminder> praise(Instant at, String message) {
        if (!settings.praise() || quiet(at)) {
            return Optional.empty();
        }
        return Optional.of(new Reminder(at, Reminder.Kind.PRAISE, Reminder.Step.NOTICE,
                new Notification(PRAISE_TITLE, message, Notification.Urgency.GENTLE)));
    }

    /** Holds praise and sit/stand notes while a full-screen program is in front, as quiet hours do (decision 0085). */
    public void holdReminders(boolean hold) {
        held = hold;
    }

    private boolean quiet(Instant at) {
        return held || settings.quietHours().map(q -> q.contains(LocalTime.ofInstant(at, zone))).orElse(false);
    }

    private static boolean reached(int from, int inARow) {
        return from > 0 && inARow >= from;
    }

    private static Reminder.Kind kindOf(Notification note) {
        return switch (note.title()) {
            case SlouchAlarm.TITLE -> Reminder.Kind.POSTURE;
            case BreakReminder.TITLE -> Reminder.Kind.BREAK;
            default -> Reminder.Kind.OTHER;
        };
    }
}
