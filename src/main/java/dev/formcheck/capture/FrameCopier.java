package dev.formcheck.capture;

import org.bytedeco.javacv.Frame;

import java.nio.ByteBuffer;

/**
 * Copies a decoder's RGB24 (or BGR24) frame, which the grabber reuses for the next frame, into an owned
 * {@link RgbImage}, row by row (decoder rows are padded to an aligned stride), and turns it
 * upright. No Java2D on this path.
 */
final class FrameCopier {
    private final int orientation;
    private final FramePool pool;
    /** Where a frame that must be turned upright is copied first; reused. */
    private byte[] unrotated = new byte[0];

    /** Whether frames come in JavaCV's default BGR order (cameras) rather than the RGB24 we ask files for. */
    private final boolean bgr;

    FrameCopier(int orientation, FramePool pool) {
        this(orientation, pool, false);
    }

    FrameCopier(int orientation, FramePool pool, boolean bgr) {
        this.orientation = orientation;
        this.pool = pool;
        this.bgr = bgr;
    }

    private static void swapRedAndBlue(byte[] pixels, int length) {
        for (int i = 0; i < length; i += 3) {
            byte red = pixels[i + 2];
            pixels[i + 2] = pixels[i];
            pixels[i] = red;
        }
    }

    RgbImage copy(Frame frame, long timestampMicros) {
        int w = frame.imageWidth;
        int h = frame.imageHeight;
        if (frame.imageChannels != 3 || frame.imageDepth != Frame.DEPTH_UBYTE) {
            throw new IllegalStateException("expected RGB24 frames, got " + frame.imageChannels + " channels of depth "
                    + frame.imageDepth);
        }
        ByteBuffer src = ((ByteBuffer) frame.image[0]).duplicate();
        int rowBytes = w * 3;
        int length = rowBytes * h;
        boolean upright = orientation == Orientation.UPRIGHT;
        if (!upright && unrotated.length != length) {
            unrotated = new byte[length];
        }
        byte[] rgb = upright ? pool.take(length) : unrotated;
        for (int y = 0; y < h; y++) {
            src.position(y * frame.imageStride);
            src.get(rgb, y * rowBytes, rowBytes);
        }
        if (bgr) {
            swapRedAndBlue(rgb, length);
        }
        if (upright) {
            return RgbImage.borrowing(w, h, rgb, timestampMicros, pool);
        }
        byte[] turned = pool.take(length);
        Orientation.turn(rgb, w, h, orientation, turned);
        boolean swap = Orientation.swapsAxes(orientation);
        return RgbImage.borrowing(swap ? h : w, swap ? w : h, turned, timestampMicros, pool);
    }
}
