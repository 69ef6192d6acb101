package dev.formcheck.capture;

import java.util.Optional;

/**
 * The first {@code limitMicros} of another source, counted from its first frame's timestamp (a
 * camera's clock does not start at zero): a few seconds of a camera or the start of a video.
 * The stream ends, complete, at the first frame past the limit, which is released unseen.
 */
public final class TimeLimitedSource implements FrameSource {
    private final FrameSource source;
    private final long limitMicros;
    private long firstMicros = Long.MIN_VALUE;
    private boolean ended;
    private boolean cut;

    public TimeLimitedSource(FrameSource source, long limitMicros) {
        if (source == null || limitMicros <= 0) {
            throw new IllegalArgumentException("a time limit needs a source and a positive duration");
        }
        this.source = source;
        this.limitMicros = limitMicros;
    }

    @Override
    public SourceInfo info() {
        SourceInfo s = source.info();
        long duration = s.durationMicros() > 0 ? Math.min(s.durationMicros(), limitMicros) : limitMicros;
        long frames = s.fps() > 0 ? Math.round(duration * s.fps() / 1e6) : -1;
        return new SourceInfo(s.description(), s.width(), s.height(), s.fps(),
                s.frameCount() > 0 ? Math.min(s.frameCount(), frames) : frames, duration, s.live());
    }

    @Override
    public Optional<RgbImage> next() {
        if (ended) {
            return Optional.empty();
        }
        Optional<RgbImage> frame = source.next();
        if (frame.isEmpty()) {
            ended = true;
            return frame;
        }
        long t = frame.get().timestampMicros();
        if (firstMicros == Long.MIN_VALUE) {
            firstMicros = t;
        }
        if (t - firstMicros >= limitMicros) {
            frame.get().release(); // past the limit: nobody downstream will see it
            ended = true;
            cut = true;
            return Optional.empty();
        }
        return frame;
    }

    @Override
    public EndOfStream endOfStream() {
        return cut ? EndOfStream.COMPLETE : source.endOfStream();
    }

    @Override
    public void close() {
        source.close();
    }
}
