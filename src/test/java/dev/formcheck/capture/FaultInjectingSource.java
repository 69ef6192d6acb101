package dev.formcheck.capture;

import java.util.Optional;

/**
 * Wraps a real source and misbehaves on cue, as cameras do: a stall before frame N, a device
 * that dies at frame N. This is how the camera failure paths are exercised on machines with no
 * camera.
 */
public final class FaultInjectingSource implements FrameSource {
    private final FrameSource source;
    private final long dieAtFrame;
    private final long stallAtFrame;
    private final long stallMillis;
    private long delivered;
    private boolean closed;

    private FaultInjectingSource(FrameSource source, long dieAtFrame, long stallAtFrame, long stallMillis) {
        this.source = source;
        this.dieAtFrame = dieAtFrame;
        this.stallAtFrame = stallAtFrame;
        this.stallMillis = stallMillis;
    }

    /** A device unplugged after {@code frames} frames. */
    public static FaultInjectingSource dyingAfter(FrameSource source, long frames) {
        return new FaultInjectingSource(source, frames, -1, 0);
    }

    /** A device that freezes for {@code millis} before frame {@code frame}. */
    public static FaultInjectingSource stallingAt(FrameSource source, long frame, long millis) {
        return new FaultInjectingSource(source, Long.MAX_VALUE, frame, millis);
    }

    /** A device another program holds: opening fails as CameraSource reports FFmpeg's EBUSY. */
    public static FaultInjectingSource busy() {
        throw CameraSource.openFailure("0",
                "avformat_open_input() error -16: Could not open input \"/dev/video0\". (Device or resource busy)", null);
    }

    @Override
    public SourceInfo info() {
        return source.info();
    }

    @Override
    public Optional<RgbImage> next() {
        if (delivered == dieAtFrame) {
            throw CameraSource.unplugged("0", null); // what a camera that vanished reports
        }
        if (delivered == stallAtFrame) {
            try {
                Thread.sleep(stallMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }
        delivered++;
        return source.next();
    }

    @Override
    public EndOfStream endOfStream() {
        return source.endOfStream();
    }

    @Override
    public void close() {
        closed = true;
        source.close();
    }

    public boolean isClosed() {
        return closed;
    }
}
