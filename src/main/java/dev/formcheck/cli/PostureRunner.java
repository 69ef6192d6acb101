package dev.formcheck.cli;

import dev.formcheck.analysis.thresholds.Thresholds;
import dev.formcheck.capture.CameraSource;
import dev.formcheck.capture.FrameSource;
import dev.formcheck.capture.LoopingSource;
import dev.formcheck.capture.PacedSource;
import dev.formcheck.capture.VideoFileSource;
import dev.formcheck.desk.BreakEntry;
import dev.formcheck.feedback.PlainWords;
import dev.formcheck.desk.CameraFrame;
import dev.formcheck.desk.DailySummary;
import dev.formcheck.desk.DailySummaryFiles;
import dev.formcheck.desk.DeskBaseline;
import dev.formcheck.desk.DeskRequests;
import dev.formcheck.desk.QuietHours;
import dev.formcheck.feedback.Notifier;
import dev.formcheck.platform.OsSignals;
import dev.formcheck.platform.OsWatchers;
import dev.formcheck.pose.PoseEstimator;
import dev.formcheck.session.DeskOutcome;
import dev.formcheck.session.DeskSession;
import dev.formcheck.session.DeskStatus;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The command line's front end to a {@link DeskSession}: prints what the session says with the
 * time of day, and its closing summary; stops it on Ctrl-C, SIGTERM or a closed terminal. The
 * rules (sampling, the self-taken baseline, requests, the camera loop, what is kept) are the
 * session's.
 */
final class PostureRunner {
    /** Samples averaged into a baseline when none is given. */
    static final int SELF_BASELINE_SAMPLES = DeskSession.SELF_BASELINE_SAMPLES;

    private final PrintWriter out;
    private final PoseEstimator estimator;
    private final Thresholds thresholds;
    private final Optional<DeskBaseline> givenBaseline;
    private final Optional<QuietHours> quietHours;
    private final Optional<Duration> limit;
    private final Feedback feedback;
    private Optional<CameraFrame> baselineFrame = Optional.empty();
    private Optional<DeskBaseline> standingBaseline = Optional.empty();
    private Optional<OsSignals> os = Optional.empty();
    private DeskSession last;
    private Consumer<Boolean> pausedChanged = paused -> { };
    private boolean paused;
    /** The camera as {@code calibrate} takes it, for the command a camera of another frame size is told. */
    private String calibrateCamera = "N";

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

    /** The camera frame the given baseline was measured in (a stored calibration remembers it). */
    PostureRunner baselineTakenIn(Optional<CameraFrame> frame) {
        this.baselineFrame = frame;
        return this;
    }

    /** The stored standing-desk baseline beside the stored sitting one: sitting and standing are then told apart where the camera can. */
    PostureRunner standingBaseline(Optional<DeskBaseline> standing) {
        this.standingBaseline = standing;
        return this;
    }

    /** What the OS says of the screen lock, sleep and a full-screen program, followed by the session (decision 0085). */
    PostureRunner hearing(OsSignals signals) {
        this.os = Optional.of(signals);
        return this;
    }

    /** How often the OS is asked what it keeps as a state (desk.os.poll). */
    static Duration osPoll(Thresholds thresholds) {
        return Duration.ofNanos(thresholds.micros("desk.os.poll") * 1000);
    }

    /** Told when a pause starts or ends (the tray's menu then offers Resume, or Snooze and Pause). */
    PostureRunner onPausedChange(Consumer<Boolean> listener) {
        this.pausedChanged = listener;
        return this;
    }

    /** A recorded video: every frame read, one per sample interval judged; the clock is the video's own with --fast. */
    int runVideo(Path video, boolean fast) {
        return runFrames(VideoFileSource.open(video), fast);
    }

    /** Frames from a file or memory, paced at real time or with {@code fast} on their own clock. Closes {@code frames}. */
    int runFrames(FrameSource frames, boolean fast) {
        try (ShutdownStop stop = ShutdownStop.onShutdown(this::warn)) {
            session().runFrames(frames, fast, stop);
            return 0;
        }
    }

    /** A camera by index or name. */
    int runCamera(String device) {
        calibrateCamera = device.contains(" ") ? "\"" + device + "\"" : device;
        try (OsSignals signals = OsWatchers.forThisSystem(osPoll(thresholds)).start()) {
            hearing(signals);
            Thread note = sayWhatTheOsCannotTell(signals);
            try {
                return runCamera("camera " + device, () -> CameraSource.open(CameraSource.Request.of(device)));
            } finally {
                note.interrupt(); // a run over before the note is due (no camera) prints nothing after its end
                try {
                    note.join(1000); // nor does a note already printing its lines
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    /** Once the OS's watchers have had a moment to answer, a line for each thing this system does not tell. */
    private Thread sayWhatTheOsCannotTell(OsSignals signals) {
        Thread t = new Thread(() -> {
            try {
                Thread.sleep(1500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            signals.cannotTell().forEach(line -> say(Instant.now(), line));
        }, "formcheck-os-note");
        t.setDaemon(true);
        t.start();
        return t;
    }

    /**
     * A video standing in for the camera: looped and paced at real time, reopened from its start
     * whenever the session opens the camera again, the day's summary kept as a camera run keeps it.
     */
    int runStandInCamera(Path video) {
        return runCamera("stand-in camera " + video, () -> new PacedSource(new LoopingSource(() -> VideoFileSource.open(video), Long.MAX_VALUE)));
    }

    private int runCamera(String name, DeskSession.CameraOpener opener) {
        try (ShutdownStop stop = ShutdownStop.onShutdown(this::warn)) {
            session().runCamera(name, opener, DailySummaryFiles.forCurrentUser(this::warn), stop);
            return 0;
        }
    }

    /** Samples handed to the monitor so far in the last run (the benchmark reports the rate). */
    long samplesJudged() {
        return last == null ? 0 : last.samplesJudged();
    }

    private DeskSession session() {
        DeskSession.Setup setup = new DeskSession.Setup(thresholds, givenBaseline, baselineFrame, quietHours, limit,
                feedback.desktop(), feedback.requests()).withStanding(standingBaseline);
        if (os.isPresent()) {
            setup = setup.withOs(os.get());
        }
        last = new DeskSession(estimator, setup, new DeskSession.Events() {
            @Override
            public void said(Instant at, String line) {
                say(at, line);
            }

            @Override
            public void warning(String warning) {
                warn(warning);
            }

            @Override
            public void baselineCameraDiffers(Instant at, CameraFrame.Mismatch mismatch) {
                say(at, "To keep a baseline for this camera, calibrate again with it: formcheck calibrate --pose sitting --camera "
                        + calibrateCamera);
            }

            @Override
            public void status(DeskStatus status) {
                if (status.paused() != paused) {
                    paused = status.paused();
                    pausedChanged.accept(paused);
                }
            }

            @Override
            public void finished(DeskOutcome outcome) {
                outcome.summary().ifPresent(d -> printSummary(d, outcome.summaryFile()));
            }
        });
        return last;
    }

    private void printSummary(DailySummary d, Optional<Path> summaryFile) {
        out.println("summary for " + d.date() + ":");
        d.timeMs().forEach((k, v) -> out.printf(Locale.ROOT, "  %-18s %6.1f min%n", PlainWords.deskTime(k), v / 60_000.0));
        out.printf(Locale.ROOT, "  longest sitting streak %.1f min, %d posture alerts, %d break reminders, %d breaks taken%n",
                d.longestStreakMs() / 60_000.0, d.slouchAlerts(), d.breakReminders(),
                d.breaks().stream().filter(b -> b.kind() == BreakEntry.Kind.TAKEN).count());
        if (d.standingMs() > 0) {
            out.printf(Locale.ROOT, "  at the desk: %.1f min sitting, %.1f min standing%n", d.sittingMs() / 60_000.0,
                    d.standingMs() / 60_000.0);
        }
        summaryFile.ifPresent(f -> out.println("  daily summary: " + f));
        out.flush();
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
}
