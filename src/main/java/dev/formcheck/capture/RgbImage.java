package dev.formcheck.capture;

import java.nio.ByteBuffer;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * An owned, immutable 8-bit RGB image (3 bytes a pixel, rows top to bottom, no padding), with the
 * time it was captured. Sources copy decoder buffers into one of these before handing it on, so
 * no stage ever sees a buffer another thread may overwrite.
 *
 * <p>Video frames borrow their pixels from a {@link FramePool}: whoever consumes a frame last
 * (the pipeline, after its consumer) calls {@link #release()}, and any later use fails loudly
 * instead of reading recycled pixels. Images not from a pool (photos) ignore release.
 */
public final class RgbImage {
    private final int width;
    private final int height;
    private final byte[] rgb;
    private final long timestampMicros;
    private final FramePool pool;
    private final AtomicBoolean released = new AtomicBoolean();

    private RgbImage(int width, int height, byte[] rgb, long timestampMicros) {
        this(width, height, rgb, timestampMicros, null);
    }

    private RgbImage(int width, int height, byte[] rgb, long timestampMicros, FramePool pool) {
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
        this.pool = pool;
    }

    /** Copies {@code rgb}, so the caller may reuse its array. */
    public static RgbImage copyOf(int width, int height, byte[] rgb, long timestampMicros) {
        return new RgbImage(width, height, rgb.clone(), timestampMicros);
    }

    /**
     * An owned copy not lent by any pool: what a stage keeps past the frame's release (the back's
     * outline read on a thread of its own while the frame goes on).
     */
    public RgbImage copy() {
        ByteBuffer pixels = pixels();
        byte[] owned = new byte[pixels.remaining()];
        pixels.get(owned);
        return new RgbImage(width, height, owned, timestampMicros);
    }

    /** Takes ownership of {@code rgb}: the caller must not touch it again. */
    static RgbImage wrapping(int width, int height, byte[] rgb, long timestampMicros) {
        return new RgbImage(width, height, rgb, timestampMicros);
    }

    /** Takes ownership of {@code rgb}, an array from {@code pool}, which gets it back on release. */
    static RgbImage borrowing(int width, int height, byte[] rgb, long timestampMicros, FramePool pool) {
        return new RgbImage(width, height, rgb, timestampMicros, pool);
    }

    /** Hands pooled pixels back for reuse; a no-op for images not from a pool, and when repeated. */
    public void release() {
        if (pool != null && released.compareAndSet(false, true)) {
            pool.give(rgb);
        }
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

    /**
     * A read-only view of the pixels, valid while this image is: for a pooled video frame, only
     * until it is released (copy what must be kept). Byte {@code 3 * (y * width + x) + c} is
     * channel c (R, G, B).
     */
    public ByteBuffer pixels() {
        if (released.get()) {
            throw new IllegalStateException("a frame was used after it was released to its pool");
        }
        return ByteBuffer.wrap(rgb).asReadOnlyBuffer();
    }

    /**
     * The same pixels with another timestamp. A pooled frame passes its pixels on: this image must
     * not be used afterwards.
     */
    public RgbImage withTimestamp(long micros) {
        if (pool == null) {
            return new RgbImage(width, height, rgb, micros);
        }
        if (!released.compareAndSet(false, true)) { // ownership moves to the new image, which releases the array
            throw new IllegalStateException("a frame was used after it was released to its pool");
        }
        return new RgbImage(width, height, rgb, micros, pool);
    }
}
