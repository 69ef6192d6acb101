package dev.formcheck.cli;

import dev.formcheck.analysis.exercise.Load;
import dev.formcheck.analysis.thresholds.StageRules;
import dev.formcheck.analysis.thresholds.UserCalibration;
import dev.formcheck.capture.FFmpegLogging;
import dev.formcheck.capture.ImageFiles;
import dev.formcheck.capture.ImageFolderSource;
import dev.formcheck.pose.silhouette.BlazePoseSegmenter;
import dev.formcheck.pose.silhouette.SilhouetteReader;
import dev.formcheck.capture.FrameSource;
import dev.formcheck.capture.VideoFileSource;
import dev.formcheck.common.AtomicFiles;
import dev.formcheck.common.FormCheckException;
import dev.formcheck.pose.InferenceSettings;
import dev.formcheck.pose.ModelFiles;
import dev.formcheck.pose.MoveNetEstimator;
import dev.formcheck.pose.MoveNetModel;
import dev.formcheck.report.ReportFiles;
import dev.formcheck.session.ExerciseChoices;
import dev.formcheck.session.ExerciseJudging;
import dev.formcheck.session.PhotoJudgement;
import dev.formcheck.session.OverlayWriter;
import dev.formcheck.session.PhotoModels;
import dev.formcheck.session.RecordingJudgement;
import dev.formcheck.common.UserDataDirectory;
import dev.formcheck.records.SessionRecord;
import dev.formcheck.records.SessionStore;
import dev.formcheck.session.RecordingReports;
import dev.formcheck.session.SessionRecording;
import dev.formcheck.session.WorkoutSettings;
import me.tongfei.progressbar.ProgressBar;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"Tracks the person in recorded videos, frame by frame, as fast as the machine allows.",
                "With --exercise, counts reps or times holds and flags form faults; also judges a photo.",
                "Photos are read with the thunder model unless --model says otherwise: one image, so accuracy counts.",
                "Prints a short summary; --json and --csv write every frame's keypoints (and the judgement).",
                "With several videos, --json, --csv and --overlay name directories; files are named after each video."})
final class AnalyzeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    VerboseOption verbose;

    @Mixin
    ModelOptions modelOptions;

    @Mixin
    CalibrationOption calibrationOption;

    @Parameters(arity = "1..*", paramLabel = "VIDEO",
            description = "mp4, mov, avi, mkv, webm (whatever FFmpeg decodes), or a folder of images taken as frames.")
    List<Path> videos;

    @Option(names = "--fps", defaultValue = "30", paramLabel = "F",
            description = "Frame rate of an image folder (frame i is at i/F seconds), 0.1 to 1000; only for folders. "
                    + "Default: ${DEFAULT-VALUE}.")
    double folderFps;

    @Option(names = "--json", paramLabel = "FILE|DIR", description = "Write the per-frame JSON (docs/analysis-json.md).")
    Path json;

    @Option(names = "--csv", paramLabel = "FILE|DIR", description = "Write one CSV row per frame.")
    Path csv;

    @Option(names = "--overlay", paramLabel = "FILE|DIR",
            description = "Write an H.264 MP4 of the video with the tracked skeleton drawn on every analysed frame "
                    + "(with --exercise, also the outline of the lower back where it was judged, in magenta, "
                    + "and the rep count and each fault with its cue written on the frames).")
    Path overlay;

    @Option(names = "--report", paramLabel = "FILE|DIR",
            description = "Write a report to read, print and keep: one HTML file with the summary, a timeline of the "
                    + "faults, angle charts, a table of every rep and key frames (needs --exercise; docs/report.md).")
    Path report;

    @Option(names = "--exercise", paramLabel = "NAME|auto",
            description = {"Judge the movement as this exercise: ${COMPLETION-CANDIDATES} (auto recognises it).",
                    "Adds reps, holds and flags to the summary and the JSON. A photo is judged as the exercise's working position."},
            completionCandidates = ExerciseNames.class)
    String exercise;

    @Option(names = "--load", defaultValue = "bodyweight", paramLabel = "LOAD",
            description = "What you lift: bodyweight, dumbbell, kettlebell or barbell. Raises the severity of back faults, "
                    + "never what is detected. Default: ${DEFAULT-VALUE}.")
    String load;

    /** When the video being analysed started, for its session record. */
    private Instant startedAt;

    @Option(names = "--no-record", description = {"Do not keep this analysis in your history (with --exercise, each judged video",
            "is kept as a session record in your data directory: docs/records.md)."})
    boolean noRecord;

    @Option(names = "--set-pause", defaultValue = "8", paramLabel = "SECONDS",
            description = "A pause this long with no rep or hold ends a set (the report's sets, your history's). "
                    + "1 to 120 s. Default: ${DEFAULT-VALUE} s.")
    double setPauseSeconds;

    @Option(names = "--stride", paramLabel = "N",
            description = "Analyse one frame in N (all frames are still decoded). Default: every frame; with "
                    + "--exercise, as many frames as fit in video.pose_interval of your calibration (shipped: 0, every frame).")
    Integer stride;

    @Override
    public Integer call() throws InterruptedException {
        if (stride != null && stride < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--stride must be at least 1, not " + stride);
        }
        if (!(setPauseSeconds >= 1 && setPauseSeconds <= 120)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--set-pause is 1 to 120 seconds, not "
                    + spec.commandLine().getParseResult().matchedOptionValue("--set-pause", setPauseSeconds));
        }
        ImageFolderSource.fpsProblem(folderFps).ifPresent(problem -> {
            // say the value back as it was typed ("1e9"), not as Java prints a double ("1.0E9")
            CommandLine.Model.OptionSpec typed = spec.commandLine().getParseResult().matchedOption("--fps");
            String given = typed == null || typed.stringValues().isEmpty() ? null : typed.stringValues().get(0);
            throw new CommandLine.ParameterException(spec.commandLine(), given == null ? problem
                    : problem.substring(0, problem.lastIndexOf(", not ") + ", not ".length()) + given);
        });
        if (spec.commandLine().getParseResult().hasMatchedOption("--fps") && videos.stream().noneMatch(Files::isDirectory)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--fps sets the frame rate of a folder of images; "
                    + "a video file keeps its own frame rate and a photo has none, so leave --fps out");
        }
        // The models open on their own threads while the arguments, calibration and exercise files
        // are read here (decision 0075); a bad argument still fails first, and closes them.
        boolean verboseLogging = Main.verboseRequested(spec);
        InferenceSettings settings = InferenceSettings.forRecordedVideo().withVerboseLogging(verboseLogging);
        boolean anyPhoto = videos.stream().anyMatch(AnalyzeCommand::isPhoto);
        MoveNetModel photoModel = photoModel();
        try (Opening<MoveNetEstimator> estimatorOpening = Opening.start("pose", () -> modelOptions.open(settings),
                     MoveNetEstimator::close);
             Opening<MoveNetEstimator> photoOpening = anyPhoto && photoModel != modelOptions.model
                     ? Opening.start("photo-pose", () -> MoveNetEstimator.open(photoModel, ModelFiles.modelsDirectory(), settings),
                             MoveNetEstimator::close) : Opening.none();
             // one thread: the outline is read on the consumer thread while the pose thread uses both cores
             Opening<BlazePoseSegmenter> outlineOpening = exercise != null
                     ? Opening.start("outline", () -> BlazePoseSegmenter.open(
                             InferenceSettings.defaults().withVerboseLogging(verboseLogging)), BlazePoseSegmenter::close)
                     : Opening.none();
             // the first video opens meanwhile too: FFmpeg's libraries load, the stream is probed
             Opening<FrameSource> firstVideo = isVideoFile(videos.get(0)) ? Opening.start("video", () -> {
                 FFmpegLogging.configure(verboseLogging);
                 return RecordingJudgement.open(videos.get(0), folderFps, stride != null ? stride : 1);
             }, FrameSource::close) : Opening.none()) {
            this.firstVideo = firstVideo;
            return analyseAll(verboseLogging, estimatorOpening, photoOpening, outlineOpening);
        }
    }

    /** The outline's reader over {@code segmenter} (null: none asked for), the back's side told by the user's thresholds. */
    private SilhouetteReader outlineReader(BlazePoseSegmenter segmenter) {
        return segmenter == null ? null
                : new SilhouetteReader(segmenter, StageRules.backSides(calibrationOption.calibration().thresholds()));
    }

    /** The first video, opened while the models load; taken by the first {@link #analyse}. */
    private Opening<FrameSource> firstVideo;

    /**
     * {@code video} opened: the one opened ahead when it is the first, else now. At the stride
     * asked for; judging an exercise without one, at the stride {@code video.pose_interval} gives
     * its frame rate (decision 0081); else every frame.
     */
    private FrameSource openSource(Path video, Optional<ExerciseJudging> judging) {
        Opening<FrameSource> ahead = firstVideo;
        firstVideo = null;
        FrameSource opened = ahead == null ? null : ahead.get();
        if (stride != null || judging.isEmpty()) {
            return opened != null ? opened : RecordingJudgement.open(video, folderFps, stride != null ? stride : 1);
        }
        if (opened == null) {
            return RecordingJudgement.openForJudging(video, folderFps, judging.get().thresholds());
        }
        RecordingJudgement.keepJudgingStride(opened, judging.get().thresholds());
        return opened;
    }

    /** One frame in how many {@code source} gives: as opened by {@link #openSource}. */
    private int strideOf(FrameSource source) {
        if (source instanceof VideoFileSource video) {
            return video.stride();
        }
        return source instanceof ImageFolderSource folder ? folder.stride() : 1;
    }

    private static boolean isVideoFile(Path input) {
        return !isPhoto(input) && !Files.isDirectory(input);
    }

    private Integer analyseAll(boolean verboseLogging, Opening<MoveNetEstimator> estimatorOpening,
                               Opening<MoveNetEstimator> photoOpening, Opening<BlazePoseSegmenter> outlineOpening)
            throws InterruptedException {
        calibrationOption.calibration(); // read once, warnings shown before the work starts
        Optional<ExerciseJudging> judging = exerciseJudging();
        if (report != null && judging.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--report describes an exercise: add --exercise NAME|auto");
        }
        if (report != null && videos.stream().anyMatch(AnalyzeCommand::isPhoto)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--report is for videos; a photo's judgement is in the summary and --json");
        }
        for (Path v : videos) {
            if (isPhoto(v)) {
                ImageFiles.checkReadable(v);
                if (judging.isPresent() && judging.get().recognizes()) {
                    throw new CommandLine.ParameterException(spec.commandLine(), v
                            + " is a photo: name its exercise (--exercise NAME); recognising one needs movement");
                }
            } else if (!Files.isDirectory(v)) {
                VideoFileSource.checkReadable(v);
            }
        }
        List<Outputs> outputs = new ArrayList<>();
        Set<Path> claimed = new HashSet<>();
        videos.forEach(v -> claimed.add(v.toAbsolutePath().normalize()));
        for (Path video : videos) {
            Outputs o = new Outputs(target(json, video, ".json"), target(csv, video, ".csv"),
                    target(overlay, video, ".overlay.mp4"), target(report, video, ".report.html"));
            for (Optional<Path> target : List.of(o.json(), o.csv(), o.overlay(), o.report())) {
                if (target.isPresent() && !claimed.add(target.get().toAbsolutePath().normalize())) {
                    throw new CommandLine.ParameterException(spec.commandLine(), target.get()
                            + " would be written twice, or over an input; give each output its own name");
                }
            }
            outputs.add(o);
        }
        FFmpegLogging.configure(verboseLogging);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int failures = 0;
        try (MoveNetEstimator estimator = estimatorOpening.get();
             MoveNetEstimator photoEstimator = photoOpening.get();
             SilhouetteReader outlines = outlineReader(outlineOpening.get())) {
            for (int i = 0; i < videos.size(); i++) {
                Path input = videos.get(i);
                Optional<String> problem = isPhoto(input)
                        ? analysePhoto(input, outputs.get(i), photoEstimator != null ? photoEstimator : estimator,
                                outlines, judging, out)
                        : analyse(input, outputs.get(i), estimator, outlines, judging, out);
                if (problem.isPresent()) {
                    err.println("formcheck: " + problem.get());
                    failures++;
                }
            }
        }
        out.flush();
        err.flush();
        return failures == 0 ? 0 : Main.EXIT_FAILURE;
    }

    /** The model photos are read with: the one --model names, else the session's choice for photos. */
    private MoveNetModel photoModel() {
        return PhotoModels.forPhotos(spec.commandLine().getParseResult().hasMatchedOption("--model")
                ? Optional.of(modelOptions.model) : Optional.empty());
    }

    /** Where a video's outputs go, each optional. */
    private record Outputs(Optional<Path> json, Optional<Path> csv, Optional<Path> overlay, Optional<Path> report) {
    }

    /** Analyses one video and writes its outputs; returns what went wrong, if anything. */
    private Optional<String> analyse(Path video, Outputs outputs, MoveNetEstimator estimator, SilhouetteReader outlines,
                                     Optional<ExerciseJudging> judging, PrintWriter out) throws InterruptedException {
        RecordingJudgement.Judged judged;
        Optional<String> overlayProblem;
        startedAt = Instant.now();
        int videoStride; // asked for, or from video.pose_interval
        try (FrameSource source = openSource(video, judging);
             ProgressBar progress = Progress.forFrames(video.getFileName().toString(),
                     (source.info().frameCount() + strideOf(source) - 1) / strideOf(source));
             // judging an exercise, the overlay says each frame's reps and faults: known once judged, so written after
             OverlayWriter overlayWriter = OverlayWriter.open(judging.isPresent() ? Optional.empty() : outputs.overlay(),
                     source.info(), strideOf(source), Main.verboseRequested(spec))) {
            videoStride = strideOf(source);
            judged = RecordingJudgement.judge(video, source, estimator, modelOptions.model.id(),
                    Optional.ofNullable(outlines), judging, (frame, outline) -> {
                        overlayWriter.write(frame.frame(), frame.result(), outline);
                        Progress.step(progress);
                    });
            overlayProblem = judging.isPresent() && outputs.overlay().isPresent()
                    ? RecordingJudgement.exportOverlay(judged, outputs.overlay().get(), videoStride, Main.verboseRequested(spec))
                    : overlayWriter.finish();
        } catch (FormCheckException e) {
            return Optional.of(e.getMessage()); // this video could not be analysed; the next one may
        }
        outputs.json().ifPresent(path -> ReportFiles.writeJson(path, judged.document()));
        outputs.csv().ifPresent(path -> ReportFiles.writeCsv(path, judged.document()));
        Optional<String> reportProblem = outputs.report().flatMap(path -> judging.flatMap(
                j -> RecordingReports.write(judged, j, videoStride, path, setSettings())));
        out.println(judged.headline());
        judged.skipped().ifPresent(note -> out.println("  skipped: " + note));
        outputs.json().ifPresent(p -> out.println("  json: " + p));
        outputs.csv().ifPresent(p -> out.println("  csv:  " + p));
        outputs.overlay().filter(p -> overlayProblem.isEmpty()).ifPresent(p -> out.println("  overlay: " + p));
        outputs.report().filter(p -> reportProblem.isEmpty()).ifPresent(p -> out.println("  report: " + p));
        SummaryLines.print(out, RecordingJudgement.judgementLines(judged, judging));
        if (judged.damaged().isPresent()) {
            return judged.damaged();
        }
        if (!noRecord && judged.result().isPresent() && judging.isPresent()) {
            keep(video, judged, judging.get(), out);
        }
        // Results were written (up to where the stream stopped): exit 0 with a warning (docs/analysis-json.md, exit codes)
        judged.problem().ifPresent(note -> spec.commandLine().getErr().println("formcheck: warning: " + note
                + " (analysed and written up to there)"));
        return overlayProblem.isPresent() ? overlayProblem : reportProblem;
    }

    /** How sets are told apart in a recording: the workout's defaults with the pause asked for. */
    private WorkoutSettings setSettings() {
        WorkoutSettings d = WorkoutSettings.defaults();
        return new WorkoutSettings(Math.round(setPauseSeconds * 1e6), d.countdownMicros(), d.restMicros());
    }

    /** Keeps the judged video as a session record; a record that cannot be written is a warning, the analysis stands. */
    private void keep(Path video, RecordingJudgement.Judged judged, ExerciseJudging judging, PrintWriter out) {
        UserCalibration calibration = calibrationOption.calibration();
        String calibrationUsed = calibration.file().map(Path::toString).orElse("shipped defaults");
        try {
            SessionRecord record = SessionRecording.recordVideo(new SessionStore(UserDataDirectory.resolve()), judged.result().get(),
                    judging.exercise(), new SessionRecording.Provenance(SessionRecording.VIDEO_KIND, video.toAbsolutePath().toString(),
                            modelOptions.model.id(), calibrationUsed),
                    startedAt, Instant.now(), setSettings(), judged.problem());
            out.println("  kept in your history as session " + record.id() + " (formcheck history; --no-record to skip)");
        } catch (FormCheckException e) {
            spec.commandLine().getErr().println("formcheck: warning: the analysis was not kept in your history: " + e.getMessage());
        }
    }

    /** Judges one photo as the exercise's working position (or just finds the pose, without --exercise). */
    private Optional<String> analysePhoto(Path photo, Outputs outputs, MoveNetEstimator estimator,
                                          SilhouetteReader outlines, Optional<ExerciseJudging> judging, PrintWriter out) {
        PhotoJudgement.Judged judged;
        try {
            judged = PhotoJudgement.judge(photo, estimator, Optional.ofNullable(outlines), judging);
        } catch (FormCheckException e) {
            return Optional.of(e.getMessage());
        }
        outputs.json().ifPresent(path -> ReportFiles.writeJson(path, judged.document()));
        outputs.csv().ifPresent(path -> ReportFiles.writeCsv(path, judged.document()));
        out.printf(Locale.ROOT, "%s: photo, person %s%n", photo.getFileName(), judged.personFound() ? "found" : "not found");
        outputs.json().ifPresent(p -> out.println("  json: " + p));
        outputs.csv().ifPresent(p -> out.println("  csv:  " + p));
        judged.result().ifPresent(r -> SummaryLines.print(out, ExerciseJudging.stillSummary(r)));
        return Optional.empty();
    }

    private static boolean isPhoto(Path input) {
        return !Files.isDirectory(input) && ImageFiles.hasImageExtension(input);
    }

    /** The exercise analysis asked for with --exercise, with the user's thresholds; checked before any work. */
    private Optional<ExerciseJudging> exerciseJudging() {
        Optional<Load> chosenLoad = Load.ofId(load);
        if (chosenLoad.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--load: '" + load
                    + "' is not a load; choose bodyweight, dumbbell, kettlebell or barbell");
        }
        if (exercise == null) {
            if (spec.commandLine().getParseResult().hasMatchedOption("--load")) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--load only changes how an exercise is judged; add --exercise NAME|auto");
            }
            return Optional.empty();
        }
        // A user's exercise file that cannot be used is said once, whichever exercise was asked for.
        ExerciseChoices.problems().forEach(p -> spec.commandLine().getErr().println("formcheck: warning: " + p
                + "; that exercise is left out"));
        ExerciseChoices.problemWith(exercise).ifPresent(problem -> {
            throw new CommandLine.ParameterException(spec.commandLine(), "--exercise: " + problem);
        });
        UserCalibration calibration = calibrationOption.calibration(); // warnings shown once, before the work
        return Optional.of(new ExerciseJudging(exercise, chosenLoad.get(), calibration.thresholds(),
                calibration.neutralPosture()));
    }

    /**
     * The output file for {@code video}: the option's path itself for one video (unless it is a
     * directory), else {@code DIR/<video name><suffix>}. Checked writable now, before any work.
     */
    private Optional<Path> target(Path option, Path video, String suffix) {
        if (option == null) {
            return Optional.empty();
        }
        boolean intoDirectory = videos.size() > 1 || Files.isDirectory(option);
        if (intoDirectory && !Files.isDirectory(option)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "with several videos, " + option + " must be an existing directory; outputs are named after each video");
        }
        Path target = intoDirectory ? option.resolve(baseName(video) + suffix) : option;
        AtomicFiles.checkWritable(target);
        return Optional.of(target);
    }

    private static String baseName(Path video) {
        String name = video.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
