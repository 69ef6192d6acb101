package dev.formcheck.pipeline;

import dev.formcheck.capture.CaptureException;
import dev.formcheck.capture.EndOfStream;
import dev.formcheck.capture.FrameSource;
import dev.formcheck.capture.RgbImage;
import dev.formcheck.common.FormCheckException;

import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

/**
 * Capture → pose → consumer, each on its own thread, joined by bounded queues.
 *
 * <p>Live and file modes run the same stages and differ only in flow control: a live source
 * (a camera, or a file paced as one) keeps only the newest frame at each hand-off, so a slow
 * stage never works on stale frames and drops are counted; a file source blocks at each hand-off
 * and never drops a frame. The stream ends cleanly at end of file, on {@link #stop()}, or when a
 * stage fails, and {@link #run()} reports how it ended.
 *
 * @param <R> what the pose stage makes of a frame
 */
public final class FramePipeline<R> {
    /** Flow control between stages. */
    public enum Mode {
        /** Latest frame wins: older frames waiting at a hand-off are dropped. */
        LIVE,
        /** Every frame: a full hand-off blocks the stage before it. */
        FILE
    }

    /** The pose stage: runs on the pose thread, one frame at a time, in order. */
    @FunctionalInterface
    public interface PoseStage<R> {
        R process(RgbImage frame);
    }

    /**
     * The consumer: runs on the thread that called {@link #run()}, frames in order. A frame's
     * pixels are valid only during {@code accept}: they go back to the source's pool afterwards,
     * so a consumer that keeps an image copies it.
     */
    @FunctionalInterface
    public interface Sink<R> {
        void accept(PipelineFrame<R> frame);
    }

    /** Frames waiting at each hand-off in file mode: enough to ride out decoder jitter. */
    static final int FILE_QUEUE_CAPACITY = 4;

    private final FrameSource source;
    private final Mode mode;
    private final PoseStage<R> stage;
    private final Sink<R> sink;
    private final Handoff captured;
    private final Handoff processed;
    private final AtomicReference<FormCheckException> failure = new AtomicReference<>();
    /** A bug (not bad input) on a stage thread: rethrown by {@link #run()} once every thread is done. */
    private final AtomicReference<RuntimeException> bug = new AtomicReference<>();
    private final AtomicLong framesCaptured = new AtomicLong();
    private final AtomicLong framesProcessed = new AtomicLong();
    private volatile boolean stopping;
    private volatile EndOfStream end = EndOfStream.COMPLETE;

    public FramePipeline(FrameSource source, Mode mode, PoseStage<R> stage, Sink<R> sink) {
        this.source = source;
        this.mode = mode;
        this.stage = stage;
        this.sink = sink;
        int capacity = mode == Mode.LIVE ? 1 : FILE_QUEUE_CAPACITY;
        this.captured = new Handoff(mode, capacity);
        this.processed = new Handoff(mode, capacity);
    }

    private record Captured(RgbImage frame, long sequence, long capturedNanos) {
    }

    private static final Object END = new Object();

    /** Runs until the stream ends; returns how it went. The source is closed when this returns. */
    public PipelineSummary run() throws InterruptedException {
        long start = System.nanoTime();
        Thread capture = new Thread(this::captureLoop, "formcheck-capture");
        Thread pose = new Thread(this::poseLoop, "formcheck-pose");
        for (Thread t : new Thread[] {capture, pose}) {
            t.setDaemon(true);
            t.setUncaughtExceptionHandler((thread, e) -> {
                bug.compareAndSet(null, e instanceof RuntimeException r ? r : new IllegalStateException(e));
                stop();
            });
        }
        capture.start();
        pose.start();
        long consumed = 0;
        try {
            while (true) {
                Object item = processed.take();
                if (item == END) {
                    break;
                }
                @SuppressWarnings("unchecked")
                PipelineFrame<R> frame = (PipelineFrame<R>) item;
                try {
                    sink.accept(frame);
                } finally {
                    frame.frame().release(); // the consumer is the last to see the pixels
                }
                consumed++;
            }
        } finally {
            stop();
            capture.interrupt(); // wakes a stage blocked at a full hand-off; both then end at once
            pose.interrupt();
            joinEvenIfInterrupted(capture);
            joinEvenIfInterrupted(pose);
        }
        if (bug.get() != null) {
            throw bug.get();
        }
        long dropped = framesCaptured.get() - consumed;
        return new PipelineSummary(framesCaptured.get(), framesProcessed.get(), consumed,
                mode == Mode.LIVE ? dropped : 0, end, Optional.ofNullable(failure.get()),
                (System.nanoTime() - start) / 1e9);
    }

    /** Waits for a stage thread to end; an interrupt of the caller is kept for after the wait. */
    private static void joinEvenIfInterrupted(Thread thread) {
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Asks every stage to finish; frames already processed are still delivered. Safe from any thread. */
    public void stop() {
        stopping = true;
    }

    private void captureLoop() {
        long sequence = 0;
        try {
            while (!stopping) {
                Optional<RgbImage> frame = source.next();
                if (frame.isEmpty()) {
                    end = source.endOfStream();
                    break;
                }
                framesCaptured.incrementAndGet();
                captured.put(new Captured(frame.get(), sequence++, System.nanoTime()));
            }
        } catch (CaptureException e) {
            end = EndOfStream.early(e.getMessage());
            failure.compareAndSet(null, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            source.close();
            captured.putEnd(END, () -> stopping);
        }
    }

    private void poseLoop() {
        try {
            while (true) {
                Object item = captured.take();
                if (item == END) {
                    break;
                }
                Captured c = (Captured) item;
                if (stopping) {
                    c.frame().release();
                    continue; // drain without work so capture can finish
                }
                R result;
                try {
                    result = stage.process(c.frame());
                } catch (FormCheckException e) {
                    c.frame().release();
                    failure.compareAndSet(null, e);
                    stopping = true;
                    continue;
                }
                framesProcessed.incrementAndGet();
                processed.put(new PipelineFrame<>(c.frame(), result, c.sequence(), c.capturedNanos(), System.nanoTime()));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            processed.putEnd(END, () -> stopping);
        }
    }

    /** A bounded hand-off: latest-wins in live mode, blocking in file mode. */
    private static final class Handoff {
        private final Mode mode;
        private final BlockingQueue<Object> queue;

        Handoff(Mode mode, int capacity) {
            this.mode = mode;
            this.queue = new ArrayBlockingQueue<>(capacity);
        }

        void put(Object item) throws InterruptedException {
            if (mode == Mode.FILE) {
                queue.put(item);
                return;
            }
            while (!queue.offer(item)) {
                releaseFrameOf(queue.poll()); // drop the stale frame: the newest one wins
            }
        }

        /**
         * The end marker must always arrive. In live mode, and when the run is stopping (the stage
         * after this hand-off may no longer be taking anything), frames still waiting are
         * discarded to make room; otherwise it waits for room behind them.
         */
        void putEnd(Object end, BooleanSupplier stopping) {
            boolean interrupted = Thread.interrupted();
            while (true) {
                try {
                    if (mode == Mode.LIVE || stopping.getAsBoolean()) {
                        Object stale;
                        while ((stale = queue.poll()) != null) {
                            releaseFrameOf(stale);
                        }
                    }
                    queue.put(end);
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }

        Object take() throws InterruptedException {
            return queue.take();
        }

        private static void releaseFrameOf(Object item) {
            if (item instanceof Captured c) {
                c.frame().release();
            } else if (item instanceof PipelineFrame<?> f) {
                f.frame().release();
            }
        }
    }
}
