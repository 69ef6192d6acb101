package dev.formcheck.ui.model;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * The frames a review's player shows, kept while the video is analysed: each scaled down to at
 * most {@link #MAX_SIDE} pixels on its longer side, so a minute of video fits in memory
 * (a 360-pixel frame is about 230 kB; {@link #MAX_FRAMES} of them about 400 MB at most).
 * Beyond that only every n-th frame is kept and the player steps between kept frames.
 */
public final class ReviewFrames {
    public static final int MAX_SIDE = 360;
    public static final int MAX_FRAMES = 1800;

    private final int keepEvery;
    private final List<byte[]> frames = new ArrayList<>();
    private final List<Integer> sourceIndex = new ArrayList<>();
    private int width;
    private int height;
    private double scale;
    private int seen;

    /** @param expectedFrames the source's frame count, to choose how many to keep (0 when unknown) */
    public ReviewFrames(long expectedFrames) {
        this.keepEvery = (int) Math.max(1, (expectedFrames + MAX_FRAMES - 1) / MAX_FRAMES);
    }

    /** Keeps a scaled copy of this frame (nearest neighbour: a preview, not the analysis' input). */
    public synchronized void add(ByteBuffer rgb, int srcWidth, int srcHeight) {
        int index = seen++;
        if (index % keepEvery != 0 || frames.size() >= MAX_FRAMES) {
            return;
        }
        if (width == 0) {
            scale = Math.min(1, MAX_SIDE / (double) Math.max(srcWidth, srcHeight));
            width = Math.max(1, (int) Math.round(srcWidth * scale));
            height = Math.max(1, (int) Math.round(srcHeight * scale));
        }
        byte[] out = new byte[width * height * 3];
        for (int y = 0; y < height; y++) {
            int sy = Math.min(srcHeight - 1, (int) (y / scale));
            for (int x = 0; x < width; x++) {
                int sx = Math.min(srcWidth - 1, (int) (x / scale));
                int s = 3 * (sy * srcWidth + sx);
                int d = 3 * (y * width + x);
                out[d] = rgb.get(s);
                out[d + 1] = rgb.get(s + 1);
                out[d + 2] = rgb.get(s + 2);
            }
        }
        frames.add(out);
        sourceIndex.add(index);
    }

    public synchronized int size() {
        return frames.size();
    }

    public synchronized byte[] frame(int i) {
        return frames.get(i);
    }

    /** Which frame of the source the kept frame {@code i} is. */
    public synchronized int sourceIndex(int i) {
        return sourceIndex.get(i);
    }

    public synchronized int width() {
        return width;
    }

    public synchronized int height() {
        return height;
    }

    /** How the kept frames relate to the source's pixels (keypoints are scaled by it). */
    public synchronized double scale() {
        return scale;
    }
}
