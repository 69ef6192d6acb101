package dev.formcheck.session;

import dev.formcheck.analysis.exercise.ExerciseDefinition;
import dev.formcheck.analysis.exercise.ExerciseResult;
import dev.formcheck.analysis.thresholds.Thresholds;
import dev.formcheck.capture.FrameSource;
import dev.formcheck.capture.ImageFolderSource;
import dev.formcheck.capture.VideoFileSource;
import dev.formcheck.common.FormCheckException;
import dev.formcheck.pipeline.PipelineFrame;
import dev.formcheck.pipeline.TrackedRecording;
import dev.formcheck.pose.PoseEstimator;
import dev.formcheck.pose.silhouette.BackOutline;
import dev.formcheck.pose.silhouette.OutlineSchedule;
import dev.formcheck.pose.silhouette.SilhouetteReader;
import dev.formcheck.pose.tracking.TrackedPose;
import dev.formcheck.pose.tracking.TrackingSettings;
import dev.formcheck.report.ExerciseSection;
import dev.formcheck.report.PoseTrackDocument;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A recording judged: every frame tracked (and its back's outline read when an exercise is
 * judged), then the exercise engine over the zero-lag poses, and the JSON document with the
 * judgement in it. {@code analyze} and the window's review run exactly this.
 */
public final class RecordingJudgement {
    private RecordingJudgement() {
    }

    /** Sees each analysed frame as it goes (an overlay, a progress bar); {@code outline} is null when not read. */
    @FunctionalInterface
    public interface FrameObserver {
        void accept(PipelineFrame<TrackedPose> frame, BackOutline outline);
    }

    /**
     * What a recording showed.
     *
     * @param result the exercise's judgement; empty when none was asked for or auto recognised nothing
     * @param problem why the recording was not read to its end, if it was not
     */
    public record Judged(Path video, TrackedRecording recording, PoseTrackDocument document,
                         Optional<ExerciseResult> result, Optional<String> problem) {
        /** The first line of the summary: frames, person, speed. */
        public String headline() {
            long frames = recording.frames().size();
            double found = frames == 0 ? 0 : 100.0 * recording.framesWithPerson() / frames;
            return String.format(Locale.ROOT, "%s: %d frames, person in %.1f%%, %.1f s of video in %.1f s (%.1fx real time)",
                    video.getFileName(), frames, found, document.video().durationS(), document.timing().wallS(),
                    document.timing().realtimeFactor());
        }

        /**
         * Why the recording cannot be judged at all: more of its frames undecodable than an analysis
         * can stand (capture's {@code VideoFileSource.MAX_SKIPPED_SHARE}). A front end fails on it,
         * where a recording that merely stopped early ({@link #problem}) is judged up to there.
         */
        public Optional<String> damaged() {
            var end = recording.summary().end();
            return !end.complete() && end.framesSkipped() > 0 ? Optional.of(end.note()) : Optional.empty();
        }

        /** How many frames could not be decoded and were skipped, when the recording was read to its end with some. */
        public Optional<String> skipped() {
            var end = recording.summary().end();
            return end.complete() && end.framesSkipped() > 0 ? Optional.of(end.note()) : Optional.empty();
        }
    }

    /** A video file, or a folder of images taken as frames at {@code folderFps}; one frame in {@code stride} analysed. */
    public static FrameSource open(Path video, double folderFps, int stride) {
        return Files.isDirectory(video) ? ImageFolderSource.open(video, folderFps, stride) : VideoFileSource.open(video, stride);
    }

    /** How often a judged recording's pose is read (calibration/defaults.json; decision 0081). */
    public static final String POSE_INTERVAL = "video.pose_interval";

    /**
     * One frame in how many a recording of {@code fps} is tracked when it is judged and no stride
     * was asked for: as many frames as fit in {@link #POSE_INTERVAL} (at 67 ms: 2 at 30 fps, 4 at
     * 60, 1 at 25 or less); every frame when the rate is unknown or the interval 0 (as shipped).
     */
    public static int judgingStride(double fps, Thresholds thresholds) {
        long interval = thresholds.micros(POSE_INTERVAL);
        if (!(fps > 0) || interval <= 0) {
            return 1;
        }
        return Math.max(1, (int) Math.floor(interval * fps / 1e6 + 1e-9));
    }

    /** A recording to judge ({@link #open}), tracked at {@link #judgingStride} for its frame rate. */
    public static FrameSource openForJudging(Path video, double folderFps, Thresholds thresholds) {
        if (Files.isDirectory(video)) {
            return ImageFolderSource.open(video, folderFps, judgingStride(folderFps, thresholds));
        }
        VideoFileSource source = VideoFileSource.open(video, 1);
        keepJudgingStride(source, thresholds);
        return source;
    }

    /**
     * Sets a video opened ahead (at a stride of 1, before the thresholds were known) to
     * {@link #judgingStride}; returns the stride the source now keeps.
     */
    public static int keepJudgingStride(FrameSource source, Thresholds thresholds) {
        if (source instanceof VideoFileSource video) {
            video.keepOneIn(judgingStride(video.info().fps(), thresholds));
            return video.stride();
        }
        throw new IllegalArgumentException("only a video file opened ahead takes its stride later");
    }

    /**
     * Tracks {@code source} to its end (the caller closes it) and judges it.
     *
     * @param outlines the back's outline reader, or empty to track keypoints alone
     * @param judging the exercise to judge, or empty to track only
     */
    public static Judged judge(Path video, FrameSource source, PoseEstimator estimator, String modelId,
                               Optional<SilhouetteReader> outlines, Optional<ExerciseJudging> judging,
                               FrameObserver observer) throws InterruptedException {
        TrackedRecording recording = outlines.isEmpty()
                ? TrackedRecording.track(source, estimator, TrackingSettings.defaults(), f -> observer.accept(f, null))
                : TrackedRecording.trackWithOutlines(source, estimator, TrackingSettings.defaults(), outlines.get(),
                        judging.map(ExerciseJudging::outlineSchedule).orElseGet(OutlineSchedule::steady), observer::accept);
        PoseTrackDocument poses = AnalysisDocuments.ofRecording(video, recording, modelId);
        Optional<ExerciseResult> result = judging.flatMap(j -> j.analyse(recording));
        PoseTrackDocument document = result.map(r -> poses.withAnalysis(ExerciseSection.of(r))).orElse(poses);
        return new Judged(video, asJudged(recording, result.map(ExerciseResult::exercise), judging), document, result, problemOf(recording));
    }

    /**
     * The recording with its outlines as the judged exercise reads them (what a review and an
     * overlay draw): lying on the back, a traced outline is the belly's and becomes untraced with
     * that reason; otherwise the recording as it is.
     */
    static TrackedRecording asJudged(TrackedRecording recording, Optional<String> judgedAs,
                                     Optional<ExerciseJudging> judging) {
        Optional<ExerciseDefinition> exercise = judgedAs.flatMap(name -> judging.map(j -> j.definition(name)))
                .filter(ExerciseDefinition::liesOnBack);
        if (exercise.isEmpty() || recording.outlines().isEmpty()) {
            return recording;
        }
        return new TrackedRecording(recording.source(), recording.frames(),
                recording.outlines().stream().map(o -> o == null ? null : exercise.get().judgedOutline(o)).toList(),
                recording.summary());
    }

    private static Optional<String> problemOf(TrackedRecording recording) {
        Optional<FormCheckException> failure = recording.summary().failure();
        if (failure.isPresent()) {
            return Optional.of(failure.get().getMessage());
        }
        if (!recording.summary().end().complete()) {
            return Optional.of(recording.summary().end().note());
        }
        return Optional.empty();
    }

    /**
     * Writes the overlay video of a recording already judged: the video decoded again, each frame
     * with the skeleton (and the back's outline where it was read) that the judgement saw.
     * Returns why it was not written, if it was not; the target is written atomically or not at all.
     */
    public static Optional<String> exportOverlay(Judged judged, Path target, boolean verbose) {
        return exportOverlay(judged, target, 1, verbose);
    }

    /**
     * As {@link #exportOverlay(Judged, Path, boolean)} for a recording analysed at every
     * {@code stride}-th frame; each frame says the reps by then and the fault that holds with its cue.
     */
    public static Optional<String> exportOverlay(Judged judged, Path target, int stride, boolean verbose) {
        TrackedRecording recording = judged.recording();
        try (FrameSource source = open(judged.video(), recording.source().fps() > 0 ? recording.source().fps() : 30, stride);
             OverlayWriter overlay = OverlayWriter.open(Optional.of(target), source.info(), stride, verbose)) {
            for (int i = 0; i < recording.frames().size(); i++) {
                Optional<dev.formcheck.capture.RgbImage> frame = source.next();
                if (frame.isEmpty()) {
                    break;
                }
                try {
                    BackOutline outline = recording.outlines().isEmpty() ? null : recording.outlines().get(i);
                    overlay.write(frame.get(), recording.frames().get(i), outline,
                            OverlayCaptions.at(judged.result(), recording.frames().get(i).timestampMicros(), outline));
                } finally {
                    frame.get().release();
                }
            }
            return overlay.finish();
        } catch (FormCheckException e) {
            return Optional.of(e.getMessage());
        }
    }

    /** The judgement's lines for a summary (none when no exercise was asked for). */
    public static List<SummaryLine> judgementLines(Judged judged, Optional<ExerciseJudging> judging) {
        return judging.map(j -> j.summary(judged.result())).orElse(List.of());
    }
}
