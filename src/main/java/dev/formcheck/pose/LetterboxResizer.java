package dev.formcheck.pose;

import dev.formcheck.capture.RgbImage;

import java.nio.ByteBuffer;
import java.nio.IntBuffer;

/**
 * Preprocessing: letterboxes a frame into the model's N×N int32 NHWC input.
 *
 * <p>The frame is centred in a black square of side {@code max(w, h)} (integer bars), and the square
 * is resized to N×N bilinearly with half-pixel centres, as TF's {@code resizeBilinear} does in
 * MoveNet's own pipeline; no anti-aliasing. An image already N×N is copied exactly. Sampling
 * tables depend only on the frame size and are reused until it changes.
 */
public final class LetterboxResizer {
    private final int size;
    private final int[] out;
    private Tables tables;

    public LetterboxResizer(int size) {
        this.size = size;
        this.out = new int[size * size * 3];
    }

    /** Writes the frame into {@code target} (N·N·3 ints from its position 0) and returns the letterbox used. */
    public Letterbox fill(RgbImage frame, IntBuffer target) {
        if (tables == null || tables.width != frame.width() || tables.height != frame.height()) {
            tables = new Tables(frame.width(), frame.height(), size);
        }
        Tables t = tables;
        ByteBuffer px = frame.pixels();
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
        return t.letterbox;
    }

    private static int sample(ByteBuffer px, int rowOffset, int columnOffset, int channel) {
        if (rowOffset < 0 || columnOffset < 0) {
            return 0; // a black bar
        }
        return px.get(rowOffset + columnOffset + channel) & 0xff;
    }

    /** Per output row and column: the two source pixels to blend (-1 = black bar) and the weight of the second. */
    private static final class Tables {
        final int width;
        final int height;
        final Letterbox letterbox;
        final int[] x0;
        final int[] x1;
        final float[] wx;
        final int[] y0;
        final int[] y1;
        final float[] wy;

        Tables(int width, int height, int size) {
            this.width = width;
            this.height = height;
            int side = Math.max(width, height);
            int padX = (side - width) / 2;
            int padY = (side - height) / 2;
            this.letterbox = new Letterbox(width, height, side, padX, padY);
            x0 = new int[size];
            x1 = new int[size];
            wx = new float[size];
            y0 = new int[size];
            y1 = new int[size];
            wy = new float[size];
            fillAxis(size, side, padX, width, x0, x1, wx, 3);
            fillAxis(size, side, padY, height, y0, y1, wy, 1);
        }

        /**
         * Half-pixel mapping from model pixel i to square coordinate {@code (i + 0.5)·side/N − 0.5},
         * clamped to the square as TF does, then shifted by the bar into frame pixels.
         * {@code unit} scales column indices to byte offsets (3 bytes a pixel).
         */
        private static void fillAxis(int size, int side, int pad, int extent, int[] lo, int[] hi, float[] w, int unit) {
            double scale = (double) side / size;
            for (int i = 0; i < size; i++) {
                double s = Math.max((i + 0.5) * scale - 0.5, 0);
                int s0 = Math.min((int) Math.floor(s), side - 1);
                int s1 = Math.min(s0 + 1, side - 1);
                w[i] = (float) (s - s0);
                lo[i] = toFrame(s0 - pad, extent, unit);
                hi[i] = toFrame(s1 - pad, extent, unit);
            }
        }

        private static int toFrame(int p, int extent, int unit) {
            return p < 0 || p >= extent ? -1 : p * unit;
        }
    }
}
