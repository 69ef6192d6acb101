package dev.formcheck.capture;

import java.util.Optional;

/**
 * A stream of frames from a camera, a video file or a folder of images. Each frame is an owned
 * {@link RgbImage} stamped with its presentation time, so it may cross threads freely.
 *
 * <p>{@link #next()} returns empty at the end of the stream and throws {@link CaptureException}
 * when the source fails (a camera unplugged, a file that turns out damaged); after either, the
 * stream is over. Sources hold native handles: close them, on every path.
 */
public interface FrameSource extends AutoCloseable {
    SourceInfo info();

    /** The next frame, or empty at the end of the stream. */
    Optional<RgbImage> next();

    /** Why the stream ended, once {@link #next()} has returned empty. */
    default EndOfStream endOfStream() {
        return EndOfStream.COMPLETE;
    }

    @Override
    void close();
}
