package dev.formcheck.cli;

import dev.formcheck.analysis.thresholds.Thresholds;
import dev.formcheck.capture.CameraSource;
import dev.formcheck.capture.CaptureException;
import dev.formcheck.capture.FrameSource;
import dev.formcheck.capture.LoopingSource;
import dev.formcheck.capture.PacedSource;
import dev.formcheck.capture.RgbImage;
import dev.formcheck.capture.VideoFileSource;
import dev.formcheck.feedback.PlainWords;
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
import dev.formcheck.desk.DeskView;
import dev.formcheck.desk.MonitorSettings;
import dev.formcheck.desk.PostureClassifier;
import dev.formcheck.desk.PostureThresholds;
import dev.formcheck.desk.QuietHours;
import dev.formcheck.desk.SummaryStore;
import dev.formcheck.feedback.ConsoleNotifier;
import dev.formcheck.feedback.Notifier;
import dev.formcheck.pose.PoseEstimator;
import dev.formcheck.pose.tracking.PoseTracker;
import dev.formcheck.pose.tracking.TrackedPose;
import dev.formcheck.pose.tracking.TrackingSettings;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Runs the desk monitor headless on a camera or a video: only flow control. The monitor decides
 * (state, reminders, when to sample, when to let the camera go); this class reads frames, hands
 * one per sample interval through tracking and measurement to it, opens and closes the camera as
 * told, and prints what happens. Without a baseline, the first seconds of the person sitting
 * upright become it.
 */
final class PostureRunner {
    /** Samples averaged into a baseline when none is given: 3 s at the default 2 fps. */
    static final int SELF_BASELINE_SAMPLES = 6;

    private final PrintWriter out;
    private final PoseEstimator estimator;
    private final Thresholds thresholds;
    private final Optional<DeskBaseline> givenBaseline;
    private final Optional<QuietHours> quietHours;
    private final Optional<Duration> limit;
    private final Feedback feedback;
    private Optional<CameraFrame> baselineFrame = Optional.empty();
    private long samplesJudged;

    /**
     * Where reminders go besides the one line printed for the log, and where the user's snooze and
     * resume requests arrive from (the tray's menu, on another thread).
     */
    record Feedback(Optional<Notifier> desktop, DeskRequests requests, Consumer<String> warnings) {
        /** Warnings (a daily summary set aside as unreadable) as lines of the log. */
        Feedback(Optional<Notifier> desktop, DeskRequests requests) {
            this(desktop, requests, null);
        }

        static Feedback consoleOnly() {
            return new Feedback(Optional.empty(), new DeskRequests());
        }
    }

    /** Opens the camera (or what stands in for it) each time the monitor wants it again. */
    @FunctionalInterface
    interface CameraOpener {
        FrameSource open();
    }

    PostureRunner(PrintWriter out, PoseEstimator estimator, Thresholds thresholds, Optional<DeskBaseline> baseline,
                  Optional<QuietHours> quietHours, Optional<Duration> limit) {
        this(out, estimator, thresholds, baseline, quietHours, limit, Feedback.consoleOnly());
    }

    PostureRunner(PrintWriter out, PoseEstimator estimator, Thresholds thresholds, Optional<DeskBaseline> baseline,
                  Optional<QuietHours> quietHours, Optional<Duration> limit, Feedback feedback) {
        this.feedback = feedback;
        this.out = out;
        this.estimator = estimator;
        this.thresholds = thresholds;
        this.givenBaseline = baseline;
        this.quietHours = quietHours;
        this.limit = limit;
    }

    /**
     * The camera frame the given baseline was measured in (a stored calibration remembers it): a
     * run whose frames differ says so and takes its baseline from its first seconds instead.
     */
    PostureRunner baselineTakenIn(Optional<CameraFrame> frame) {
        this.baselineFrame = frame;
        return this;
    }

    /** A recorded video: every frame read, one per sample interval judged; the clock is the video's own with --fast. */
    int runVideo(Path video, boolean fast) {
        return runFrames(VideoFileSource.open(video), fast);
    }

    /**
     * Frames from a file or memory: paced at real time on the system clock, or with {@code fast} as
     * quickly as they come, their own timestamps driving the monitor's clock. Closes {@code frames}.
     */
    int runFrames(FrameSource frames, boolean fast) {
        FrameClock clock = new FrameClock(fast ? Optional.empty() : Optional.of(Clock.systemDefaultZone()));
        try (FrameSource source = fast ? frames : new PacedSource(frames); ShutdownStop stop = ShutdownStop.onShutdown(this::warn)) {
            Session s = new Session(clock, new NoStore(), stop);
            while (!s.done()) {
                Optional<RgbImage> frame = source.next();
                if (frame.isEmpty()) {
                    break;
                }
                clock.at(frame.get().timestampMicros());
                s.offer(frame.get());
            }
            return s.finish(Optional.empty());
        }
    }

    /** A camera by index or name. */
    int runCamera(String device) {
        return runCamera("camera " + device, () -> CameraSource.open(CameraSource.Request.of(device)));
    }

    /**
     * A video standing in for the camera: looped and paced at real time, reopened from its start
     * whenever the monitor opens the camera again, the day's summary kept as a camera run keeps it.
     * How camera runs (stops, kills, two monitors at once) are tested where there is no camera.
     */
    int runStandInCamera(Path video) {
        return runCamera("stand-in camera " + video, () -> new PacedSource(new LoopingSource(() -> VideoFileSource.open(video), Long.MAX_VALUE)));
    }

    /**
     * A camera: opened while the monitor wants samples, released when it says, retried every minute
     * when busy. However the run ends (its time up, a stop from outside, the camera lost) the day's
     * summary is saved and the closing summary printed; only a kill -9 skips that, losing at most
     * the time since the last periodic save.
     */
    private int runCamera(String name, CameraOpener opener) {
        FrameClock clock = new FrameClock(Optional.of(Clock.systemDefaultZone()));
        DailySummaryFiles files = DailySummaryFiles.forCurrentUser(this::warn);
        try (ShutdownStop stop = ShutdownStop.onShutdown(this::warn)) {
            Session s = new Session(clock, files, stop);
            try {
                watchCamera(s, clock, name, opener);
            } catch (CaptureException e) {
                if (s.monitor != null) { // the time watched so far is saved and summed up before the error is said
                    s.finish(Optional.of(files.fileFor(LocalDate.now(clock))));
                }
                throw e;
            }
            return s.finish(Optional.of(files.fileFor(LocalDate.now(clock))));
        }
    }

    private void watchCamera(Session s, FrameClock clock, String name, CameraOpener opener) {
        FrameSource camera = null;
        try {
            while (!s.done()) {
                CameraDecision decision = s.monitor == null ? new CameraDecision.Sample(Duration.ZERO) : s.monitor.camera();
                if (decision instanceof CameraDecision.Release release) {
                    if (camera != null) {
                        camera.close();
                        camera = null;
                        say(clock.instant(), "camera released (" + release.why().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ")");
                    }
                    sleepUntil(s, clock, release.until());
                    continue;
                }
                if (camera == null) {
                    try {
                        camera = opener.open();
                        if (s.monitor != null && s.monitor.isCameraBusy()) {
                            say(clock.instant(), "camera free again: watching");
                            s.monitor.cameraOpened();
                        }
                    } catch (CaptureException e) {
                        if (e.reason() != CaptureException.Reason.CAMERA_BUSY || s.monitor == null) {
                            throw e;
                        }
                        if (!s.monitor.isCameraBusy()) {
                            say(clock.instant(), "another program is using the camera: pausing, trying again every minute");
                        }
                        s.monitor.cameraBusy();
                        continue;
                    }
                }
                Optional<RgbImage> frame = camera.next();
                if (frame.isEmpty()) {
                    throw new CaptureException(CaptureException.Reason.CAMERA_UNPLUGGED, name + " stopped delivering frames");
                }
                s.offer(frame.get());
            }
        } finally {
            if (camera != null) {
                camera.close();
            }
        }
    }

    /** Samples handed to the monitor so far (the benchmark reports the rate). */
    long samplesJudged() {
        return samplesJudged;
    }

    /**
     * Waits while the camera is released, ticking the monitor as often as it samples (so a save is
     * never late), and wakes at once for a stop.
     */
    private void sleepUntil(Session s, FrameClock clock, Instant until) {
        Duration tick = s.settings.sampleInterval();
        while (clock.instant().isBefore(until) && !s.done()) {
            Duration left = Duration.between(clock.instant(), until);
            if (s.stop.awaitRequest(left.compareTo(tick) < 0 ? left : tick)) {
                return;
            }
            s.takeRequests();
            s.monitor.tick();
            if (!(s.monitor.camera() instanceof CameraDecision.Release)) {
                return; // resumed from the tray: watch again now
            }
        }
    }

    private void warn(String warning) {
        if (feedback.warnings() != null) {
            feedback.warnings().accept(warning);
        } else {
            out.println("formcheck: warning: " + warning);
            out.flush();
        }
    }

    private void say(Instant at, String text) {
        out.printf(Locale.ROOT, "[%s] %s%n", LocalTime.ofInstant(at, ZoneId.systemDefault()).truncatedTo(ChronoUnit.SECONDS), text);
        out.flush();
    }

    /** One run: the tracker, the measurer, the baseline (given or being taken) and the monitor. */
    private final class Session {
        final FrameClock clock;
        final SummaryStore store;
        final ShutdownStop stop;
        final Instant started;
        final PoseTracker tracker = new PoseTracker(estimator, TrackingSettings.defaults());
        final DeskMeasurer measurer = new DeskMeasurer();
        final MonitorSettings settings;
        final List<DeskMeasurement> baselineSamples = new ArrayList<>();
        DeskMonitor monitor;
        Instant nextSample;
        boolean baselineChecked;

        Session(FrameClock clock, SummaryStore store, ShutdownStop stop) {
            this.clock = clock;
            this.store = store;
            this.stop = stop;
            this.started = clock.instant();
            this.settings = MonitorSettings.from(thresholds, quietHours);
            if (baselineFrame.isEmpty()) {
                givenBaseline.ifPresent(this::start);
            } // else the first frame shows whether the baseline's camera is this one
            if (givenBaseline.isEmpty()) {
                say(started, "no baseline given: sit upright for a few seconds, the first " + SELF_BASELINE_SAMPLES
                        + " clear views of you become it");
            }
        }

        void start(DeskBaseline baseline) {
            Notifier console = new ConsoleNotifier(line -> say(clock.instant(), line));
            Notifier notifier = feedback.desktop().<Notifier>map(desktop -> n -> {
                console.show(n);
                desktop.show(n);
            }).orElse(console);
            monitor = new DeskMonitor(settings, new PostureClassifier(PostureThresholds.from(thresholds), baseline), notifier, clock, store);
            say(clock.instant(), "watching (" + baseline.view().name().toLowerCase(Locale.ROOT) + " view, baseline: " + baseline.source() + ")");
        }

        /** The time asked for is up, or a stop came from outside (Ctrl-C, SIGTERM, the terminal closed). */
        boolean done() {
            return stop.requested() || limit.isPresent() && Duration.between(started, clock.instant()).compareTo(limit.get()) >= 0;
        }

        /** What the user asked for since the last look (the tray's menu), carried out in order on this thread. */
        void takeRequests() {
            for (DeskRequest request : feedback.requests().take()) {
                if (monitor == null) {
                    say(clock.instant(), "not watching yet (taking the baseline): nothing to snooze or resume");
                } else if (request instanceof DeskRequest.Snooze snooze) {
                    monitor.apply(request);
                    say(clock.instant(), "snoozed for " + snooze.length().toMinutes() + " min: no reminders, camera released");
                } else if (monitor.isSnoozed()) {
                    monitor.apply(request);
                    say(clock.instant(), "resumed: watching");
                } else {
                    say(clock.instant(), "not snoozed: nothing to resume");
                }
            }
        }

        /** A stored baseline is used only when this camera gives the frames it was measured in. */
        void checkBaselineCamera(RgbImage frame) {
            if (monitor != null || givenBaseline.isEmpty() || baselineChecked) {
                return;
            }
            baselineChecked = true;
            Optional<String> mismatch = CameraFrame.mismatch(baselineFrame, new CameraFrame(frame.width(), frame.height()));
            if (mismatch.isEmpty()) {
                start(givenBaseline.get());
                return;
            }
            say(clock.instant(), mismatch.get() + ". Sit upright: the first " + SELF_BASELINE_SAMPLES
                    + " clear views of you become the baseline for this run. To keep one for this camera, calibrate"
                    + " again with it: formcheck calibrate --pose sitting --camera <this camera>");
        }

        /** One frame: judged when a sample is due, otherwise let go at once (latest frame wins). */
        void offer(RgbImage frame) {
            try {
                checkBaselineCamera(frame);
                takeRequests();
                Instant now = clock.instant();
                if (nextSample != null && now.isBefore(nextSample)) {
                    if (monitor != null) {
                        CameraDecision d = monitor.camera();
                        if (d instanceof CameraDecision.Release) {
                            monitor.tick(); // a video cannot be released: its frames pass unseen
                        }
                    }
                    return;
                }
                nextSample = now.plus(settings.sampleInterval());
                if (monitor != null && monitor.camera() instanceof CameraDecision.Release) {
                    monitor.tick();
                    return;
                }
                TrackedPose tracked = tracker.track(frame);
                DeskMeasurement m = measurer.measure(tracked);
                if (monitor == null) {
                    collectBaseline(m);
                    return;
                }
                samplesJudged++;
                monitor.observe(m).ifPresent(c -> say(c.at(), c.from().display() + " -> " + c.to().display()));
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
            }
        }

        /** Counts the time up to now, saves, and prints the closing summary; then a waiting stop may let the JVM go. */
        int finish(Optional<Path> summaryFile) {
            try {
                return summarise(summaryFile);
            } finally {
                stop.finished();
            }
        }

        private int summarise(Optional<Path> summaryFile) {
            if (stop.requested()) {
                say(clock.instant(), "stopped");
            }
            if (monitor == null) {
                say(clock.instant(), "never saw you clearly enough to take a baseline: nothing judged");
                return 0;
            }
            monitor.close();
            DailySummary d = monitor.summary();
            out.println("summary for " + d.date() + ":");
            d.timeMs().forEach((k, v) -> out.printf(Locale.ROOT, "  %-18s %6.1f min%n", PlainWords.deskTime(k), v / 60_000.0));
            out.printf(Locale.ROOT, "  longest sitting streak %.1f min, %d posture alerts, %d break reminders, %d breaks taken%n",
                    d.longestStreakMs() / 60_000.0, d.slouchAlerts(), d.breakReminders(),
                    d.breaks().stream().filter(b -> b.kind() == dev.formcheck.desk.BreakEntry.Kind.TAKEN).count());
            summaryFile.ifPresent(f -> out.println("  daily summary: " + f));
            out.flush();
            return 0;
        }
    }

    /** Video rehearsals are not the user's day: their summary is printed, not kept. */
    private static final class NoStore implements SummaryStore {
        @Override
        public Optional<DeskDay> load(LocalDate date) {
            return Optional.empty();
        }

        @Override
        public DeskDay save(DeskRun run) {
            return DeskDay.empty(run.summary().date()).with(run); // printed at the end instead
        }
    }

    /**
     * The monitor's clock: the system's, or, for a video run with --fast, the video's own time
     * from the moment the run started, so a ten-minute video drives ten minutes of timers.
     */
    static final class FrameClock extends Clock {
        private final Optional<Clock> system;
        private final Instant origin;
        private long frameMicros;

        FrameClock(Optional<Clock> system) {
            this.system = system;
            this.origin = Instant.now();
        }

        void at(long timestampMicros) {
            frameMicros = Math.max(frameMicros, timestampMicros);
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.systemDefault();
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException("the monitor's clock keeps the system zone");
        }

        @Override
        public Instant instant() {
            return system.map(Clock::instant).orElseGet(() -> origin.plus(frameMicros, ChronoUnit.MICROS));
        }
    }
}
