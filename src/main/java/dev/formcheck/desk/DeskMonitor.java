package dev.formcheck.desk;

import dev.formcheck.feedback.Notification;
import dev.formcheck.feedback.Notifier;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
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
 * AWAY for {@code breakMinAway} is a break taken, which ends the sitting streak. Time not watched
 * is no sitting: a gap of {@code awayAfter} with no sample (the machine asleep) is AWAY whatever the
 * next sample shows, and after a snooze or a busy camera the user is looked for afresh.
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
 * <p>What the OS says (decision 0085), told by the runner: while the screen is locked or the
 * computer asleep ({@link #systemAway}) nobody can be at the desk, so the user is AWAY from then,
 * the camera released and no reminder given; that time is AWAY (a lock as long as a break is a
 * break taken), and after {@link #systemBack} the user is looked for afresh. While a full-screen
 * program is in front ({@link #holdReminders}) reminders are held as in quiet hours: what falls
 * due comes when it ends.
 *
 * <p>Standing desk: given a {@link StanceRecogniser} (the user's sitting and standing baselines,
 * far enough apart for this camera to tell), each sample is first read as sitting or standing (a
 * change holding for {@code minState}, as a posture must) and then judged against the baseline of
 * that stance; the time at the desk seen standing is counted apart in the summary. Without one,
 * every sample is judged against the sitting baseline and no standing time is counted.
 *
 * <p>Summary: brought up to date on every call, saved when the run starts, then so that a save is
 * never more than {@code summaryFlush} old, and at {@link #close()}. This run's time is saved as its
 * own part of the day ({@link DeskRun}), so a restart, or another monitor on the same day, adds to
 * the day instead of replacing it. Not thread-safe: one runner thread drives it.
 */
public final class DeskMonitor implements AutoCloseable {
    private final PostureClassifier classifier;
    private final Optional<StanceTracker> stances;
    private final Optional<PostureClassifier> standingClassifier;
    private final Clock clock;
    private final LocalDays days;

    private final PostureCandidate candidate;
    private final SlouchAlarm slouchAlarm;
    private final BreakReminder breakReminder;
    private final SnoozeTimer snooze = new SnoozeTimer();
    private final BusyCamera busyCamera;
    private final StaleBaselineAlarm staleAlarm;
    private final DaySummaryKeeper summaryKeeper;
    private final ReminderChoice reminders;
    private final CameraChoice cameraChoice;
    private final TimeCounter timeCounter;

    private final Presence presence;
    private final Duration breakRemindAfter;

    private Posture state = Posture.AWAY;
    private Instant lastSample;
    private boolean systemAway;

    /** A state change, for the runner to print. */
    public record StateChange(Instant at, Posture from, Posture to) {
    }

    public DeskMonitor(MonitorSettings settings, PostureClassifier classifier, Notifier notifier, Clock clock, SummaryStore store) {
        this(settings, classifier, Optional.empty(), notifier, clock, store);
    }

    /**
     * @param stances tells sitting from standing, with the standing baseline; empty: every sample is
     *                judged against {@code classifier}'s (sitting) baseline
     */
    public DeskMonitor(MonitorSettings settings, PostureClassifier classifier, Optional<StanceRecogniser> stances,
                       Notifier notifier, Clock clock, SummaryStore store) {
        Objects.requireNonNull(settings, "settings");
        this.classifier = Objects.requireNonNull(classifier, "classifier");
        this.stances = stances.map(r -> new StanceTracker(r, settings.minState()));
        this.standingClassifier = stances.map(r -> classifier.withBaseline(r.standing()));
        Objects.requireNonNull(notifier, "notifier");
        this.clock = Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(store, "store");
        this.days = new LocalDays(clock.getZone());
        this.candidate = new PostureCandidate(settings.minState(), settings.awayAfter());
        this.slouchAlarm = new SlouchAlarm(settings);
        this.breakReminder = new BreakReminder(settings);
        this.breakRemindAfter = settings.breakRemindAfter();
        this.busyCamera = new BusyCamera(settings.cameraRecheck());
        this.staleAlarm = new StaleBaselineAlarm(settings, notifier);
        this.reminders = new ReminderChoice(settings, clock.getZone(), notifier, slouchAlarm, breakReminder, staleAlarm);
        this.cameraChoice = new CameraChoice(settings);
        Instant now = now();
        this.presence = new Presence(settings, now);
        this.summaryKeeper = new DaySummaryKeeper(store, settings.summaryFlush(), settings.sampleInterval(), days.dateOf(now), now);
        this.timeCounter = new TimeCounter(days, summaryKeeper, snooze, busyCamera, presence, now);
        staleAlarm.checkAge(classifier.baseline().measuredAt(), now);
    }

    /**
     * Judges a measured sample against the baseline (keeping the current posture's hysteresis) and
     * takes it in; with a standing desk, against the baseline of the stance it shows.
     */
    public Optional<StateChange> observe(DeskMeasurement m) {
        if (stances.isPresent()) {
            Instant now = now();
            advance(now); // the time so far counted to the stance held until now
            stances.get().offer(now, m).ifPresent(c -> stanceChanged(c, now));
        }
        PostureClassifier judge = standing() ? standingClassifier.orElseThrow() : classifier;
        return observe(judge.classify(m, state.state() == DeskState.AWAY ? Posture.UPRIGHT : state));
    }

    /** Sitting or standing, as the camera tells them; empty when it cannot (no standing desk, or away). */
    public Optional<DeskStance> stance() {
        return stances.flatMap(StanceTracker::held);
    }

    private boolean standing() {
        return stance().filter(s -> s == DeskStance.STANDING).isPresent();
    }

    /** A stance confirmed late: the time since it began moves to it. */
    private void stanceChanged(StanceTracker.Change c, Instant now) {
        if (c.from() == null || c.from() == c.to()) {
            return;
        }
        Instant dayStart = days.dayStart(now);
        long ms = Duration.between(c.since().isBefore(dayStart) ? dayStart : c.since(), now).toMillis();
        today().standing(c.to() == DeskStance.STANDING ? ms : -ms);
    }

    /** Takes in a sample already judged, at the clock's time. */
    public Optional<StateChange> observe(SampleVerdict verdict) {
        Instant now = now();
        advance(now);
        lastSample = now;
        Optional<StateChange> change = Optional.empty();
        if (!isAway() && presence.missingLongEnough(now)) {
            // not seen for awayAfter, whatever this sample shows: a gap with no samples (the machine asleep) is no sitting
            change = Optional.of(switchTo(presence.missingSince(), now, Posture.AWAY));
            followBreak(now);
        }
        if (verdict instanceof SampleVerdict.Judged judged) {
            presence.userSeen(now, today());
            staleAlarm.record(now, judged.posture());
            Optional<StateChange> confirmed = candidate.offer(now, judged.posture(), state)
                    .map(since -> switchTo(since, now, judged.posture()));
            if (confirmed.isPresent()) {
                change = confirmed;
            }
            if (state.isPoor() && !slouchAlarm.isArmed()) {
                slouchAlarm.arm(now); // still poor after a snooze or a busy camera: timed afresh from now
            }
        } else if (verdict instanceof SampleVerdict.Unjudged) {
            presence.userSeen(now, today()); // someone in the chair, but not judgeable: hold the state
            staleAlarm.record(now, null);
        }
        remind(now);
        summaryKeeper.saveIfDue(now);
        return change;
    }

    /** Time passes without a sample (the camera is released): timers and reminders run, the summary is saved when due. */
    public void tick() {
        Instant now = now();
        advance(now);
        remind(now);
        summaryKeeper.saveIfDue(now);
    }

    /** Snooze (pause) for {@code length}: no reminders, the camera released, the time counted as SNOOZED. */
    public void snooze(Duration length) {
        Instant now = now();
        advance(now);
        snooze.endEarly(now, today());
        snooze.start(now, length);
        today().addBreak(new BreakEntry(BreakEntry.Kind.SNOOZED, now, length.toSeconds() / 60.0));
        breakReminder.answered();
        forgetPosture();
        summaryKeeper.save(now);
    }

    /** Ends a snooze early; the day's history then records how long it really lasted. */
    public void resume() {
        Instant now = now();
        advance(now);
        if (snooze.isActive(now)) {
            presence.watchingAgainFrom(now);
        }
        snooze.endEarly(now, today());
        snooze.clear();
        summaryKeeper.save(now);
    }

    /** Whether a snooze is running now. */
    public boolean isSnoozed() {
        return snooze.isActive(now());
    }

    /** When the running snooze (pause) ends; empty when none is running. */
    public Optional<Instant> snoozedUntil() {
        return snooze.isActive(now()) ? Optional.of(snooze.until()) : Optional.empty();
    }

    /** Time left until the break reminder in this sitting streak; zero when away or already due. */
    public Duration nextBreakIn() {
        Instant streakStart = presence.streakStart();
        if (streakStart == null) {
            return Duration.ZERO;
        }
        Duration left = Duration.between(now(), streakStart.plus(breakRemindAfter));
        return left.isNegative() ? Duration.ZERO : left;
    }

    /** Carries out what the user asked for (the tray's menu): a snooze or a resume; "I've fixed it" changes no timer. */
    public void apply(DeskRequest request) {
        if (Objects.requireNonNull(request, "request") instanceof DeskRequest.Snooze asked) {
            snooze(asked.length());
        } else if (request instanceof DeskRequest.Resume) {
            resume();
        }
    }

    /**
     * The OS says the screen is locked or the computer is going to sleep, as heard at {@code heardAt}:
     * the user is AWAY from then (or from when last seen, when the gap since is already long enough
     * to be AWAY: the machine slept before the news arrived), the camera is released and reminders
     * stop until {@link #systemBack}. Said again while away, nothing changes.
     */
    public Optional<StateChange> systemAway(Instant heardAt) {
        Instant now = now();
        advance(now);
        if (systemAway) {
            return Optional.empty();
        }
        systemAway = true;
        Optional<StateChange> change = Optional.empty();
        if (!isAway()) {
            Instant since = heardAt.isAfter(now) ? now : heardAt.truncatedTo(ChronoUnit.MILLIS);
            if (presence.missingLongEnough(now)) {
                Instant missing = presence.missingSince();
                since = missing.isBefore(since) ? missing : since; // asleep before the news came: the gap rule's date
            } else if (lastSample != null && since.isBefore(lastSample)) {
                since = lastSample; // the samples up to the last one still saw the user
            }
            change = Optional.of(switchTo(since, now, Posture.AWAY));
        }
        forgetPosture();
        followBreak(now);
        summaryKeeper.save(now);
        return change;
    }

    /** The screen is unlocked, or the computer awake again: the camera is opened and the user looked for afresh. */
    public void systemBack() {
        Instant now = now();
        advance(now);
        if (!systemAway) {
            return;
        }
        systemAway = false;
        presence.watchingAgainFrom(now);
        summaryKeeper.save(now);
    }

    /** Whether the OS says nobody can be at the desk now (screen locked, computer asleep). */
    public boolean isSystemAway() {
        return systemAway;
    }

    /** Holds every reminder (a full-screen program is in front) or lets them come again; held, not spent. */
    public void holdReminders(boolean hold) {
        Instant now = now();
        advance(now);
        reminders.hold(hold);
        if (!hold) {
            remind(now); // what fell due meanwhile comes now
        }
    }

    /** Whether reminders are held for a full-screen program. */
    public boolean remindersHeld() {
        return reminders.held();
    }

    /** Another program holds the camera: pause, retry after {@code cameraRecheck}; not AWAY, no reminders. */
    public void cameraBusy() {
        Instant now = now();
        advance(now);
        if (busyCamera.foundBusy(now)) {
            forgetPosture();
        }
    }

    /** The camera opened again. */
    public void cameraOpened() {
        Instant now = now();
        advance(now);
        if (busyCamera.isBusy()) {
            presence.watchingAgainFrom(now);
        }
        busyCamera.opened();
    }

    /** Whether the camera is busy with another program (the runner says so once, the user sees it). */
    public boolean isCameraBusy() {
        return busyCamera.isBusy();
    }

    /** What the runner should do with the camera now. */
    public CameraDecision camera() {
        Instant now = now();
        return cameraChoice.decide(now, snooze, busyCamera, systemAway, presence.onBreak(isAway(), now), lastSample);
    }

    public Posture state() {
        return state;
    }

    /** The current sitting streak; zero while away on a break. */
    public Duration streak() {
        Instant streakStart = presence.streakStart();
        return streakStart == null ? Duration.ZERO : Duration.between(streakStart, now());
    }

    /** Whether the baseline looks stale (warned once; posture alerts are held back meanwhile). */
    public boolean baselineLooksStale() {
        return staleAlarm.isStale();
    }

    /** Today's summary up to the clock's time: this run's time and what other runs saved of the same day. */
    public DailySummary summary() {
        Instant now = now();
        advance(now);
        return summaryKeeper.dayTotal(now);
    }

    /** Saves the summary one last time. */
    @Override
    public void close() {
        Instant now = now();
        advance(now);
        summaryKeeper.save(now);
    }

    /**
     * The clock's time to the millisecond, the unit the summary counts in: each stretch counted
     * is then whole milliseconds, and no fraction is dropped sample after sample.
     */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    // ---- state ----

    /** Changes state as of {@code since}, moving the time already counted since then to the new state. */
    private StateChange switchTo(Instant since, Instant now, Posture to) {
        Posture from = state;
        Instant dayStart = days.dayStart(now);
        long moved = Duration.between(since.isBefore(dayStart) ? dayStart : since, now).toMillis();
        today().move(DailySummary.key(from), DailySummary.key(to), moved);
        if (standing() && (from.state() == DeskState.AWAY) != (to.state() == DeskState.AWAY)) {
            // at the desk standing from when the user came back, and no longer from when they left
            today().standing(to.state() == DeskState.AWAY ? -moved : moved);
        }
        state = to;
        candidate.forget();
        if (to.state() == DeskState.AWAY) {
            stances.ifPresent(StanceTracker::forget);
            presence.wentAway(since);
            slouchAlarm.disarm();
        } else if (from.state() == DeskState.AWAY) {
            presence.cameBack();
        }
        if (to.isPoor()) {
            if (!slouchAlarm.isArmed()) {
                slouchAlarm.arm(since);
            }
        } else {
            slouchAlarm.disarm();
        }
        return new StateChange(since, from, to);
    }

    private void forgetPosture() {
        candidate.forget();
        slouchAlarm.disarm();
    }

    private boolean isAway() {
        return state.state() == DeskState.AWAY;
    }

    // ---- time ----

    private void advance(Instant now) {
        if (timeCounter.advance(now, state, standing())) {
            followBreak(now);
        }
    }

    private void followBreak(Instant now) {
        if (presence.followBreak(isAway(), now, today())) {
            breakReminder.streakEnded();
        }
    }

    private DayTally today() {
        return summaryKeeper.today();
    }

    private void remind(Instant now) {
        reminders.remindIfDue(now, busyCamera.isBusy() || snooze.isActive(now) || systemAway, state, presence.streakStart(), today(),
                stances.isPresent());
    }
}
