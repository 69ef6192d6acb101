package dev.formcheck.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.formcheck.analysis.thresholds.UserCalibration;
import dev.formcheck.capture.ImageFiles;
import dev.formcheck.capture.VideoFileSource;
import dev.formcheck.common.UserDataDirectory;
import dev.formcheck.desk.DeskBaseline;
import dev.formcheck.desk.DeskMeasurement;
import dev.formcheck.desk.DeskMeasurer;
import dev.formcheck.desk.DeskRequests;
import dev.formcheck.desk.Posture;
import dev.formcheck.desk.PostureClassifier;
import dev.formcheck.desk.PostureThresholds;
import dev.formcheck.desk.QuietHours;
import dev.formcheck.desk.SampleVerdict;
import dev.formcheck.desk.SittingBlocks;
import dev.formcheck.pose.InferenceSettings;
import dev.formcheck.pose.MoveNetEstimator;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

@Command(name = "posture", mixinStandardHelpOptions = true,
        description = {"Desk posture monitor: judges sitting against your own upright baseline.",
                "--images: each photo alone, one line per photo.",
                "--camera/--video: the monitor at 2 fps, printing state changes, reminders and",
                "a summary; camera runs keep a daily summary in your data directory."})
final class PostureCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    VerboseOption verbose;

    @Mixin
    ModelOptions modelOptions;

    @Mixin
    CalibrationOption calibrationOption;

    static final class Source {
        @Option(names = "--camera", paramLabel = "N", description = "Watch camera N (0 is the first), or its name on Windows.")
        String camera;

        @Option(names = "--video", paramLabel = "FILE", description = "Watch a recorded video, paced at real time unless --fast.")
        Path video;

        @Option(names = "--images", paramLabel = "FILE", arity = "1..*", description = "Judge each photo alone.")
        List<Path> images;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    @Option(names = "--baseline", paramLabel = "FILE", arity = "1..*",
            description = "Photos of you sitting upright, seen by the same camera: the baseline. "
                    + "Default: the one calibrate --pose sitting stored, else (camera, video) the first 3 s.")
    List<Path> baseline = List.of();

    @Option(names = "--minutes", paramLabel = "M", description = "With --camera or --video: stop after M minutes.")
    Double minutes;

    @Option(names = "--fast", description = "With --video: as fast as possible, the video's own time driving the monitor's clock.")
    boolean fast;

    /** Hidden: for tests and demonstrations on machines with no camera (docs/testing.md), not for a user's day. */
    @Option(names = "--as-camera", hidden = true,
            description = "With --video: play it as the camera would be, looped and paced at real time, keeping the day's summary.")
    boolean asCamera;

    @Option(names = "--quiet-hours", paramLabel = "HH:MM-HH:MM", description = "No reminders between these times (22:00-07:00).")
    String quietHours;

    @Option(names = "--json", description = "With --images: print one JSON document instead of text (a camera run keeps its day as JSON in your data directory).")
    boolean json;

    @Option(names = "--no-tray", description = "With --camera or --video: reminders on the console only, no system tray icon.")
    boolean noTray;

    @Option(names = "--sound", description = "With --camera or --video: a soft tone with each reminder (off by default).")
    boolean sound;

    @Override
    public Integer call() throws Exception {
        if (minutes != null && !(minutes > 0)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--minutes must be positive");
        }
        if (fast && source.video == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--fast goes with --video");
        }
        if (asCamera && (source.video == null || fast)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--as-camera goes with --video, without --fast");
        }
        if ((noTray || sound) && source.images != null) {
            throw new CommandLine.ParameterException(spec.commandLine(), (noTray ? "--no-tray" : "--sound")
                    + " goes with --camera or --video: --images sends no reminders");
        }
        if (json && source.images == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--json goes with --images: a run with --camera or "
                    + "--video reports on the console as it goes, and a camera run keeps the day's summary as JSON in "
                    + UserDataDirectory.resolve().resolve("desk"));
        }
        Optional<QuietHours> quiet;
        try {
            quiet = quietHours == null ? Optional.empty() : Optional.of(QuietHours.parse(quietHours));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--quiet-hours: " + e.getMessage());
        }
        UserCalibration calibration = calibrationOption.calibration();
        Optional<DeskBaseline> stored = calibration.sitting().flatMap(SittingBlocks::desk);
        if (source.images != null && baseline.isEmpty() && stored.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--images needs a baseline: --baseline with one "
                    + "or more photos of you sitting upright, taken by the same camera, or calibrate --pose sitting first");
        }
        baseline.forEach(ImageFiles::checkReadable);
        if (source.images != null) {
            source.images.forEach(ImageFiles::checkReadable);
        }
        if (source.video != null) {
            VideoFileSource.checkReadable(source.video);
        }
        PostureThresholds limits = PostureThresholds.from(calibration.thresholds());
        InferenceSettings settings = InferenceSettings.defaults().withVerboseLogging(Main.verboseRequested(spec));
        try (MoveNetEstimator estimator = modelOptions.open(settings)) {
            Optional<DeskBaseline> base = baseline.isEmpty() ? stored : Optional.of(baselineOf(estimator));
            if (source.images != null) {
                return judgePhotos(estimator, new PostureClassifier(limits, base.orElseThrow()));
            }
            PrintWriter err = spec.commandLine().getErr();
            try (NotifierChoice desktop = NotifierChoice.choose(!noTray, sound, note -> {
                err.println("formcheck: " + note);
                err.flush();
            })) {
                DeskRequests requests = new DeskRequests();
                desktop.offerSnoozeMenu(requests);
                spec.commandLine().getOut().println(desktop.hasTray()
                        ? "reminders: in the system tray and here; right-click the tray icon to snooze, pause or resume"
                        : "reminders: on this console only");
                PostureRunner runner = new PostureRunner(spec.commandLine().getOut(), estimator, calibration.thresholds(), base, quiet,
                        minutes == null ? Optional.empty() : Optional.of(java.time.Duration.ofMillis(Math.round(minutes * 60_000))),
                        new PostureRunner.Feedback(desktop.desktop(), requests, warning -> {
                            err.println("formcheck: warning: " + warning);
                            err.flush();
                        })).baselineTakenIn(baseline.isEmpty()
                                ? calibration.sitting().flatMap(SittingBlocks::frame) : Optional.empty())
                        .standingBaseline(baseline.isEmpty()
                                ? SittingBlocks.standingBeside(calibration.sitting(), calibration.standingDesk()) : Optional.empty())
                        .onPausedChange(desktop::followPause);
                if (asCamera) {
                    return runner.runStandInCamera(source.video);
                }
                return source.video != null ? runner.runVideo(source.video, fast) : runner.runCamera(source.camera);
            }
        }
    }

    private DeskBaseline baselineOf(MoveNetEstimator estimator) {
        List<DeskMeasurement> upright = new ArrayList<>();
        for (Path photo : baseline) {
            upright.add(DeskMeasurer.ofStill(estimator.estimate(ImageFiles.read(photo))));
        }
        String label = baseline.size() == 1 ? baseline.get(0).toString() : baseline.size() + " baseline photos";
        try {
            return DeskBaseline.of(upright, Optional.empty(), label);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--baseline: " + e.getMessage()
                    .replace("sample ", "photo "));
        }
    }

    private int judgePhotos(MoveNetEstimator estimator, PostureClassifier classifier) throws Exception {
        List<Result> results = new ArrayList<>();
        for (Path photo : source.images) {
            SampleVerdict v = classifier.classify(DeskMeasurer.ofStill(estimator.estimate(ImageFiles.read(photo))), Posture.UPRIGHT);
            results.add(Result.of(photo, v));
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(Map.of("results", results)));
        } else {
            for (Result r : results) {
                out.printf(Locale.ROOT, "%s: %s%s (%s view)%s%n", r.file(), r.state(), r.lean() == null ? "" : " " + r.lean(),
                        r.view(), r.note() != null ? ": " + r.note()
                                : r.metrics().isEmpty() ? "" : "  " + r.metrics().entrySet().stream()
                                .map(e -> e.getKey() + " " + String.format(Locale.ROOT, "%.2f", e.getValue()))
                                .collect(Collectors.joining(", ")));
            }
        }
        out.flush();
        return 0;
    }

    /** One photo's entry; field order is the documented order (docs/desk.md). */
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    record Result(String file, String state, String lean, String view, Map<String, Double> metrics, String note) {
        static Result of(Path file, SampleVerdict v) {
            Map<String, Double> rounded = new LinkedHashMap<>();
            v.metrics().forEach((k, x) -> rounded.put(k, Math.round(x * 1000) / 1000.0));
            String view = "unknown";
            String state = v.stateName();
            String lean = null;
            String note = null;
            if (v instanceof SampleVerdict.Judged j) {
                view = j.view().name().toLowerCase(Locale.ROOT);
                state = j.posture().state().name();
                lean = j.posture().lean().map(l -> l.name().toLowerCase(Locale.ROOT)).orElse(null);
            } else if (v instanceof SampleVerdict.Unjudged u) {
                view = u.view().name().toLowerCase(Locale.ROOT);
                note = u.why();
            } else if (v instanceof SampleVerdict.Absent a) {
                note = a.why().words();
            }
            return new Result(file.toString(), state, lean, view, rounded, note);
        }
    }
}
