package dev.formcheck.cli;

import dev.formcheck.analysis.exercise.AnalysisSettings;
import dev.formcheck.analysis.exercise.ExerciseAnalyzer;
import dev.formcheck.analysis.exercise.ExerciseRecognizer;
import dev.formcheck.analysis.exercise.ExerciseSession;
import dev.formcheck.analysis.exercise.Exercises;
import dev.formcheck.analysis.exercise.Load;
import dev.formcheck.analysis.thresholds.StageRules;
import dev.formcheck.analysis.thresholds.UserCalibration;
import dev.formcheck.analysis.thresholds.Thresholds;
import dev.formcheck.capture.FFmpegLogging;
import dev.formcheck.capture.FrameSource;
import dev.formcheck.capture.VideoFileSource;
import dev.formcheck.kinematics.KinematicFrame;
import dev.formcheck.kinematics.Kinematics;
import dev.formcheck.kinematics.KinematicsSettings;
import dev.formcheck.pipeline.TrackedRecording;
import dev.formcheck.pose.InferenceSettings;
import dev.formcheck.pose.MoveNetEstimator;
import dev.formcheck.pose.tracking.TrackedPose;
import dev.formcheck.pose.tracking.TrackingSettings;
import dev.formcheck.session.ExerciseChoices;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "engine", mixinStandardHelpOptions = true,
        description = {"Times the form analysis alone, per frame: kinematics and the exercise engine.",
                "The video is tracked once; its poses then go through kinematics and the engine --rounds times.",
                "Reports the median and 95th percentile per frame, each stage apart."})
final class BenchEngineCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    VerboseOption verbose;

    @Mixin
    ModelOptions modelOptions;

    @Mixin
    CalibrationOption calibrationOption;

    @Parameters(paramLabel = "VIDEO")
    Path video;

    @Option(names = "--exercise", defaultValue = "squat", paramLabel = "NAME|auto",
            description = "The exercise to analyse as. Default: ${DEFAULT-VALUE}.")
    String exercise;

    @Option(names = "--rounds", defaultValue = "20", paramLabel = "N",
            description = "Times the recorded poses go through the analysis. Default: ${DEFAULT-VALUE}.")
    int rounds;

    @Override
    public Integer call() throws InterruptedException {
        ExerciseChoices.problemWith(exercise).ifPresent(p -> {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--exercise: " + p);
        });
        if (rounds < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--rounds must be at least 1");
        }
        FFmpegLogging.configure(Main.verboseRequested(spec));
        VideoFileSource.checkReadable(video);
        List<TrackedPose> poses;
        try (MoveNetEstimator estimator = modelOptions.open(InferenceSettings.forRecordedVideo());
             FrameSource source = VideoFileSource.open(video, 1)) {
            poses = TrackedRecording.track(source, estimator, TrackingSettings.defaults(), f -> { }).frames();
        }
        UserCalibration calibration = calibrationOption.calibration();
        Thresholds t = calibration.thresholds();
        Exercises exercises = Exercises.from(t);
        AnalysisSettings settings = AnalysisSettings.of(t, Load.BODYWEIGHT, calibration.neutralPosture());
        ExerciseRecognizer recognizer = new ExerciseRecognizer(exercises, t, settings);
        int n = poses.size();
        double[] kinematicsNanos = new double[n * rounds];
        double[] engineNanos = new double[n * rounds];
        double[] roundMicrosPerFrame = new double[rounds];
        int i = 0;
        for (int r = 0; r < rounds; r++) {
            Kinematics kinematics = new Kinematics(KinematicsSettings.defaults().withNeutral(calibration.neutralPosture())
                    .withLimbs(StageRules.limbSides(calibration.thresholds())));
            ExerciseSession session = ExerciseSession.of(exercise, exercises, recognizer, settings);
            long roundStart = System.nanoTime();
            for (TrackedPose p : poses) {
                long a = System.nanoTime();
                KinematicFrame f = kinematics.next(p);
                long b = System.nanoTime();
                session.next(f);
                long c = System.nanoTime();
                kinematicsNanos[i] = b - a;
                engineNanos[i] = c - b;
                i++;
            }
            session.finish();
            roundMicrosPerFrame[r] = (System.nanoTime() - roundStart) / 1e3 / n;
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "%s: %d frames x %d rounds, exercise %s%n", video.getFileName(), n, rounds, exercise);
        out.printf(Locale.ROOT, "  kinematics  p50 %6.1f us  p95 %6.1f us%n", Percentiles.of(kinematicsNanos, 50) / 1e3,
                Percentiles.of(kinematicsNanos, 95) / 1e3);
        out.printf(Locale.ROOT, "  engine      p50 %6.1f us  p95 %6.1f us%n", Percentiles.of(engineNanos, 50) / 1e3,
                Percentiles.of(engineNanos, 95) / 1e3);
        out.printf(Locale.ROOT, "  whole round, per frame (incl. finish): median %.1f us%n",
                Percentiles.of(roundMicrosPerFrame, 50));
        return 0;
    }
}
