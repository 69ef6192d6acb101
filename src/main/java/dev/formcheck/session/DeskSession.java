package dev.formcheck.session;

import dev.formcheck.analysis.thresholds.Thresholds;
import dev.formcheck.capture.CaptureException;
import dev.formcheck.capture.FrameSource;
import dev.formcheck.capture.PacedSource;
import dev.formcheck.capture.RgbImage;
import dev.formcheck.desk.CameraDecision;
import dev.formcheck.desk.CameraFrame;
import dev.formcheck.desk.DailySummary;
import dev.formcheck.desk.DailySummaryFiles;
import dev.formcheck.desk.DeskBaseline;
import dev.formcheck.desk.DeskDay;
import dev.formcheck.desk.DeskMeasurement;
import dev.formcheck.desk.DeskMeasurer;
import dev.formcheck.desk.DeskMonitor;
import dev.formcheck.desk.DeskRequest;
import dev.formcheck.desk.DeskRequests;
import dev.formcheck.desk.DeskRun;
import dev.formcheck.desk.DeskStance;
import dev.formcheck.desk.StanceRecogniser;
import dev.formcheck.desk.DeskView;
import dev.formcheck.desk.MonitorSettings;
import dev.formcheck.desk.Posture;
import dev.formcheck.desk.PostureClassifier;
import dev.formcheck.desk.PostureThresholds;
import dev.formcheck.desk.QuietHours;
import dev.formcheck.desk.Reminder;
import dev.formcheck.desk.ReminderCoach;
import dev.formcheck.desk.ReminderSettings;
import dev.formcheck.desk.SummaryStore;
import dev.formcheck.feedback.ConsoleNotifier;
import dev.formcheck.feedback.Notifier;
import dev.formcheck.platform.OsSignals;
import dev.formcheck.pose.PoseEstimator;
import dev.formcheck.pose.tracking.PoseTracker;
import dev.formcheck.pose.tracking.TrackedPose;
import dev.formcheck.pose.tracking.TrackingSettings;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A desk session: the rules of watching a person at a desk that the command line and the window
 * share. Frames in (a camera, a video standing in for it, a recorded video); one per sample
 * interval through tracking and measurement to the {@link DeskMonitor}; the camera opened and
 * released as the monitor says and retried every minute while another program holds it; the
 * user's snooze and resume requests carried out in order; without a stored baseline the first
 * {@link #SELF_BASELINE_SAMPLES} clear views of the person sitting become it. A recorded video is a
 * rehearsal, not the user's day: its summary is returned, never kept.
 *
 * <p>Headless: it says what happens as plain lines and {@link DeskStatus} values to its
 * {@link Events}; each front end shows them its own way. One thread runs it; requests and a stop
 * may come from any other.
 */
public final class DeskSession {
    /** Samples averaged into a baseline when none is given: 3 s at the default 2 fps. */
    public static final int SELF_BASELINE_SAMPLES = 6;

    /** What the session tells its front end, on the session's thread. */
    public interface Events {
        /** A line for the log: a state change, the camera let go, a reminder, a request carried out. */
        void said(Instant at, String line);

        /** The held posture changed as of {@code at}; by default a log line "UPRIGHT -> SLOUCHED". */
        default void stateChanged(Instant at, Posture from, Posture to) {
            said(at, from.display() + " -> " + to.display());
        }

        /** Something went wrong beside the run (a day's file set aside as unreadable). */
        void warning(String warning);

        /**
         * The stored baseline was measured in another camera frame than this camera gives, so this
         * run takes its own baseline (already said in the log, in words every front end shares).
         * Each front end offers its own way to calibrate for this camera: the window its wizard,
         * the command line the {@code calibrate} command.
         */
        default void baselineCameraDiffers(Instant at, CameraFrame.Mismatch mismatch) {
        }

        /**
         * A reminder with how insistently to give it (with coaching on): the front end adds the sound
         * and the panel it asks for. The note itself has already gone to the log and the desktop notifier.
         */
        default void reminder(Reminder reminder) {
        }

        /** Where the session stands now; after every sample and every tick while the camera is released. */
        default void status(DeskStatus status) {
        }

        /** The run is over and its time counted and saved; before the stop is told it finished. */
        default void finished(DeskOutcome outcome) {
        }
    }

    /** Opens the camera (or what stands in for it) each time the monitor wants it again. */
    @FunctionalInterface
    public interface CameraOpener {
        FrameSource open();
    }

    /**
     * What a session is set up with.
     *
     * @param baseline the user's stored or given upright baseline; empty: take it from the first seconds
     * @param baselineFrame the camera frame the baseline was measured in, when known: a camera giving
     *                      other frames makes the session take its own baseline instead, and say why
     * @param limit stop after this long
     * @param desktop where reminders go besides the log (tray, sound, the window's panel)
     * @param requests where the user's snooze and resume requests arrive from, on any thread
     * @param coaching escalation, praise and the sit/stand schedule ({@link ReminderCoach}); empty: every
     *                 reminder a plain notice, as {@code posture} gives them
     * @param standing the user's stored baseline standing at a standing desk, taken with the same camera as
     *                 {@code baseline}: with it the session tells sitting from standing where the camera can,
     *                 and judges each against its own baseline; used only with the stored {@code baseline}
     * @param os what the OS says of the screen lock, sleep and a full-screen program ({@link OsFollower});
     *           empty: nothing is heard but the gap a sleep leaves
     */
    public record Setup(Thresholds thresholds, Optional<DeskBaseline> baseline, Optional<CameraFrame> baselineFrame,
                        Optional<QuietHours> quietHours, Optional<Duration> limit, Optional<Notifier> desktop,
                        DeskRequests requests, Optional<ReminderSettings> coaching, Optional<DeskBaseline> standing,
                        Optional<OsSignals> os) {
        public Setup {
            Objects.requireNonNull(thresholds, "thresholds");
            Objects.requireNonNull(baseline, "baseline");
            Objects.requireNonNull(baselineFrame, "baselineFrame");
            Objects.requireNonNull(quietHours, "quietHours");
            Objects.requireNonNull(limit, "limit");
            Objects.requireNonNull(desktop, "desktop");
            Objects.requireNonNull(requests, "requests");
            Objects.requireNonNull(coaching, "coaching");
            Objects.requireNonNull(standing, "standing");
            Objects.requireNonNull(os, "os");
        }

        public Setup(Thresholds thresholds, Optional<DeskBaseline> baseline, Optional<CameraFrame> baselineFrame,
                     Optional<QuietHours> quietHours, Optional<Duration> limit, Optional<Notifier> desktop,
                     DeskRequests requests, Optional<ReminderSettings> coaching, Optional<DeskBaseline> standing) {
            this(thresholds, baseline, baselineFrame, quietHours, limit, desktop, requests, coaching, standing, Optional.empty());
        }

        public Setup(Thresholds thresholds, Optional<DeskBaseline> baseline, Optional<CameraFrame> baselineFrame,
                     Optional<QuietHours> quietHours, Optional<Duration> limit, Optional<Notifier> desktop, DeskRequests requests) {
            this(thresholds, baseline, baselineFrame, quietHours, limit, desktop, requests, Optional.empty(), Optional.empty());
        }

        public Setup withCoaching(ReminderSettings settings) {
            return new Setup(thresholds, baseline, baselineFrame, settings.quietHours().or(() -> quietHours), limit, desktop,
                    requests, Optional.of(settings), standing, os);
        }

        /** With the user's standing-desk baseline (see {@code standing}). */
        public Setup withStanding(Optional<DeskBaseline> standingBaseline) {
            return new Setup(thresholds, baseline, baselineFrame, quietHours, limit, desktop, requests, coaching, standingBaseline, os);
        }

        /** Hearing what the OS says (started by whoever made it; the session only reads it). */
        public Setup withOs(OsSignals signals) {
            return new Setup(thresholds, baseline, baselineFrame, quietHours, limit, desktop, requests, coaching, standing,
                    Optional.of(signals));
        }

        /** Defaults: no baseline (taken from the first seconds), no quiet hours, no limit, the log only. */
        public static Setup of(Thresholds thresholds) {
            return new Setup(thresholds, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty(), new DeskRequests());
        }
    }

    private final PoseEstimator estimator;
    private final Setup setup;
    private final Events events;
    private long samplesJudged;

    public DeskSession(PoseEstimator estimator, Setup setup, Events events) {
        this.estimator = Objects.requireNonNull(estimator, "estimator");
        this.setup = Objects.requireNonNull(setup, "setup");
        this.events = Objects.requireNonNull(events, "events");
    }

    /**
     * Frames from a file or memory: paced at real time on the system clock, or with {@code fast}
     * as quickly as they come, their own timestamps driving the monitor's clock. Nothing is kept:
     * a recorded video is not the user's day. Closes {@code frames}.
     */
    public DeskOutcome runFrames(FrameSource frames, boolean fast, DeskStop stop) {
        DeskClock clock = new DeskClock(fast ? Optional.empty() : Optional.of(Clock.systemDefaultZone()));
        try (FrameSource source = fast ? frames : new PacedSource(frames)) {
            Run run = new Run(clock, new NoStore(), stop);
            while (!run.done()) {
                Optional<RgbImage> frame = source.next();
                if (frame.isEmpty()) {
                    break;
                }
                clock.at(frame.get().timestampMicros());
                run.offer(frame.get());
            }
            return run.finish(Optional.empty());
        }
    }

    /**
     * A camera (or a video standing in for it): opened while the monitor wants samples, released
     * when it says, retried every minute when busy. However the run ends (its time up, a stop, the
     * camera lost) the day's summary is saved to {@code days} and the outcome told; a lost camera
     * is then thrown on.
     */
    public DeskOutcome runCamera(String name, CameraOpener opener, DailySummaryFiles days, DeskStop stop) {
        DeskClock clock = new DeskClock(Optional.of(Clock.systemDefaultZone()));
        Run run = new Run(clock, days, stop);
        try {
            watchCamera(run, clock, name, opener);
        } catch (CaptureException e) {
            if (run.monitor != null) { // the time watched so far is saved and summed up before the error is said
                run.finish(Optional.of(days.fileFor(LocalDate.now(clock))));
            } else {
                stop.finished();
            }
            throw e;
        }
        return run.finish(Optional.of(days.fileFor(LocalDate.now(clock))));
    }

    /** Samples handed to the monitor so far (the benchmark reports the rate). */
    public long samplesJudged() {
        return samplesJudged;
    }

    private void watchCamera(Run run, DeskClock clock, String name, CameraOpener opener) {
        FrameSource camera = null;
        try {
            while (!run.done()) {
                CameraDecision decision = run.monitor == null ? new CameraDecision.Sample(Duration.ZERO) : run.monitor.camera();
                if (decision instanceof CameraDecision.Release release) {
                    if (camera != null) {
                        camera.close();
                        camera = null;
                        events.said(clock.instant(), "camera released (" + releaseWords(release.why()) + ")");
                    }
                    sleepUntil(run, clock, release.until());
                    continue;
                }
                if (camera == null) {
                    try {
                        camera = opener.open();
                        if (run.monitor != null && run.monitor.isCameraBusy()) {
                            events.said(clock.instant(), "camera free again: watching");
                            run.monitor.cameraOpened();
                        }
                    } catch (CaptureException e) {
                        if (e.reason() != CaptureException.Reason.CAMERA_BUSY || run.monitor == null) {
                            throw e;
                        }
                        if (!run.monitor.isCameraBusy()) {
                            events.said(clock.instant(), "another program is using the camera: pausing, trying again every minute");
                        }
                        run.monitor.cameraBusy();
                        continue;
                    }
                }
                Optional<RgbImage> frame = camera.next();
                if (frame.isEmpty()) {
                    throw new CaptureException(CaptureException.Reason.CAMERA_UNPLUGGED, name + " stopped delivering frames");
                }
                run.offer(frame.get());
            }
        } finally {
            if (camera != null) {
                camera.close();
            }
        }
    }

    private static String releaseWords(CameraDecision.Release.Why why) {
        return switch (why) {
            case SNOOZED -> "snoozed";
            case ON_BREAK -> "on a break";
            case CAMERA_BUSY -> "camera busy";
            case SYSTEM_AWAY -> "screen locked or computer asleep";
        };
    }

    /**
     * Waits while the camera is released, ticking the monitor as often as it samples (so a save is
     * never late), and wakes at once for a stop or a resume.
     */
    private void sleepUntil(Run run, DeskClock clock, Instant until) {
        Duration tick = run.settings.sampleInterval();
        while (clock.instant().isBefore(until) && !run.done()) {
            Duration left = Duration.between(clock.instant(), until);
            if (run.stop.awaitRequest(left.compareTo(tick) < 0 ? left : tick)) {
                return;
            }
            run.takeRequests();
            run.monitor.tick();
            run.coachPosture();
            run.publish();
            if (!(run.monitor.camera() instanceof CameraDecision.Release)) {
                return; // resumed: watch again now
            }
        }
    }

    /** One run: the tracker, the measurer, the baseline (given or being taken) and the monitor. */
    private final class Run {
        final DeskClock clock;
        final SummaryStore store;
        final DeskStop stop;
        final Instant started;
        final PoseTracker tracker = new PoseTracker(estimator, TrackingSettings.defaults());
        final DeskMeasurer measurer = new DeskMeasurer();
        final MonitorSettings settings;
        final List<DeskMeasurement> baselineSamples = new ArrayList<>();
        final Optional<ReminderCoach> coach;
        final Optional<OsFollower> os = setup.os().map(OsFollower::new);
        DeskMonitor monitor;
        Optional<DeskStance> saidStance = Optional.empty();
        Instant nextSample;
        boolean baselineChecked;

        Run(DeskClock clock, SummaryStore store, DeskStop stop) {
            this.clock = clock;
            this.store = store;
            this.stop = stop;
            this.started = clock.instant();
            this.settings = MonitorSettings.from(setup.thresholds(), setup.quietHours());
            this.coach = setup.coaching().map(c -> new ReminderCoach(c, settings.breakMinAway(),
                    ReminderSettings.sitStandRepeat(setup.thresholds()), clock.getZone()));
            if (setup.baselineFrame().isEmpty()) {
                setup.baseline().ifPresent(this::start);
            } // else the first frame shows whether the baseline's camera is this one
            publish();
        }

        void start(DeskBaseline baseline) {
            Optional<StanceRecogniser> stances = Optional.empty();
            if (setup.standing().isPresent() && setup.baseline().filter(baseline::equals).isPresent()) {
                StanceRecogniser.Verdict verdict = StanceRecogniser.of(baseline, setup.standing().get(), setup.thresholds());
                if (verdict instanceof StanceRecogniser.Verdict.CanTell can) {
                    stances = Optional.of(can.recogniser());
                    events.said(clock.instant(), "standing desk: sitting and standing are told apart, each judged against its"
                            + " own baseline");
                } else {
                    events.said(clock.instant(), "standing desk: " + ((StanceRecogniser.Verdict.CannotTell) verdict).why());
                }
            }
            Notifier notifier = n -> {
                Optional<Reminder> given = coach.isPresent() ? coach.get().reminded(n, clock.instant())
                        : Optional.of(new Reminder(clock.instant(), Reminder.Kind.OTHER, Reminder.Step.NOTICE, n));
                given.ifPresent(this::give);
            };
            monitor = new DeskMonitor(settings, new PostureClassifier(PostureThresholds.from(setup.thresholds()), baseline),
                    stances, notifier, clock, store);
            events.said(clock.instant(), "watching (" + baseline.view().name().toLowerCase(Locale.ROOT) + " view, baseline: "
                    + baseline.source() + ")");
        }

        /** A reminder to the log, the desktop notifier, and (with its step) the front end. */
        void give(Reminder r) {
            new ConsoleNotifier(line -> events.said(r.at(), line)).show(r.note());
            setup.desktop().ifPresent(d -> d.show(r.note()));
            events.reminder(r);
        }

        /** Praise or a sit/stand note that the held posture (and stance) brings; a change of stance said in the log. */
        void coachPosture() {
            Optional<DeskStance> stance = monitor.stance();
            if (stance.isPresent() && !stance.equals(saidStance)) {
                events.said(clock.instant(), "now " + stance.get().words());
            }
            saidStance = stance;
            boolean paused = monitor.isSnoozed() || monitor.isCameraBusy() || monitor.isSystemAway();
            coach.flatMap(c -> c.postureIs(monitor.state(), stance, paused, clock.instant())).ifPresent(this::give);
        }

        /** The time asked for is up, or a stop came from outside. */
        boolean done() {
            return stop.requested() || setup.limit().isPresent()
                    && Duration.between(started, clock.instant()).compareTo(setup.limit().get()) >= 0;
        }

        /** What the user asked for since the last look, carried out in order on this thread. */
        void takeRequests() {
            os.ifPresent(f -> {
                f.take(events);
                if (monitor != null) {
                    f.apply(monitor, coach, events);
                }
            });
            for (DeskRequest request : setup.requests().take()) {
                if (request instanceof DeskRequest.Fixed) {
                    coach.ifPresent(ReminderCoach::answered);
                    events.said(clock.instant(), "you said you fixed it: reminders start gently again");
                } else if (monitor == null) {
                    events.said(clock.instant(), "not watching yet (taking the baseline): nothing to snooze or resume");
                } else if (request instanceof DeskRequest.Snooze snooze) {
                    monitor.apply(request);
                    coach.ifPresent(ReminderCoach::answered);
                    events.said(clock.instant(), "snoozed for " + snooze.length().toMinutes() + " min: no reminders, camera released");
                } else if (monitor.isSnoozed()) {
                    monitor.apply(request);
                    events.said(clock.instant(), "resumed: watching");
                } else {
                    events.said(clock.instant(), "not snoozed: nothing to resume");
                }
            }
        }

        /** A stored baseline is used only when this camera gives the frames it was measured in. */
        void checkBaselineCamera(RgbImage frame) {
            if (monitor != null || baselineChecked) {
                return;
            }
            baselineChecked = true;
            if (setup.baseline().isEmpty()) {
                // said at the first frame, not before: a camera that is not there gets its own message first
                events.said(clock.instant(), "no baseline given: sit upright for a few seconds, the first "
                        + SELF_BASELINE_SAMPLES + " clear views of you become it");
                return;
            }
            Optional<CameraFrame.Mismatch> mismatch = CameraFrame.mismatch(setup.baselineFrame(),
                    new CameraFrame(frame.width(), frame.height()));
            if (mismatch.isEmpty()) {
                start(setup.baseline().get());
                return;
            }
            events.said(clock.instant(), mismatch.get().words() + ". Sit upright: the first " + SELF_BASELINE_SAMPLES
                    + " clear views of you become the baseline for this run.");
            events.baselineCameraDiffers(clock.instant(), mismatch.get());
        }

        /** One frame: judged when a sample is due, otherwise let go at once (latest frame wins). */
        void offer(RgbImage frame) {
            try {
                checkBaselineCamera(frame);
                takeRequests();
                Instant now = clock.instant();
                if (nextSample != null && now.isBefore(nextSample)) {
                    if (monitor != null && monitor.camera() instanceof CameraDecision.Release) {
                        monitor.tick(); // a video cannot be released: its frames pass unseen
                    }
                    return;
                }
                nextSample = now.plus(settings.sampleInterval());
                if (monitor != null && monitor.camera() instanceof CameraDecision.Release) {
                    monitor.tick();
                    publish();
                    return;
                }
                TrackedPose tracked = tracker.track(frame);
                DeskMeasurement m = measurer.measure(tracked);
                if (monitor == null) {
                    collectBaseline(m);
                    return;
                }
                samplesJudged++;
                monitor.observe(m).ifPresent(c -> events.stateChanged(c.at(), c.from(), c.to()));
                coachPosture();
                publish();
            } finally {
                frame.release();
            }
        }

        void collectBaseline(DeskMeasurement m) {
            if (!m.personFound() || m.view() == DeskView.UNKNOWN) {
                return;
            }
            if (!baselineSamples.isEmpty() && baselineSamples.get(0).view() != m.view()) {
                baselineSamples.clear();
            }
            baselineSamples.add(m);
            if (baselineSamples.size() == SELF_BASELINE_SAMPLES) {
                start(DeskBaseline.of(baselineSamples, Optional.of(clock.instant()), "the first seconds of this run"));
                publish();
            }
        }

        void publish() {
            Instant now = clock.instant();
            if (monitor == null) {
                events.status(DeskStatus.takingBaseline(now));
                return;
            }
            events.status(new DeskStatus(now, true, monitor.state(), monitor.streak(), monitor.nextBreakIn(),
                    monitor.snoozedUntil(), monitor.camera() instanceof CameraDecision.Release, Optional.of(monitor.summary()),
                    monitor.stance()));
        }

        /** Counts the time up to now, saves, tells the outcome; then a waiting stop may let go. */
        DeskOutcome finish(Optional<Path> summaryFile) {
            try {
                boolean stopped = stop.requested();
                if (stopped) {
                    events.said(clock.instant(), "stopped");
                }
                Optional<DailySummary> summary = Optional.empty();
                if (monitor == null) {
                    events.said(clock.instant(), "never saw you clearly enough to take a baseline: nothing judged");
                } else {
                    monitor.close();
                    summary = Optional.of(monitor.summary());
                }
                DeskOutcome outcome = new DeskOutcome(stopped, summary, summary.isPresent() ? summaryFile : Optional.empty());
                events.finished(outcome);
                return outcome;
            } finally {
                stop.finished();
            }
        }
    }

    /** Video rehearsals are not the user's day: their summary is returned, not kept. */
    private static final class NoStore implements SummaryStore {
        @Override
        public Optional<DeskDay> load(LocalDate date) {
            return Optional.empty();
        }

        @Override
        public DeskDay save(DeskRun run) {
            return DeskDay.empty(run.summary().date()).with(run);
        }
    }
}
