package dev.formcheck.session;

import dev.formcheck.capture.SourceInfo;
import dev.formcheck.pipeline.TrackedRecording;
import dev.formcheck.pose.Pose;
import dev.formcheck.pose.tracking.TrackedPose;
import dev.formcheck.report.PoseTrackDocument;

import java.nio.file.Path;
import java.util.List;

/** The analysis JSON document (docs/analysis-json.md) of a recording or a photo, before any judgement is added. */
public final class AnalysisDocuments {
    private AnalysisDocuments() {
    }

    public static PoseTrackDocument ofRecording(Path video, TrackedRecording recording, String modelId) {
        SourceInfo info = recording.source();
        List<PoseTrackDocument.Frame> frames = recording.frames().stream().map(PoseTrackDocument.Frame::of).toList();
        double wall = recording.summary().wallSeconds();
        double duration = durationSeconds(info, recording);
        return new PoseTrackDocument(PoseTrackDocument.SCHEMA_VERSION,
                new PoseTrackDocument.Video(video.toString(), info.width(), info.height(), info.fps(), frames.size(),
                        duration, recording.summary().end().framesSkipped()),
                modelId, frames, new PoseTrackDocument.Timing(wall, wall > 0 ? duration / wall : 0));
    }

    /** One photo: one frame at time 0. */
    public static PoseTrackDocument ofPhoto(Path photo, int width, int height, Pose pose, double inferenceMs,
                                            String modelId, double wallSeconds) {
        PoseTrackDocument.Frame frame = PoseTrackDocument.Frame.ofStill(pose, inferenceMs);
        return new PoseTrackDocument(PoseTrackDocument.SCHEMA_VERSION,
                new PoseTrackDocument.Video(photo.toString(), width, height, 0, 1, 0, 0),
                modelId, List.of(frame), new PoseTrackDocument.Timing(wallSeconds, 0));
    }

    /** The stream's duration, or how far it got when it ended early (a truncated file). */
    static double durationSeconds(SourceInfo info, TrackedRecording recording) {
        boolean complete = recording.summary().end().complete() && recording.summary().failure().isEmpty();
        if (complete && info.durationMicros() > 0) {
            return info.durationMicros() / 1e6;
        }
        List<TrackedPose> frames = recording.frames();
        double frameSeconds = info.fps() > 0 ? 1 / info.fps() : 0;
        return frames.isEmpty() ? 0 : frames.get(frames.size() - 1).timestampMicros() / 1e6 + frameSeconds;
    }
}
