package dev.formcheck.capture;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * Plays a source again and again until a total duration is reached, with timestamps running on
 * across the loops: a long steady input made from a short recording, for soak tests and
 * benchmarks (does memory stay flat over ten minutes?).
 */
public final class LoopingSource implements FrameSource {
    private final Supplier<FrameSource> open;
    private final long totalMicros;
    private FrameSource current;
    private long offsetMicros;
    private long lastMicros;

    /** @param open opens a fresh copy of the source for each loop */
    public LoopingSource(Supplier<FrameSource> open, long totalMicros) {
        this.open = open;
        this.totalMicros = totalMicros;
        this.current = open.get();
    }

    @Override
    public SourceInfo info() {
        SourceInfo one = current.info();
        long frames = one.durationMicros() > 0 ? Math.round(one.frameCount() * (double) totalMicros / one.durationMicros()) : -1;
        return new SourceInfo(one.description() + " (looped)", one.width(), one.height(), one.fps(), frames,
                totalMicros, one.live());
    }

    @Override
    public Optional<RgbImage> next() {
        Optional<RgbImage> frame = current.next();
        if (frame.isEmpty()) {
            current.close();
            offsetMicros = lastMicros + Math.round(1e6 / Math.max(current.info().fps(), 1));
            current = open.get();
            frame = current.next();
            if (frame.isEmpty()) {
                return frame; // an empty source: nothing to loop
            }
        }
        long t = frame.get().timestampMicros() + offsetMicros;
        if (t > totalMicros) {
            frame.get().release(); // past the end: nobody downstream will see it
            return Optional.empty();
        }
        lastMicros = t;
        return Optional.of(frame.get().withTimestamp(t));
    }

    @Override
    public EndOfStream endOfStream() {
        return current.endOfStream();
    }

    @Override
    public void close() {
        current.close();
    }
}
