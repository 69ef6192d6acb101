package dev.formcheck.desk;

import dev.formcheck.feedback.Notification;
import dev.formcheck.feedback.Notifier;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;
import java.util.Optional;

/**
 * The desk monitor: judged samples in, a held state, timers, reminders and camera decisions out.
 * Every time comes from the injected {@link Clock} (a simulated one in tests); the runner feeds it
 * samples when {@link #camera()} says to sample, calls {@link #tick()} while the camera is
 * released, and obeys the decision.
 *
 * <p>State: a new posture replaces the current one only after holding for {@code minState}
 * (the time it held is moved over to it), so a reach for the mouse is no slouch; the classifier
 * keeps the current posture until its exit value is crossed (hysteresis). Nobody, or only someone
 * who is not the user, for {@code awayAfter} is AWAY, dated from the last time the user was seen;
 * AWAY for {@code breakMinAway} is a break taken, which ends the sitting streak.
 *
 * <p>Reminders (urgency as {@link Notification.Urgency} defines it): a poor posture held for
 * {@code slouchAlertAfter} brings a NORMAL alert, polite and repeated at
 * doubling intervals up to {@code slouchMaxBackoff}; a streak of {@code breakRemindAfter} brings a
 * GENTLE break reminder, repeated every {@code breakRepeat} (each one sat through is recorded as skipped).
 * None while snoozed, in quiet hours, while the camera is busy, or while the baseline looks stale.
 *
 * <p>Camera: released while snoozed, on a break (reopened every {@code cameraRecheck} to look), and
 * while another program holds it (retried as often; that time is CAMERA_BUSY, not AWAY).
 *
 * <p>Summary: brought up to date on every call, saved at least every {@code summaryFlush} and at
 * {@link #close()}; a restart the same day continues the saved summary. Not thread-safe: one
 * runner thread drives it.
 */
public final class DeskMonitor implements AutoCloseable {
    private final MonitorSettings settings;
    private final PostureClassifier classifier;
    private final Notifier notifier;
    private final Clock clock;
    private final SummaryStore store;

    private Posture state = Posture.AWAY;
    private Posture candidate;
    private Instant candidateSince;
    private Instant lastUserSeen;
    private Instant awaySince;
    private Instant lastAdvance;
    private Instant lastSample;
    private Instant lastSaved;

    private Instant streakStart;
    private Instant poorSince;
    private Instant nextSlouchAlert;
    private Duration slouchGap;
    private Instant nextBreakReminder;
    private Instant unansweredReminder;

    private Instant snoozedUntil;
    private Instant snoozedAt;
    private Instant busySince;
    private Instant busyRetryAt;
    private Instant breakAt;
    private final StaleBaselineWatch staleWatch;
    private boolean staleWarned;
    private boolean baselineOld;
    private boolean stale;

    private DayTally today;

    /** A state change, for the runner to print. */
    public record StateChange(Instant at, Posture from, Posture to) {
    }

    public DeskMonitor(MonitorSettings settings, PostureClassifier classifier, Notifier notifier, Clock clock, SummaryStore store) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.classifier = Objects.requireNonNull(classifier, "classifier");
        this.notifier = Objects.requireNonNull(notifier, "notifier");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.store = Objects.requireNonNull(store, "store");
        // a sample stands for at most two intervals: a released camera adds no judged time
        this.staleWatch = new StaleBaselineWatch(settings.staleWindow(), settings.staleShare(),
                settings.sampleInterval().multipliedBy(2));
        Instant now = clock.instant();
        lastAdvance = now;
        lastSaved = now;
        awaySince = now;
        startDay(now);
        classifier.baseline().measuredAt().ifPresent(at -> {
            if (Duration.between(at, now).compareTo(settings.staleAfter()) > 0) {
                baselineOld = true;
                warnStale("Your posture baseline is " + Duration.between(at, now).toDays()
                        + " days old; if the chair, desk or camera moved since, run calibrate --pose sitting again.");
            }
        });
    }

    /** Judges a measured sample against the baseline (keeping the current posture's hysteresis) and takes it in. */
    public Optional<StateChange> observe(DeskMeasurement m) {
        return observe(classifier.classify(m, state.state() == DeskState.AWAY ? Posture.UPRIGHT : state));
    }

    /** Takes in a sample already judged, at the clock's time. */
    public Optional<StateChange> observe(SampleVerdict verdict) {
        Instant now = clock.instant();
        advance(now);
        lastSample = now;
        Optional<StateChange> change = Optional.empty();
        if (verdict instanceof SampleVerdict.Judged judged) {
            userSeen(now);
            recordJudged(now, judged.posture());
            change = consider(now, judged.posture());
            if (state.isPoor() && poorSince == null) {
                armSlouchAlert(now); // still poor after a snooze or a busy camera: timed afresh from now
            }
        } else if (verdict instanceof SampleVerdict.Unjudged) {
            userSeen(now); // someone in the chair, but not judgeable: hold the state
            recordJudged(now, null);
        } else if (state.state() != DeskState.AWAY && lastUserSeen != null
                && !now.isBefore(lastUserSeen.plus(settings.awayAfter()))) {
            change = Optional.of(switchTo(lastUserSeen, now, Posture.AWAY));
        }
        remind(now);
        maybeSave(now);
        return change;
    }

    /** Time passes without a sample (the camera is released): timers and reminders run, the summary is saved when due. */
    public void tick() {
        Instant now = clock.instant();
        advance(now);
        remind(now);
        maybeSave(now);
    }

    /** Snooze (pause) for {@code length}: no reminders, the camera released, the time counted as SNOOZED. */
    public void snooze(Duration length) {
        Instant now = clock.instant();
        advance(now);
        endSnoozeEarly(now);
        snoozedUntil = now.plus(length);
        snoozedAt = now;
        today.addBreak(new BreakEntry(BreakEntry.Kind.SNOOZED, now, length.toSeconds() / 60.0));
        unansweredReminder = null;
        forgetPosture();
        save(now);
    }

    /** Ends a snooze early; the day's history then records how long it really lasted. */
    public void resume() {
        Instant now = clock.instant();
        advance(now);
        endSnoozeEarly(now);
        snoozedUntil = null;
        save(now);
    }

    private void endSnoozeEarly(Instant now) {
        if (snoozedUntil != null && now.isBefore(snoozedUntil)) {
            today.endSnoozeEarly(snoozedAt, Duration.between(snoozedAt, now).toSeconds() / 60.0);
        }
    }

    /** Whether a snooze is running now. */
    public boolean isSnoozed() {
        return snoozedUntil != null && clock.instant().isBefore(snoozedUntil);
    }

    /** Carries out what the user asked for (the tray's menu): a snooze or a resume. */
    public void apply(DeskRequest request) {
        if (Objects.requireNonNull(request, "request") instanceof DeskRequest.Snooze snooze) {
            snooze(snooze.length());
        } else {
            resume();
        }
    }

    /** Another program holds the camera: pause, retry after {@code cameraRecheck}; not AWAY, no reminders. */
    public void cameraBusy() {
        Instant now = clock.instant();
        advance(now);
        if (busySince == null) {
            busySince = now;
            forgetPosture();
        }
        busyRetryAt = now.plus(settings.cameraRecheck());
    }

    /** The camera opened again. */
    public void cameraOpened() {
        Instant now = clock.instant();
        advance(now);
        busySince = null;
        busyRetryAt = null;
    }

    /** Whether the camera is busy with another program (the runner says so once, the user sees it). */
    public boolean isCameraBusy() {
        return busySince != null;
    }

    public CameraDecision camera() {
        Instant now = clock.instant();
        if (snoozedUntil != null && now.isBefore(snoozedUntil)) {
            return new CameraDecision.Release(snoozedUntil, CameraDecision.Release.Why.SNOOZED);
        }
        if (busySince != null) {
            return new CameraDecision.Release(busyRetryAt, CameraDecision.Release.Why.CAMERA_BUSY);
        }
        if (onBreak(now)) {
            Instant look = (lastSample == null ? now : lastSample).plus(settings.cameraRecheck());
            if (now.isBefore(look)) {
                return new CameraDecision.Release(look, CameraDecision.Release.Why.ON_BREAK);
            }
        }
        return new CameraDecision.Sample(settings.sampleInterval());
    }

    public Posture state() {
        return state;
    }

    /** The current sitting streak; zero while away on a break. */
    public Duration streak() {
        return streakStart == null ? Duration.ZERO : Duration.between(streakStart, clock.instant());
    }

    /** Whether the baseline looks stale (warned once; posture alerts are held back meanwhile). */
    public boolean baselineLooksStale() {
        return stale;
    }

    /** Today's summary, up to the clock's time. */
    public DailySummary summary() {
        advance(clock.instant());
        return today.snapshot(clock.instant());
    }

    /** Saves the summary one last time. */
    @Override
    public void close() {
        Instant now = clock.instant();
        advance(now);
        save(now);
    }

    // ---- state ----

    private void userSeen(Instant now) {
        lastUserSeen = now;
        if (streakStart == null) {
            streakStart = now;
        }
        // the streak as far as the user was seen: the minutes before AWAY is confirmed are not sitting
        today.streak(Duration.between(streakStart, now).toMillis());
    }

    /** The break in progress, if any, ends when the state leaves AWAY. */
    private void endBreak() {
        breakAt = null;
    }

    private Optional<StateChange> consider(Instant now, Posture seen) {
        if (seen.equals(state)) {
            candidate = null;
            return Optional.empty();
        }
        if (!seen.equals(candidate)) {
            candidate = seen;
            candidateSince = now;
        }
        if (Duration.between(candidateSince, now).compareTo(settings.minState()) >= 0) {
            return Optional.of(switchTo(candidateSince, now, seen));
        }
        return Optional.empty();
    }

    /** Changes state as of {@code since}, moving the time already counted since then to the new state. */
    private StateChange switchTo(Instant since, Instant now, Posture to) {
        Posture from = state;
        today.move(DailySummary.key(from), DailySummary.key(to),
                Duration.between(since.isBefore(dayStart(now)) ? dayStart(now) : since, now).toMillis());
        state = to;
        candidate = null;
        if (to.state() == DeskState.AWAY) {
            awaySince = since;
            poorSince = null;
        } else if (from.state() == DeskState.AWAY) {
            awaySince = null;
            endBreak();
        }
        if (to.isPoor()) {
            if (poorSince == null) {
                armSlouchAlert(since);
            }
        } else {
            poorSince = null;
        }
        return new StateChange(since, from, to);
    }

    private void armSlouchAlert(Instant since) {
        poorSince = since;
        slouchGap = settings.slouchAlertAfter();
        nextSlouchAlert = since.plus(slouchGap);
    }

    private void forgetPosture() {
        candidate = null;
        poorSince = null;
    }

    private boolean onBreak(Instant now) {
        return state.state() == DeskState.AWAY && awaySince != null
                && Duration.between(awaySince, now).compareTo(settings.breakMinAway()) >= 0;
    }

    // ---- time ----

    private void advance(Instant now) {
        if (!now.isAfter(lastAdvance)) {
            return; // a clock that stands still or steps back adds no time
        }
        if (!dateOf(now).equals(today.day())) {
            Instant midnight = dayStart(now);
            count(lastAdvance, midnight);
            save(midnight);
            startDay(now);
            lastAdvance = midnight;
        }
        count(lastAdvance, now);
        lastAdvance = now;
        if (snoozedUntil != null && !now.isBefore(snoozedUntil)) {
            snoozedUntil = null;
        }
        if (onBreak(now) && breakAt == null) {
            breakAt = awaySince;
            today.addBreak(new BreakEntry(BreakEntry.Kind.TAKEN, breakAt, 0));
            endStreak(breakAt);
        }
        if (breakAt != null && streakStart == null) {
            today.updateLastBreak(new BreakEntry(BreakEntry.Kind.TAKEN, breakAt,
                    Duration.between(breakAt, now).toSeconds() / 60.0));
        }
    }

    /** Adds the time from {@code from} to {@code to} to what the monitor was doing then. */
    private void count(Instant from, Instant to) {
        long ms = Duration.between(from, to).toMillis();
        if (ms <= 0) {
            return;
        }
        String bucket = snoozedUntil != null && from.isBefore(snoozedUntil) ? DailySummary.SNOOZED
                : busySince != null ? DailySummary.CAMERA_BUSY : DailySummary.key(state);
        today.add(bucket, ms);
    }

    private void endStreak(Instant at) {
        streakStart = null;
        nextBreakReminder = null;
        unansweredReminder = null;
    }

    /** {@code p} null: a sample of the user that could not be judged. */
    private void recordJudged(Instant now, Posture p) {
        boolean lookedWrong = staleWatch.record(now, p != null && p.equals(Posture.UPRIGHT));
        if (lookedWrong && !stale) {
            warnStale("For " + settings.staleWindow().toMinutes() + " minutes I have hardly seen you upright: if the camera "
                    + "or the chair moved, run calibrate --pose sitting again. Posture alerts are paused until then.");
        }
        stale = baselineOld || lookedWrong;
    }

    private void warnStale(String message) {
        stale = true;
        if (!staleWarned) {
            staleWarned = true;
            notifier.show(new Notification("Baseline out of date?", message, Notification.Urgency.GENTLE));
        }
    }

    // ---- reminders ----

    private void remind(Instant now) {
        if (busySince != null || (snoozedUntil != null && now.isBefore(snoozedUntil))) {
            return;
        }
        if (settings.quietHours().map(q -> q.contains(LocalTime.ofInstant(now, clock.getZone()))).orElse(false)) {
            return; // held, not spent: what is due comes when the quiet hours end
        }
        if (poorSince != null && !stale && !now.isBefore(nextSlouchAlert)) {
            today.slouchAlert();
            notifier.show(new Notification("Sit tall", slouchMessage(), Notification.Urgency.NORMAL));
            slouchGap = min(slouchGap.multipliedBy(2), settings.slouchMaxBackoff());
            nextSlouchAlert = now.plus(slouchGap);
        }
        if (streakStart != null && state.state() != DeskState.AWAY) {
            if (nextBreakReminder == null) {
                nextBreakReminder = streakStart.plus(settings.breakRemindAfter());
            }
            if (!now.isBefore(nextBreakReminder)) {
                if (unansweredReminder != null) {
                    today.addBreak(new BreakEntry(BreakEntry.Kind.SKIPPED, unansweredReminder,
                            Duration.between(streakStart, unansweredReminder).toSeconds() / 60.0));
                }
                today.breakReminder();
                notifier.show(new Notification("Time to move", "You have been sitting for "
                        + Duration.between(streakStart, now).toMinutes()
                        + " minutes. Stand up, stretch and move around for a few minutes.", Notification.Urgency.GENTLE));
                unansweredReminder = now;
                nextBreakReminder = now.plus(settings.breakRepeat());
            }
        }
    }

    private String slouchMessage() {
        return switch (state.state()) {
            case FORWARD_HEAD -> "Your head has crept forward. Bring it back over your shoulders, chin slightly tucked.";
            case LEANING -> "You are leaning to one side. Sit evenly on both hips, shoulders level.";
            default -> "You have been slumped for a while. Sit back in the chair, tall through the spine, shoulders relaxed.";
        };
    }

    // ---- summary ----

    private void startDay(Instant now) {
        today = new DayTally(dateOf(now), store);
        if (streakStart != null && streakStart.isBefore(dayStart(now))) {
            streakStart = dayStart(now); // the streak goes on; the new day's record starts at midnight
        }
    }

    private void maybeSave(Instant now) {
        if (Duration.between(lastSaved, now).compareTo(settings.summaryFlush()) >= 0) {
            save(now);
        }
    }

    private void save(Instant now) {
        store.save(today.snapshot(now));
        lastSaved = now;
    }

    private LocalDate dateOf(Instant t) {
        return LocalDate.ofInstant(t, clock.getZone());
    }

    private Instant dayStart(Instant t) {
        return dateOf(t).atStartOfDay(clock.getZone()).toInstant();
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
