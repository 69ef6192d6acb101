package dev.formcheck.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

import dev.formcheck.pose.Keypoint;
import dev.formcheck.pose.Pose;
import dev.formcheck.pose.tracking.TrackedPose;

import java.util.List;

/**
 * What {@code analyze} writes as JSON: the video, the model, one entry per frame and the timing.
 * Field names become snake_case in the file ({@code schema_version}, {@code t_s}); the schema is
 * {@code docs/schema/analysis-v1.schema.json}, described in {@code docs/analysis-json.md}. The
 * analysis engine adds its results to this same document in later versions.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PoseTrackDocument(int schemaVersion, Video video, String model, List<Frame> frames, Timing timing,
                                @JsonUnwrapped ExerciseSection analysis) {
    /** Bumped whenever a field changes meaning or disappears; additions keep the version. */
    public static final int SCHEMA_VERSION = 1;

    public PoseTrackDocument {
        frames = List.copyOf(frames);
    }

    /** Poses only, without an exercise analysis. */
    public PoseTrackDocument(int schemaVersion, Video video, String model, List<Frame> frames, Timing timing) {
        this(schemaVersion, video, model, frames, timing, null);
    }

    /** This document with the exercise analysis added: exercise, view, reps, holds, flags, notes. */
    public PoseTrackDocument withAnalysis(ExerciseSection section) {
        return new PoseTrackDocument(schemaVersion, video, model, frames, timing, section);
    }

    /**
     * @param frameCount frames analysed: every decoded frame, or one in N with {@code --stride}
     * @param durationS the video stream's duration, or how far it got when it ended early
     * @param framesSkipped frames of the file that could not be decoded (damaged data) and are missing from {@code frames}
     */
    public record Video(String file, int width, int height, double fps, long frameCount, double durationS,
                        long framesSkipped) {
    }

    /**
     * One decoded frame.
     *
     * @param keypoints smoothed keypoints, empty when no person was found
     * @param raw the model's keypoints for this frame, before smoothing (always present)
     */
    public record Frame(double tS, boolean person, List<Point> keypoints, List<Point> raw, double inferenceMs) {
        public Frame {
            keypoints = List.copyOf(keypoints);
            raw = List.copyOf(raw);
        }

        /** A photo's pose, found without tracking: its keypoints are both the smoothed and the raw ones. */
        public static Frame ofStill(Pose pose, double inferenceMs) {
            boolean person = pose.meanScore() >= dev.formcheck.pose.tracking.TrackingSettings.defaults().minPersonScore();
            return new Frame(0, person, person ? Point.all(pose) : List.of(), Point.all(pose), inferenceMs);
        }

        public static Frame of(TrackedPose tracked) {
            double tS = tracked.timestampMicros() / 1e6;
            double inferenceMs = tracked.timings().totalNanos() / 1e6;
            if (tracked instanceof TrackedPose.PersonFound found) {
                return new Frame(tS, true, Point.all(found.smoothed()), Point.all(found.raw()), inferenceMs);
            }
            TrackedPose.NoPerson none = (TrackedPose.NoPerson) tracked;
            return new Frame(tS, false, List.of(), Point.all(none.raw()), inferenceMs);
        }
    }

    /** A keypoint in frame pixels. */
    public record Point(String name, double x, double y, double score) {
        static List<Point> all(Pose pose) {
            return pose.keypoints().stream().map(Point::of).toList();
        }

        static Point of(Keypoint k) {
            return new Point(k.part().id(), k.x(), k.y(), k.score());
        }
    }

    /** @param realtimeFactor video duration divided by wall time: 4 means four times faster than real time */
    public record Timing(double wallS, double realtimeFactor) {
    }
}
