package dev.formcheck.cli;

import dev.formcheck.analysis.exercise.ExerciseResult;
import dev.formcheck.analysis.exercise.Load;
import dev.formcheck.analysis.exercise.StillJudge;
import dev.formcheck.analysis.thresholds.UserCalibration;
import dev.formcheck.capture.FFmpegLogging;
import dev.formcheck.capture.ImageFiles;
import dev.formcheck.capture.RgbImage;
import dev.formcheck.pose.Pose;
import dev.formcheck.pose.silhouette.BackOutline;
import dev.formcheck.pose.silhouette.BlazePoseSegmenter;
import dev.formcheck.pose.silhouette.SilhouetteReader;
import dev.formcheck.report.ExerciseSection;
import dev.formcheck.capture.EndOfStream;
import dev.formcheck.capture.FrameSource;
import dev.formcheck.capture.ImageFolderSource;
import dev.formcheck.capture.SourceInfo;
import dev.formcheck.capture.VideoFileSource;
import dev.formcheck.common.AtomicFiles;
import dev.formcheck.common.FormCheckException;
import dev.formcheck.pipeline.FramePipeline;
import dev.formcheck.pipeline.TrackedRecording;
import dev.formcheck.pose.InferenceSettings;
import dev.formcheck.pose.ModelFiles;
import dev.formcheck.pose.MoveNetEstimator;
import dev.formcheck.pose.MoveNetModel;
import dev.formcheck.pose.tracking.TrackedPose;
import dev.formcheck.pose.tracking.TrackingSettings;
import dev.formcheck.report.PoseTrackDocument;
import dev.formcheck.report.ReportFiles;
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
                    + "(with --exercise, also the outline of the lower back where it was judged, in green).")
    Path overlay;

    @Option(names = "--exercise", paramLabel = "NAME|auto",
            description = {"Judge the movement as this exercise: ${COMPLETION-CANDIDATES} (auto recognises it).",
                    "Adds reps, holds and flags to the summary and the JSON. A photo is judged as the exercise's working position."},
            completionCandidates = ExerciseNames.class)
    String exercise;

    @Option(names = "--load", defaultValue = "bodyweight", paramLabel = "LOAD",
            description = "What you lift: bodyweight, dumbbell, kettlebell or barbell. Raises the severity of back faults, "
                    + "never what is detected. Default: ${DEFAULT-VALUE}.")
    String load;

    @Option(names = "--stride", defaultValue = "1", paramLabel = "N",
            description = "Analyse one frame in N (all frames are still decoded). Default: ${DEFAULT-VALUE}.")
    int stride;

    @Override
    public Integer call() throws InterruptedException {
        if (stride < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--stride must be at least 1, not " + stride);
        }
        ImageFolderSource.fpsProblem(folderFps).ifPresent(problem -> {
            throw new CommandLine.ParameterException(spec.commandLine(), problem);
        });
        if (spec.commandLine().getParseResult().hasMatchedOption("--fps") && videos.stream().noneMatch(Files::isDirectory)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--fps sets the frame rate of a folder of images; "
                    + "a video file keeps its own frame rate and a photo has none, so leave --fps out");
        }
        calibrationOption.calibration(); // read once, warnings shown before the work starts
        Optional<ExerciseJudging> judging = exerciseJudging();
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
                    target(overlay, video, ".overlay.mp4"));
            for (Optional<Path> target : List.of(o.json(), o.csv(), o.overlay())) {
                if (target.isPresent() && !claimed.add(target.get().toAbsolutePath().normalize())) {
                    throw new CommandLine.ParameterException(spec.commandLine(), target.get()
                            + " would be written twice, or over an input; give each output its own name");
                }
            }
            outputs.add(o);
        }
        boolean verboseLogging = Main.verboseRequested(spec);
        FFmpegLogging.configure(verboseLogging);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int failures = 0;
        InferenceSettings settings = InferenceSettings.forRecordedVideo().withVerboseLogging(verboseLogging);
        boolean anyPhoto = videos.stream().anyMatch(AnalyzeCommand::isPhoto);
        MoveNetModel photoModel = photoModel();
        try (MoveNetEstimator estimator = modelOptions.open(settings);
             MoveNetEstimator photoEstimator = anyPhoto && photoModel != modelOptions.model
                     ? MoveNetEstimator.open(photoModel, ModelFiles.modelsDirectory(), settings) : null;
             // one thread: the outline is read on the consumer thread while the pose thread uses both cores
             SilhouetteReader outlines = judging.isPresent() ? new SilhouetteReader(BlazePoseSegmenter.open(
                     InferenceSettings.defaults().withVerboseLogging(verboseLogging))) : null) {
            for (int i = 0; i < videos.size(); i++) {
                Path input = videos.get(i);
                Optional<String> problem = isPhoto(input)
                        ? analysePhoto(input, outputs.get(i), photoEstimator != null ? photoEstimator : estimator,
                                photoModel, outlines, judging, out)
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

    /**
     * The model photos are read with: the one --model names, else Thunder. A photo is one image,
     * so speed does not matter and accuracy does; the photo validation (docs/validation.md) is
     * Thunder's (with Lightning the second mountain climber's lower back reads 14.7° against 18.0°).
     */
    private MoveNetModel photoModel() {
        return spec.commandLine().getParseResult().hasMatchedOption("--model") ? modelOptions.model : MoveNetModel.THUNDER;
    }

    /** Where a video's outputs go, each optional. */
    private record Outputs(Optional<Path> json, Optional<Path> csv, Optional<Path> overlay) {
    }

    /** Analyses one video and writes its outputs; returns what went wrong, if anything. */
    private Optional<String> analyse(Path video, Outputs outputs, MoveNetEstimator estimator, SilhouetteReader outlines,
                                     Optional<ExerciseJudging> judging, PrintWriter out) throws InterruptedException {
        TrackedRecording recording;
        Optional<String> overlayProblem;
        try (FrameSource source = Files.isDirectory(video) ? ImageFolderSource.open(video, folderFps, stride)
                : VideoFileSource.open(video, stride);
             ProgressBar progress = Progress.forFrames(video.getFileName().toString(),
                     (source.info().frameCount() + stride - 1) / stride);
             OverlayWriter overlayWriter = OverlayWriter.open(outputs.overlay(), source.info(), stride,
                     Main.verboseRequested(spec))) {
            FramePipeline.Sink<TrackedPose> step = frame -> {
                overlayWriter.write(frame.frame(), frame.result());
                Progress.step(progress);
            };
            recording = outlines == null ? TrackedRecording.track(source, estimator, TrackingSettings.defaults(), step)
                    : TrackedRecording.trackWithOutlines(source, estimator, TrackingSettings.defaults(), outlines,
                            (frame, outline) -> {
                                overlayWriter.write(frame.frame(), frame.result(), outline);
                                Progress.step(progress);
                            });
            overlayProblem = overlayWriter.finish();
        } catch (FormCheckException e) {
            return Optional.of(e.getMessage()); // this video could not be analysed; the next one may
        }
        PoseTrackDocument poses = document(video, recording);
        Optional<ExerciseResult> result = judging.flatMap(j -> j.analyse(recording));
        PoseTrackDocument document = result.map(r -> poses.withAnalysis(ExerciseSection.of(r))).orElse(poses);
        outputs.json().ifPresent(path -> ReportFiles.writeJson(path, document));
        outputs.csv().ifPresent(path -> ReportFiles.writeCsv(path, document));
        printSummary(out, video, recording, document, outputs, overlayProblem.isEmpty());
        result.ifPresent(r -> judging.get().printSummary(out, r));
        if (judging.isPresent() && result.isEmpty()) {
            out.println("  exercise: not recognised (no reps or holds of a known exercise); name it with --exercise NAME");
        }
        // Results were written (up to where the stream stopped): exit 0 with a warning (docs/analysis-json.md, exit codes)
        Optional<String> stoppedEarly = recording.summary().failure().map(FormCheckException::getMessage)
                .or(() -> recording.summary().end().complete() ? Optional.empty()
                        : Optional.of(recording.summary().end().note()));
        stoppedEarly.ifPresent(note -> spec.commandLine().getErr().println("formcheck: warning: " + note
                + " (analysed and written up to there)"));
        return overlayProblem;
    }

    /** Judges one photo as the exercise's working position (or just finds the pose, without --exercise). */
    private Optional<String> analysePhoto(Path photo, Outputs outputs, MoveNetEstimator estimator, MoveNetModel model,
                                          SilhouetteReader outlines, Optional<ExerciseJudging> judging, PrintWriter out) {
        long started = System.nanoTime();
        Pose pose;
        RgbImage image;
        BackOutline outline;
        try {
            image = ImageFiles.read(photo);
        } catch (FormCheckException e) {
            return Optional.of(e.getMessage());
        }
        try {
            pose = estimator.estimate(image);
            outline = outlines == null ? new BackOutline.Untraced(0, "not asked for") : outlines.read(image, pose);
        } catch (FormCheckException e) {
            image.release();
            return Optional.of(e.getMessage());
        }
        double wall = (System.nanoTime() - started) / 1e9;
        PoseTrackDocument.Frame frame = PoseTrackDocument.Frame.ofStill(pose, estimator.lastTimings().totalNanos() / 1e6);
        PoseTrackDocument poses = new PoseTrackDocument(PoseTrackDocument.SCHEMA_VERSION,
                new PoseTrackDocument.Video(photo.toString(), image.width(), image.height(), 0, 1, 0, 0),
                model.id(), List.of(frame), new PoseTrackDocument.Timing(wall, 0));
        image.release();
        Optional<StillJudge.StillResult> result = judging.map(j -> j.judgeStill(pose, outline));
        PoseTrackDocument document = result.map(r -> poses.withAnalysis(ExerciseSection.ofStill(r))).orElse(poses);
        outputs.json().ifPresent(path -> ReportFiles.writeJson(path, document));
        outputs.csv().ifPresent(path -> ReportFiles.writeCsv(path, document));
        out.printf(Locale.ROOT, "%s: photo, person %s%n", photo.getFileName(), frame.person() ? "found" : "not found");
        outputs.json().ifPresent(p -> out.println("  json: " + p));
        outputs.csv().ifPresent(p -> out.println("  csv:  " + p));
        result.ifPresent(r -> ExerciseJudging.printStill(out, r));
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
        ExerciseJudging.problemWith(exercise).ifPresent(problem -> {
            throw new CommandLine.ParameterException(spec.commandLine(), problem);
        });
        UserCalibration calibration = calibrationOption.calibration(); // warnings shown once, before the work
        return Optional.of(new ExerciseJudging(exercise, chosenLoad.get(), calibration.thresholds(),
                calibration.neutralPosture()));
    }

    private PoseTrackDocument document(Path video, TrackedRecording recording) {
        SourceInfo info = recording.source();
        List<PoseTrackDocument.Frame> frames = recording.frames().stream().map(PoseTrackDocument.Frame::of).toList();
        double wall = recording.summary().wallSeconds();
        double duration = durationSeconds(info, recording);
        return new PoseTrackDocument(PoseTrackDocument.SCHEMA_VERSION,
                new PoseTrackDocument.Video(video.toString(), info.width(), info.height(), info.fps(), frames.size(),
                        duration, recording.summary().end().framesSkipped()),
                modelOptions.model.id(), frames, new PoseTrackDocument.Timing(wall, wall > 0 ? duration / wall : 0));
    }

    /** The stream's duration, or how far it got when it ended early (a truncated file). */
    private static double durationSeconds(SourceInfo info, TrackedRecording recording) {
        boolean complete = recording.summary().end().complete() && recording.summary().failure().isEmpty();
        if (complete && info.durationMicros() > 0) {
            return info.durationMicros() / 1e6;
        }
        List<TrackedPose> frames = recording.frames();
        double frameSeconds = info.fps() > 0 ? 1 / info.fps() : 0;
        return frames.isEmpty() ? 0 : frames.get(frames.size() - 1).timestampMicros() / 1e6 + frameSeconds;
    }

    private static void printSummary(PrintWriter out, Path video, TrackedRecording recording,
                                     PoseTrackDocument document, Outputs outputs, boolean overlayWritten) {
        long frames = recording.frames().size();
        double found = frames == 0 ? 0 : 100.0 * recording.framesWithPerson() / frames;
        out.printf(Locale.ROOT, "%s: %d frames, person in %.1f%%, %.1f s of video in %.1f s (%.1fx real time)%n",
                video.getFileName(), frames, found, document.video().durationS(), document.timing().wallS(),
                document.timing().realtimeFactor());
        EndOfStream end = recording.summary().end();
        if (end.complete() && end.framesSkipped() > 0) {
            out.println("  skipped: " + end.note());
        }
        outputs.json().ifPresent(p -> out.println("  json: " + p));
        outputs.csv().ifPresent(p -> out.println("  csv:  " + p));
        outputs.overlay().filter(p -> overlayWritten).ifPresent(p -> out.println("  overlay: " + p));
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
