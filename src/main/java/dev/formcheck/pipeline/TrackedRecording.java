package dev.formcheck.pipeline;

import dev.formcheck.capture.FrameSource;
import dev.formcheck.capture.SourceInfo;
import dev.formcheck.pose.PoseEstimator;
import dev.formcheck.pose.silhouette.BackOutline;
import dev.formcheck.pose.silhouette.OutlineSchedule;
import dev.formcheck.pose.silhouette.SilhouetteReader;
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
 * @param outlines the back's outline in each frame, when it was read (else empty)
 */
public record TrackedRecording(SourceInfo source, List<TrackedPose> frames, List<BackOutline> outlines,
                               PipelineSummary summary) {
    public TrackedRecording {
        frames = List.copyOf(frames);
        outlines = List.copyOf(outlines);
        if (!outlines.isEmpty() && outlines.size() != frames.size()) {
            throw new IllegalArgumentException("one outline per frame, or none: " + outlines.size() + " for " + frames.size());
        }
    }

    /** The least time between two readings of the outline when nothing else is known: {@link OutlineSchedule#STEADY_INTERVAL_MICROS}. */
    public static final long OUTLINE_INTERVAL_MICROS = OutlineSchedule.STEADY_INTERVAL_MICROS;

    /**
     * As {@link #trackWithOutlines(FrameSource, PoseEstimator, TrackingSettings, SilhouetteReader, OutlineSchedule,
     * OutlineObserver)} with a reading at most every {@link #OUTLINE_INTERVAL_MICROS}.
     */
    public static TrackedRecording trackWithOutlines(FrameSource source, PoseEstimator estimator, TrackingSettings settings,
                                                     SilhouetteReader reader, OutlineObserver observer)
            throws InterruptedException {
        return trackWithOutlines(source, estimator, settings, reader, OutlineSchedule.steady(), observer);
    }

    /**
     * As {@link #track(FrameSource, PoseEstimator, TrackingSettings, FramePipeline.Sink)}, and reads
     * the back's outline on the consumer thread while the pose thread works on the next frame, in
     * the frames {@code schedule} asks for; a frame in between keeps the last reading.
     */
    public static TrackedRecording trackWithOutlines(FrameSource source, PoseEstimator estimator, TrackingSettings settings,
                                                     SilhouetteReader reader, OutlineSchedule schedule,
                                                     OutlineObserver observer) throws InterruptedException {
        List<BackOutline> outlines = new ArrayList<>();
        SampleAndHold held = new SampleAndHold(reader, schedule);
        TrackedRecording recording = track(source, estimator, settings, frame -> {
            BackOutline outline = held.outlineOf(frame);
            outlines.add(outline);
            observer.accept(frame, outline);
        });
        return new TrackedRecording(recording.source(), recording.frames(), outlines, recording.summary());
    }

    /**
     * Reads the outline of a frame with a person when the schedule asks for a fresh reading, else
     * keeps the last one. A frame without a person, or time running backwards (a restart), ends
     * the hold. The crop follows the causally smoothed pose, the one a live view has; the zero-lag
     * pose kinematics later reads differs by a few pixels in fast movement.
     */
    public static final class SampleAndHold {
        private final SilhouetteReader reader;
        private final OutlineSchedule schedule;
        private BackOutline last;

        /** A reading at most every {@link #OUTLINE_INTERVAL_MICROS}. */
        public SampleAndHold(SilhouetteReader reader) {
            this(reader, OutlineSchedule.steady());
        }

        public SampleAndHold(SilhouetteReader reader, OutlineSchedule schedule) {
            this.reader = reader;
            this.schedule = schedule;
        }

        public BackOutline outlineOf(PipelineFrame<TrackedPose> frame) {
            long t = frame.result().timestampMicros();
            if (!(frame.result() instanceof TrackedPose.PersonFound found)) {
                last = null;
                return new BackOutline.Untraced(t, "I can't see you");
            }
            boolean keep = last != null && t >= last.timestampMicros() && !schedule.needsReading(found.smoothed(), last);
            if (!keep) {
                last = reader.read(frame.frame(), found.smoothed());
            }
            return last;
        }
    }

    /** Sees each frame as it is tracked, with the back's outline read from it (or kept from the last reading). */
    @FunctionalInterface
    public interface OutlineObserver {
        void accept(PipelineFrame<TrackedPose> frame, BackOutline outline);
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
        return new TrackedRecording(info, smoothed, List.of(), summary);
    }

    public long framesWithPerson() {
        return frames.stream().filter(f -> f instanceof TrackedPose.PersonFound).count();
    }
}
