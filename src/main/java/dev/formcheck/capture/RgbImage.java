package dev.formcheck.capture;

import java.nio.ByteBuffer;

/**
 * An owned, immutable 8-bit RGB image (3 bytes a pixel, rows top to bottom, no padding), with the
 * time it was captured. Sources copy decoder buffers into one of these before handing it on, so
 * no stage ever sees a buffer another thread may overwrite.
 */
public final class RgbImage {
    private final int width;
    private final int height;
    private final byte[] rgb;
    private final long timestampMicros;

    private RgbImage(int width, int height, byte[] rgb, long timestampMicros) {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("image size must be positive, not " + width + "x" + height);
        }
        if (rgb.length != Math.multiplyExact(Math.multiplyExact(width, height), 3)) {
            throw new IllegalArgumentException(rgb.length + " bytes do not make a " + width + "x" + height + " RGB image");
        }
        this.width = width;
        this.height = height;
        this.rgb = rgb;
        this.timestampMicros = timestampMicros;
    }

    /** Copies {@code rgb}, so the caller may reuse its array. */
    public static RgbImage copyOf(int width, int height, byte[] rgb, long timestampMicros) {
        return new RgbImage(width, height, rgb.clone(), timestampMicros);
    }

    /** Takes ownership of {@code rgb}: the caller must not touch it again. */
    static RgbImage wrapping(int width, int height, byte[] rgb, long timestampMicros) {
        return new RgbImage(width, height, rgb, timestampMicros);
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** Presentation time in microseconds from the start of the stream (0 for a still image). */
    public long timestampMicros() {
        return timestampMicros;
    }

    /** A read-only view of the pixels: byte {@code 3 * (y * width + x) + c} is channel c (R, G, B). */
    public ByteBuffer pixels() {
        return ByteBuffer.wrap(rgb).asReadOnlyBuffer();
    }

    public RgbImage withTimestamp(long micros) {
        return new RgbImage(width, height, rgb, micros);
    }
}
