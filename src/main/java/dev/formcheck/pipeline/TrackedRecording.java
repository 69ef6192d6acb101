package dev.formcheck.pipeline;

import dev.formcheck.capture.FrameSource;
import dev.formcheck.capture.SourceInfo;
import dev.formcheck.pose.PoseEstimator;
import dev.formcheck.pose.tracking.PoseTracker;
import dev.formcheck.pose.tracking.TrackedPose;
import dev.formcheck.pose.tracking.TrackingSettings;
import dev.formcheck.pose.tracking.ZeroLagSmoother;

import java.util.ArrayList;
import java.util.List;

/**
 * A recorded video tracked from start to end: every frame through the file-mode pipeline and the
 * pose tracker, then smoothed forward and backward, which a recording allows and live video does
 * not (no lag at all).
 *
 * @param frames one entry per delivered frame, in order, zero-lag smoothed
 */
public record TrackedRecording(SourceInfo source, List<TrackedPose> frames, PipelineSummary summary) {
    public TrackedRecording {
        frames = List.copyOf(frames);
    }

    /**
     * Runs {@code source} to its end. {@code observer} sees each frame as it is tracked (causally
     * smoothed), on the calling thread: a progress display or an overlay writer.
     */
    public static TrackedRecording track(FrameSource source, PoseEstimator estimator, TrackingSettings settings,
                                         FramePipeline.Sink<TrackedPose> observer) throws InterruptedException {
        SourceInfo info = source.info();
        PoseTracker tracker = new PoseTracker(estimator, settings);
        List<TrackedPose> tracked = new ArrayList<>();
        PipelineSummary summary = new FramePipeline<>(source, FramePipeline.Mode.FILE, tracker::track, frame -> {
            tracked.add(frame.result());
            observer.accept(frame);
        }).run();
        List<TrackedPose> smoothed = new ZeroLagSmoother(settings).smooth(tracked, info.width(), info.height());
        return new TrackedRecording(info, smoothed, summary);
    }

    public long framesWithPerson() {
        return frames.stream().filter(f -> f instanceof TrackedPose.PersonFound).count();
    }
}
