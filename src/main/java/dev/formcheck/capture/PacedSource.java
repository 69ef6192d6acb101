package dev.formcheck.capture;

import java.util.Optional;

/**
 * A file source paced at real time, standing in for a camera: each frame is released when the
 * wall clock reaches its timestamp, so downstream code sees what a live camera would give. This is
 * how the app runs with no webcam and how live mode is tested on machines without one.
 */
public final class PacedSource implements FrameSource {
    private final FrameSource source;
    private final Clock clock;
    private long startNanos = -1;
    private long firstTimestamp;

    /** The wall clock, replaceable in tests. */
    public interface Clock {
        long nanoTime();

        void sleepNanos(long nanos) throws InterruptedException;

        Clock SYSTEM = new Clock() {
            @Override
            public long nanoTime() {
                return System.nanoTime();
            }

            @Override
            public void sleepNanos(long nanos) throws InterruptedException {
                Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
            }
        };
    }

    public PacedSource(FrameSource source, Clock clock) {
        this.source = source;
        this.clock = clock;
    }

    public PacedSource(FrameSource source) {
        this(source, Clock.SYSTEM);
    }

    @Override
    public SourceInfo info() {
        return source.info().asLive();
    }

    @Override
    public Optional<RgbImage> next() {
        Optional<RgbImage> frame = source.next();
        if (frame.isEmpty()) {
            return frame;
        }
        long timestamp = frame.get().timestampMicros();
        if (startNanos < 0) {
            startNanos = clock.nanoTime();
            firstTimestamp = timestamp;
        }
        long due = startNanos + (timestamp - firstTimestamp) * 1000;
        long wait = due - clock.nanoTime();
        if (wait > 0) {
            try {
                clock.sleepNanos(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }
        return frame;
    }

    @Override
    public EndOfStream endOfStream() {
        return source.endOfStream();
    }

    @Override
    public void close() {
        source.close();
    }
}
