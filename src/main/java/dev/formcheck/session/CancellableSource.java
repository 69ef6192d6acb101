package dev.formcheck.session;

import dev.formcheck.capture.EndOfStream;
import dev.formcheck.capture.FrameSource;
import dev.formcheck.capture.RgbImage;
import dev.formcheck.capture.SourceInfo;

import java.util.Optional;

/** A source a user can cancel from any thread: the stream then ends early, with "cancelled" as its reason. */
public final class CancellableSource implements FrameSource {
    private final FrameSource source;
    private volatile boolean cancelled;

    public CancellableSource(FrameSource source) {
        this.source = source;
    }

    public void cancel() {
        cancelled = true;
    }

    public boolean cancelled() {
        return cancelled;
    }

    @Override
    public SourceInfo info() {
        return source.info();
    }

    @Override
    public Optional<RgbImage> next() {
        return cancelled ? Optional.empty() : source.next();
    }

    @Override
    public EndOfStream endOfStream() {
        return cancelled ? EndOfStream.early("cancelled") : source.endOfStream();
    }

    @Override
    public void close() {
        source.close();
    }
}
