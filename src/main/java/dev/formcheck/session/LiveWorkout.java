package dev.formcheck.session;

import dev.formcheck.capture.FrameSource;
import dev.formcheck.pipeline.FramePipeline;
import dev.formcheck.pipeline.LiveOutlines;
import dev.formcheck.pipeline.PipelineFrame;
import dev.formcheck.pipeline.PipelineSummary;
import dev.formcheck.pose.PoseEstimator;
import dev.formcheck.pose.silhouette.BackOutline;
import dev.formcheck.pose.silhouette.SilhouetteReader;
import dev.formcheck.pose.tracking.PoseTracker;
import dev.formcheck.pose.tracking.TrackedPose;
import dev.formcheck.pose.tracking.TrackingSettings;

import java.util.Optional;

/**
 * A workout run live: a camera, or a file paced as one, through the pipeline's live mode (the
 * latest frame wins), the tracker, the back's outline on its own thread at the rate the analysis
 * asks for ({@link LiveOutlines}, {@link WorkoutSession#outlineSchedule()}), and a
 * {@link WorkoutSession}. The caller's thread runs the consumer (kinematics, engine, sets) and
 * hands each frame to a {@link Listener}; a front end copies what it shows and returns at once.
 */
public final class LiveWorkout {
    /** What a front end sees; called on the workout's thread, never the UI's. */
    public interface Listener {
        /**
         * One frame. {@code frame.frame()}'s pixels are valid only during the call (they go back to
         * the decoder's pool): copy what is kept.
         *
         * @param outline the back's outline kept from the newest reading, as the exercise judges it (lying on
         *     the back, untraced with that reason), or null when not read
         */
        void frame(PipelineFrame<TrackedPose> frame, BackOutline outline, WorkoutSession.Update update);
    }

    /** How the run ended: its sets, and why it stopped early if it did (a camera unplugged, a broken file). */
    public record Ended(WorkoutRecord record, PipelineSummary summary, Optional<String> problem) {
    }

    private final FrameSource source;
    private final PoseEstimator estimator;
    private final Optional<SilhouetteReader> outlines;
    private final WorkoutSession session;
    private final FramePipeline.Mode flow;
    private volatile FramePipeline<TrackedPose> pipeline;
    private volatile boolean stopped;
    private volatile Optional<LiveOutlines> outlinesInUse = Optional.empty();

    public LiveWorkout(FrameSource source, PoseEstimator estimator, Optional<SilhouetteReader> outlines,
                       WorkoutSession session) {
        this(source, estimator, outlines, session, FramePipeline.Mode.LIVE);
    }

    /**
     * @param flow {@link FramePipeline.Mode#LIVE} for a camera (the newest frame wins); {@link FramePipeline.Mode#FILE}
     *     for a video standing in for one that must be judged frame by frame whatever the machine's load (a
     *     paced file then falls behind real time instead of dropping frames: what a test counting reps needs)
     */
    public LiveWorkout(FrameSource source, PoseEstimator estimator, Optional<SilhouetteReader> outlines,
                       WorkoutSession session, FramePipeline.Mode flow) {
        this.flow = flow;
        this.source = source;
        this.estimator = estimator;
        this.outlines = outlines;
        this.session = session;
    }

    /**
     * Runs until the source ends or {@link #stop()}; what was recorded is kept either way. The
     * caller closes the source afterwards.
     */
    public Ended run(Listener listener) throws InterruptedException {
        PoseTracker tracker = new PoseTracker(estimator, TrackingSettings.defaults());
        Optional<LiveOutlines> held = outlines.map(reader -> new LiveOutlines(reader, session.outlineSchedule()));
        outlinesInUse = held;
        PipelineSummary summary;
        try {
            pipeline = new FramePipeline<>(source, flow, tracker::track, frame -> {
                BackOutline outline = held.isPresent() ? held.get().outlineOf(frame) : null;
                WorkoutSession.Update update = session.next(frame.result(), outline, frame.frame().width(), frame.frame().height());
                listener.frame(frame, session.judgedOutline(outline, update.exercise()), update);
            });
            if (stopped) {
                pipeline.stop();
            }
            summary = pipeline.run();
        } finally {
            held.ifPresent(LiveOutlines::close); // the reader is free for the next run once this returns
        }
        WorkoutRecord record = session.finish();
        Optional<String> problem = summary.failure().map(RuntimeException::getMessage)
                .or(() -> summary.end().complete() ? Optional.empty() : Optional.of(summary.end().note()));
        return new Ended(record, summary, problem);
    }

    /**
     * As {@link #run(Listener)}, kept as it runs by {@code recorder}: each frame's events go to the
     * record before the listener sees them, and the record ends with the run, however it ended (a
     * stop, the source ending, a camera unplugged); a run that throws leaves it ended early, with
     * every event written. A record that fails never stops the run ({@link LiveRecorder#problem()}).
     */
    public Ended run(Listener listener, LiveRecorder recorder) throws InterruptedException {
        try {
            Ended ended = run((frame, outline, update) -> {
                recorder.update(update);
                listener.frame(frame, outline, update);
            });
            recorder.finish(ended.record(), ended.problem(), java.time.Instant.now());
            return ended;
        } finally {
            recorder.abandon();
        }
    }

    /** Ends the run from any thread: the frames seen so far stay in the record. */
    public void stop() {
        stopped = true;
        FramePipeline<TrackedPose> p = pipeline;
        if (p != null) {
            p.stop();
        }
    }

    /** How many readings of the back's outline the run asked for so far (the schedule's doing); from any thread. */
    public long outlineReadings() {
        return outlinesInUse.map(LiveOutlines::readingsAsked).orElse(0L);
    }

    public WorkoutSession session() {
        return session;
    }
}
