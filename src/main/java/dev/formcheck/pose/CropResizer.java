package dev.formcheck.pose;

import dev.formcheck.capture.RgbImage;

import java.nio.IntBuffer;

/**
 * Preprocessing: resamples a square {@link CropRegion} of a frame into the model's N×N int32 NHWC
 * input. Whatever of the square lies outside the frame is black.
 *
 * <p>The square is resized to N×N bilinearly with half-pixel centres (TF's {@code resizeBilinear}
 * with {@code halfPixelCenters}), no anti-aliasing, rounded to the nearest integer. MoveNet's TF.js
 * runtime differs slightly: {@code cropAndResize} samples corner to corner and truncates. Our
 * mapping keeps a normalised model coordinate exactly on the crop's edges, which makes the way
 * back to frame pixels ({@link CropRegion#frameX}) exact; the difference is under one model pixel
 * and the equivalence tests, at model size, are unaffected (both copy exactly). The full-frame crop
 * ({@link CropRegion#fullFrame}) is the letterbox: the frame centred in a black square of side
 * {@code max(w, h)}; a frame already N×N is then copied exactly.
 *
 * <p>Sampling tables depend only on the frame size and the crop. They are refilled in place when
 * either changes (every frame while tracking: 6·N numbers), so a call allocates nothing.
 * Not thread-safe: one resizer serves one estimator.
 */
public final class CropResizer {
    private final int size;
    private final int[] out;
    private final Tables tables;
    private byte[] pixels = new byte[0];

    public CropResizer(int size) {
        this.size = size;
        this.out = new int[size * size * 3];
        this.tables = new Tables(size);
    }

    /** Letterboxes the whole frame into {@code target}: {@code fill(frame, fullFrame(w, h), target)}. */
    public CropRegion fill(RgbImage frame, IntBuffer target) {
        CropRegion crop = CropRegion.fullFrame(frame.width(), frame.height());
        fill(frame, crop, target);
        return crop;
    }

    /** Writes {@code crop} of the frame into {@code target} (N·N·3 ints from its position 0). */
    public void fill(RgbImage frame, CropRegion crop, IntBuffer target) {
        Tables t = tables;
        t.update(frame.width(), frame.height(), crop);
        byte[] px = frameBytes(frame);
        int stride = frame.width() * 3;
        int o = 0;
        for (int v = 0; v < size; v++) {
            int row0 = t.y0[v] < 0 ? -1 : t.y0[v] * stride;
            int row1 = t.y1[v] < 0 ? -1 : t.y1[v] * stride;
            float wy = t.wy[v];
            for (int u = 0; u < size; u++) {
                int c0 = t.x0[u];
                int c1 = t.x1[u];
                float wx = t.wx[u];
                for (int c = 0; c < 3; c++) {
                    float top = sample(px, row0, c0, c) * (1 - wx) + sample(px, row0, c1, c) * wx;
                    float bottom = sample(px, row1, c0, c) * (1 - wx) + sample(px, row1, c1, c) * wx;
                    out[o++] = (int) (top + (bottom - top) * wy + 0.5f);
                }
            }
        }
        target.clear();
        target.put(out);
        target.clear();
    }

    private static int sample(byte[] px, int rowOffset, int columnOffset, int channel) {
        if (rowOffset < 0 || columnOffset < 0) {
            return 0; // outside the frame: black
        }
        return px[rowOffset + columnOffset + channel] & 0xff;
    }

    /**
     * The frame's bytes, copied at once into a reused array: read one at a time through the
     * frame's buffer they cost more than the copy (analyze's profile).
     */
    private byte[] frameBytes(RgbImage frame) {
        int length = frame.width() * frame.height() * 3;
        if (pixels.length < length) {
            pixels = new byte[length];
        }
        frame.pixels().get(0, pixels, 0, length);
        return pixels;
    }

    /**
     * Per output row and column: the two source pixels to blend (-1 = outside the frame, black) and
     * the weight of the second. Allocated once; refilled when the frame size or the crop changes.
     */
    private static final class Tables {
        final int size;
        final int[] x0;
        final int[] x1;
        final float[] wx;
        final int[] y0;
        final int[] y1;
        final float[] wy;
        int width = -1;
        int height = -1;
        CropRegion crop;

        Tables(int size) {
            this.size = size;
            x0 = new int[size];
            x1 = new int[size];
            wx = new float[size];
            y0 = new int[size];
            y1 = new int[size];
            wy = new float[size];
        }

        void update(int frameWidth, int frameHeight, CropRegion region) {
            if (frameWidth == width && frameHeight == height && region.equals(crop)) {
                return;
            }
            fillAxis(size, region.size(), region.left(), frameWidth, x0, x1, wx, 3);
            fillAxis(size, region.size(), region.top(), frameHeight, y0, y1, wy, 1);
            width = frameWidth;
            height = frameHeight;
            crop = region;
        }

        /**
         * Half-pixel mapping from model pixel i to square coordinate {@code (i + 0.5)·side/N − 0.5},
         * clamped to the square as TF does, then shifted by the square's origin into frame pixels.
         * {@code unit} scales column indices to byte offsets (3 bytes a pixel).
         */
        private static void fillAxis(int size, int side, int origin, int extent, int[] lo, int[] hi, float[] w, int unit) {
            double scale = (double) side / size;
            for (int i = 0; i < size; i++) {
                double s = Math.max((i + 0.5) * scale - 0.5, 0);
                int s0 = Math.min((int) Math.floor(s), side - 1);
                int s1 = Math.min(s0 + 1, side - 1);
                w[i] = (float) (s - s0);
                lo[i] = toFrame(origin + s0, extent, unit);
                hi[i] = toFrame(origin + s1, extent, unit);
            }
        }

        private static int toFrame(int p, int extent, int unit) {
            return p < 0 || p >= extent ? -1 : p * unit;
        }
    }
}
