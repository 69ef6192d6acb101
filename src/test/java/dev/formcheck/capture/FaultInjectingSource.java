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

    /** A device another program holds: opening fails as a busy camera does. */
    public static FaultInjectingSource busy() {
        throw new CaptureException(CaptureException.Reason.CAMERA_BUSY,
                "camera 0 is in use by another program (a video call?); close it and try again");
    }

    @Override
    public SourceInfo info() {
        return source.info();
    }

    @Override
    public Optional<RgbImage> next() {
        if (delivered == dieAtFrame) {
            throw new CaptureException(CaptureException.Reason.CAMERA_UNPLUGGED,
                    "camera 0 stopped delivering frames (unplugged?)");
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
