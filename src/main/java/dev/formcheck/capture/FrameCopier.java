package dev.formcheck.capture;

import org.bytedeco.javacv.Frame;

import java.nio.ByteBuffer;

/**
 * Copies a decoder's RGB24 frame, which the grabber reuses for the next frame, into an owned
 * {@link RgbImage}, row by row (decoder rows are padded to an aligned stride), and turns it
 * upright. No Java2D on this path.
 */
final class FrameCopier {
    private final int orientation;

    FrameCopier(int orientation) {
        this.orientation = orientation;
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
        byte[] rgb = new byte[rowBytes * h];
        for (int y = 0; y < h; y++) {
            src.position(y * frame.imageStride);
            src.get(rgb, y * rowBytes, rowBytes);
        }
        return Orientation.apply(RgbImage.wrapping(w, h, rgb, timestampMicros), orientation);
    }
}
