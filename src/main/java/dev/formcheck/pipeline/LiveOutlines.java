package dev.formcheck.pipeline;

import dev.formcheck.pose.silhouette.BackOutline;
import dev.formcheck.pose.silhouette.OutlineSchedule;
import dev.formcheck.pose.silhouette.SilhouetteReader;
import dev.formcheck.pose.tracking.TrackedPose;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * The back's outline beside a live stream, read on a thread of its own so the frame path never
 * waits for the segmenter: each frame gets the newest finished reading, and when the schedule asks
 * for a fresh one (the analysis' {@link OutlineSchedule}) and none is under way, a copy of the
 * frame goes to the reader. One reading at most is under way, so the reader (not thread-safe) is
 * used by one thread at a time and the readings come at the schedule's rate or, on a loaded
 * machine, as fast as the segmenter manages — never queued up behind the video.
 *
 * <p>A frame without a person, or time running backwards (a restart), ends the hold: a reading
 * still under way then is thrown away when it finishes. {@link TrackedRecording.SampleAndHold} is
 * the recording's counterpart, which reads in step with the frames.
 *
 * <p>{@link #outlineOf} is called on one thread (the stream's consumer); {@link #close()} waits
 * for a reading under way, so the reader is free when it returns.
 */
public final class LiveOutlines implements AutoCloseable {
    private final SilhouetteReader reader;
    private final OutlineSchedule schedule;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "formcheck-outline");
        t.setDaemon(true);
        return t;
    });
    private BackOutline last;
    private Future<BackOutline> underWay;
    /** Bumped whenever the hold ends, so that a reading begun before it is not taken after it. */
    private long stretch;
    private long underWayStretch;
    private volatile long readingsAsked;

    public LiveOutlines(SilhouetteReader reader, OutlineSchedule schedule) {
        this.reader = reader;
        this.schedule = schedule;
    }

    /**
     * The outline to show and judge with this frame: the newest reading finished, kept while the
     * schedule lets it stand; null while the first reading of a stretch is still under way.
     */
    public BackOutline outlineOf(PipelineFrame<TrackedPose> frame) {
        long t = frame.result().timestampMicros();
        takeFinishedReading();
        if (!(frame.result() instanceof TrackedPose.PersonFound found)) {
            endHold();
            return new BackOutline.Untraced(t, "I can't see you");
        }
        if (last != null && t < last.timestampMicros()) {
            endHold();
        }
        boolean due = last == null || schedule.needsReading(found.smoothed(), last);
        if (due && underWay == null) {
            var copy = frame.frame().copy(); // the frame's pixels go back to the pool once the consumer is done
            var pose = found.smoothed();
            underWayStretch = stretch;
            readingsAsked++;
            underWay = worker.submit(() -> reader.read(copy, pose));
        }
        return last;
    }

    /** How many readings were asked of the reader so far; read from any thread. */
    public long readingsAsked() {
        return readingsAsked;
    }

    private void endHold() {
        last = null;
        stretch++;
    }

    private void takeFinishedReading() {
        if (underWay == null || !underWay.isDone()) {
            return;
        }
        BackOutline reading = finished(underWay);
        underWay = null;
        if (underWayStretch == stretch) {
            last = reading;
        }
    }

    /** A finished reading's result; a failure in the reader is rethrown here, on the stream's thread. */
    private static BackOutline finished(Future<BackOutline> reading) {
        try {
            return reading.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // cannot happen: the reading is done
            return null;
        }
    }

    /** Ends the reader's thread once a reading under way has finished (its result is not used). */
    @Override
    public void close() {
        worker.shutdown();
        boolean interrupted = false;
        while (true) {
            try {
                if (worker.awaitTermination(1, TimeUnit.MINUTES)) {
                    break;
                }
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
