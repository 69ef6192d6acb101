package dev.formcheck.cli;

import dev.formcheck.analysis.thresholds.Thresholds;
import dev.formcheck.capture.CameraSource;
import dev.formcheck.capture.CaptureException;
import dev.formcheck.capture.FrameSource;
import dev.formcheck.capture.PacedSource;
import dev.formcheck.capture.RgbImage;
import dev.formcheck.capture.VideoFileSource;
import dev.formcheck.desk.CameraDecision;
import dev.formcheck.desk.DailySummary;
import dev.formcheck.desk.DailySummaryFiles;
import dev.formcheck.desk.DeskBaseline;
import dev.formcheck.desk.DeskMeasurement;
import dev.formcheck.desk.DeskMeasurer;
import dev.formcheck.desk.DeskMonitor;
import dev.formcheck.desk.DeskRequest;
import dev.formcheck.desk.DeskRequests;
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
    /** How often the monitor is ticked while the camera is released. */
    static final Duration IDLE_TICK = Duration.ofSeconds(1);

    private final PrintWriter out;
    private final PoseEstimator estimator;
    private final Thresholds thresholds;
    private final Optional<DeskBaseline> givenBaseline;
    private final Optional<QuietHours> quietHours;
    private final Optional<Duration> limit;
    private final Feedback feedback;
    private long samplesJudged;

    /**
     * Where reminders go besides the one line printed for the log, and where the user's snooze and
     * resume requests arrive from (the tray's menu, on another thread).
     */
    record Feedback(Optional<Notifier> desktop, DeskRequests requests) {
        static Feedback consoleOnly() {
            return new Feedback(Optional.empty(), new DeskRequests());
        }
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
        try (FrameSource source = fast ? frames : new PacedSource(frames)) {
            Session s = new Session(clock, new NoStore());
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

    /** A camera: opened while the monitor wants samples, released when it says, retried every minute when busy. */
    int runCamera(String device) {
        FrameClock clock = new FrameClock(Optional.of(Clock.systemDefaultZone()));
        DailySummaryFiles files = DailySummaryFiles.forCurrentUser();
        Session s = new Session(clock, files);
        files.warnings().forEach(w -> out.println("formcheck: " + w));
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
                        camera = CameraSource.open(CameraSource.Request.of(device));
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
                    throw new CaptureException(CaptureException.Reason.CAMERA_UNPLUGGED, "camera " + device + " stopped delivering frames");
                }
                s.offer(frame.get());
            }
        } finally {
            if (camera != null) {
                camera.close();
            }
        }
        return s.finish(Optional.of(files.fileFor(LocalDate.now(clock))));
    }

    /** Samples handed to the monitor so far (the benchmark reports the rate). */
    long samplesJudged() {
        return samplesJudged;
    }

    private void sleepUntil(Session s, FrameClock clock, Instant until) {
        while (clock.instant().isBefore(until) && !s.done()) {
            try {
                Thread.sleep(Math.max(1, Math.min(IDLE_TICK.toMillis(), Duration.between(clock.instant(), until).toMillis())));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            s.takeRequests();
            s.monitor.tick();
            if (!(s.monitor.camera() instanceof CameraDecision.Release)) {
                return; // resumed from the tray: watch again now
            }
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
        final Instant started;
        final PoseTracker tracker = new PoseTracker(estimator, TrackingSettings.defaults());
        final DeskMeasurer measurer = new DeskMeasurer();
        final MonitorSettings settings;
        final List<DeskMeasurement> baselineSamples = new ArrayList<>();
        DeskMonitor monitor;
        Instant nextSample;

        Session(FrameClock clock, SummaryStore store) {
            this.clock = clock;
            this.store = store;
            this.started = clock.instant();
            this.settings = MonitorSettings.from(thresholds, quietHours);
            givenBaseline.ifPresent(this::start);
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

        boolean done() {
            return limit.isPresent() && Duration.between(started, clock.instant()).compareTo(limit.get()) >= 0;
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

        /** One frame: judged when a sample is due, otherwise let go at once (latest frame wins). */
        void offer(RgbImage frame) {
            try {
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
                DeskMeasurement m = tracked instanceof TrackedPose.PersonFound found
                        ? measurer.measure(found.smoothed()) : measurer.nobody(tracked.timestampMicros());
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

        int finish(Optional<Path> summaryFile) {
            if (monitor == null) {
                say(clock.instant(), "never saw you clearly enough to take a baseline: nothing judged");
                return 0;
            }
            monitor.close();
            DailySummary d = monitor.summary();
            out.println("summary for " + d.date() + ":");
            d.timeMs().forEach((k, v) -> out.printf(Locale.ROOT, "  %-14s %6.1f min%n", k, v / 60_000.0));
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
        public Optional<DailySummary> load(LocalDate date) {
            return Optional.empty();
        }

        @Override
        public void save(DailySummary summary) {
            // printed at the end instead
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
