package dev.formcheck.cli;

import dev.formcheck.analysis.calibration.CalibrationCriteria;
import dev.formcheck.analysis.calibration.CalibrationOutcome;
import dev.formcheck.analysis.calibration.CalibrationRun;
import dev.formcheck.analysis.calibration.CalibrationSample;
import dev.formcheck.analysis.thresholds.CalibrationFiles;
import dev.formcheck.analysis.thresholds.SittingBaseline;
import dev.formcheck.analysis.thresholds.StanceNeutral;
import dev.formcheck.analysis.thresholds.UserCalibration;
import dev.formcheck.capture.CameraSource;
import dev.formcheck.capture.FFmpegLogging;
import dev.formcheck.capture.FrameSource;
import dev.formcheck.capture.ImageFiles;
import dev.formcheck.capture.RgbImage;
import dev.formcheck.capture.TimeLimitedSource;
import dev.formcheck.capture.VideoFileSource;
import dev.formcheck.common.AtomicFiles;
import dev.formcheck.desk.CameraFrame;
import dev.formcheck.desk.SittingBlocks;
import dev.formcheck.pipeline.FramePipeline;
import dev.formcheck.pipeline.PipelineSummary;
import dev.formcheck.pipeline.TrackedRecording;
import dev.formcheck.pose.InferenceSettings;
import dev.formcheck.pose.MoveNetEstimator;
import dev.formcheck.pose.tracking.PoseTracker;
import dev.formcheck.pose.tracking.TrackedPose;
import dev.formcheck.pose.tracking.TrackingSettings;
import dev.formcheck.session.CalibrationSession;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

@Command(name = "calibrate", mixinStandardHelpOptions = true,
        description = {"Measures your neutral posture: standing side-on or sitting upright.",
                "Stores it in your calibration file and keeps the rest of the file; your back is",
                "then measured against your own neutral, not the textbook one."})
final class CalibrateCommand implements Callable<Integer> {
    /** Seconds of a camera or a video measured when --seconds is not given. */
    static final String DEFAULT_SECONDS = "5";

    enum PoseKind {
        STANCE, SITTING, DESK_STANDING;

        /** "stance", "sitting", "desk-standing" (any case; an underscore for the dash is taken too). */
        static final class Converter implements CommandLine.ITypeConverter<PoseKind> {
            @Override
            public PoseKind convert(String value) {
                String name = value.trim().toUpperCase(Locale.ROOT).replace('-', '_');
                for (PoseKind k : values()) {
                    if (k.name().equals(name)) {
                        return k;
                    }
                }
                throw new CommandLine.TypeConversionException("\"" + value + "\" is not stance, sitting or desk-standing");
            }
        }
    }

    @Spec
    CommandSpec spec;

    @Mixin
    VerboseOption verbose;

    @Mixin
    ModelOptions modelOptions;

    @Mixin
    CalibrationOption calibrationOption;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Input input;

    /** Exactly one of the three. */
    static final class Input {
        @Option(names = "--camera", paramLabel = "N", description = "Camera index (0 is the first), or its name on Windows.")
        String camera;

        @Option(names = "--video", paramLabel = "FILE", description = "A video of you holding the pose (its first --seconds are used).")
        Path video;

        @Option(names = "--images", arity = "1..*", paramLabel = "FILE", description = "Photos of you holding the pose.")
        List<Path> images;
    }

    @Option(names = "--pose", required = true, paramLabel = "stance|sitting|desk-standing", converter = PoseKind.Converter.class,
            description = "stance: standing upright, side-on to the camera; sitting: sitting upright as you do at your desk;"
                    + " desk-standing: standing upright at a standing desk, with the camera where it is when you sit.")
    PoseKind pose;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Where to store it. Default: the --calibration file if given, else calibration.json in your data directory.")
    Path out;

    @Option(names = "--seconds", paramLabel = "S", defaultValue = DEFAULT_SECONDS,
            description = "Seconds of the camera or the video to measure. Default: ${DEFAULT-VALUE}.")
    double seconds;

    /** The frame size the samples were measured in, which the desk baseline remembers. */
    private Optional<CameraFrame> frame = Optional.empty();

    @Override
    public Integer call() throws InterruptedException, IOException {
        if (!(seconds > 0) || !Double.isFinite(seconds)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--seconds must be positive, not " + seconds);
        }
        if (input.video != null) {
            VideoFileSource.checkReadable(input.video);
        }
        if (input.images != null) {
            input.images.forEach(ImageFiles::checkReadable);
        }
        UserCalibration calibration = calibrationOption.calibration();
        Path target = target();
        CalibrationFiles.checkStorable(target); // before the camera runs, not after
        boolean verboseLogging = Main.verboseRequested(spec);
        FFmpegLogging.configure(verboseLogging);
        PrintWriter stdout = spec.commandLine().getOut();
        InferenceSettings settings = InferenceSettings.defaults().withVerboseLogging(verboseLogging);
        List<CalibrationSample> samples = input.images != null ? photoSamples(settings) : streamSamples(settings, stdout);
        CalibrationCriteria criteria = CalibrationCriteria.of(calibration.thresholds(), input.images != null);
        Optional<String> restless = CalibrationSession.whyNotStill(samples, criteria); // before any fallback stores a baseline
        if (restless.isPresent()) {
            return rejected("These frames are not a still neutral posture: " + restless.get());
        }
        CalibrationRun run = new CalibrationRun(Instant.now().truncatedTo(ChronoUnit.SECONDS), sourceName(),
                Optional.of(modelOptions.model.id()));
        if (pose == PoseKind.STANCE) {
            CalibrationOutcome<StanceNeutral> outcome = CalibrationSession.stance(samples, criteria, run);
            if (outcome instanceof CalibrationOutcome.Accepted<StanceNeutral> accepted) {
                CalibrationFiles.store(target, accepted.block());
                CalibrationReport.stance(stdout, target, accepted.block(), accepted.framesSeen());
                return 0;
            }
            return rejected(((CalibrationOutcome.Rejected<StanceNeutral>) outcome).message());
        }
        CalibrationOutcome<SittingBaseline> outcome = CalibrationSession.sitting(samples, criteria, run, input.images != null, frame);
        if (outcome instanceof CalibrationOutcome.Accepted<SittingBaseline> accepted && pose == PoseKind.DESK_STANDING) {
            // compared with the sitting baseline in the file it is stored in
            Optional<SittingBaseline> sitting = java.nio.file.Files.exists(target)
                    ? CalibrationFiles.loadUser(calibration.thresholds(), target).sitting() : Optional.empty();
            CalibrationFiles.storeStandingDesk(target, accepted.block());
            CalibrationReport.deskStanding(stdout, target, accepted.block(), accepted.framesSeen(),
                    SittingBlocks.standingAgainstSitting(sitting, accepted.block(), calibration.thresholds()));
            return 0;
        }
        if (outcome instanceof CalibrationOutcome.Accepted<SittingBaseline> accepted) {
            CalibrationFiles.store(target, accepted.block());
            CalibrationReport.sitting(stdout, target, accepted.block(), accepted.framesSeen());
            return 0;
        }
        return rejected(((CalibrationOutcome.Rejected<SittingBaseline>) outcome).message());
    }

    private int rejected(String message) {
        PrintWriter err = spec.commandLine().getErr();
        err.println("formcheck: " + message + " Nothing was stored.");
        err.flush();
        return Main.EXIT_FAILURE;
    }

    /** --out, else --calibration, else the user's own file (whose directory is made if need be). */
    private Path target() throws IOException {
        if (out != null) {
            return out;
        }
        if (calibrationOption.given().isPresent()) {
            return calibrationOption.given().get();
        }
        Path file = CalibrationFiles.userFile();
        AtomicFiles.createFolder(file.getParent(), "data directory");
        return file;
    }

    /** Each photo tracked and measured alone, in order. */
    private List<CalibrationSample> photoSamples(InferenceSettings settings) {
        List<TrackedPose> tracked = new ArrayList<>();
        try (MoveNetEstimator estimator = modelOptions.open(settings)) {
            Set<CameraFrame> sizes = new HashSet<>();
            for (Path file : input.images) {
                RgbImage photo = ImageFiles.read(file);
                sizes.add(new CameraFrame(photo.width(), photo.height()));
                // a fresh tracker sees each photo whole, with nothing before it
                tracked.add(new PoseTracker(estimator, TrackingSettings.defaults()).track(photo));
            }
            frame = sizes.size() == 1 ? Optional.of(sizes.iterator().next()) : Optional.empty(); // photos of one camera
        }
        return CalibrationSession.measure(tracked, true);
    }

    /** The first --seconds of the video or the camera, tracked and measured as one stream. */
    private List<CalibrationSample> streamSamples(InferenceSettings settings, PrintWriter stdout) throws InterruptedException {
        long limit = Math.round(seconds * 1e6);
        if (input.video != null) {
            try (FrameSource source = new TimeLimitedSource(VideoFileSource.open(input.video), limit);
                 MoveNetEstimator estimator = modelOptions.open(settings)) {
                frame = Optional.of(new CameraFrame(source.info().width(), source.info().height()));
                TrackedRecording recording = TrackedRecording.track(source, estimator, TrackingSettings.defaults(), f -> { });
                failIfBroken(recording.summary());
                return CalibrationSession.measure(recording.frames(), false);
            }
        }
        // the camera first: a missing one is reported before the model loads
        try (FrameSource camera = new TimeLimitedSource(CameraSource.open(CameraSource.Request.of(input.camera)), limit);
             MoveNetEstimator estimator = modelOptions.open(settings)) {
            frame = Optional.of(new CameraFrame(camera.info().width(), camera.info().height()));
            stdout.printf(Locale.ROOT, "Hold the pose for %s s...%n", trim(seconds));
            stdout.flush();
            List<TrackedPose> tracked = new ArrayList<>();
            PoseTracker tracker = new PoseTracker(estimator, TrackingSettings.defaults());
            failIfBroken(new FramePipeline<>(camera, FramePipeline.Mode.LIVE, tracker::track,
                    frame -> tracked.add(frame.result())).run());
            return CalibrationSession.measure(tracked, false);
        }
    }

    private static void failIfBroken(PipelineSummary summary) {
        if (summary.failure().isPresent()) {
            throw summary.failure().get();
        }
    }

    /** What the measurement came from, in the file: "camera 0", "video clip.mp4", "photos a.jpg, b.jpg". */
    private String sourceName() {
        if (input.camera != null) {
            return "camera " + input.camera;
        }
        if (input.video != null) {
            return String.format(Locale.ROOT, "video %s (first %s s)", input.video.getFileName(), trim(seconds));
        }
        return (input.images.size() == 1 ? "photo " : "photos ")
                + input.images.stream().map(p -> p.getFileName().toString()).collect(Collectors.joining(", "));
    }

    private static String trim(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
