package dev.formcheck.ui.model;

import java.util.Arrays;
import java.util.Locale;

/**
 * The last frames' capture-to-screen times, for the status bar and the benchmark: a ring of the
 * newest {@code capacity} values, read as medians and 95th percentiles. Written on the EDT (where
 * the frame is painted), read anywhere.
 */
public final class LatencyRecorder {
    private final long[] ring;
    private int next;
    private int count;

    public LatencyRecorder(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("a recorder holds at least one value");
        }
        this.ring = new long[capacity];
    }

    public synchronized void add(long nanos) {
        ring[next] = nanos;
        next = (next + 1) % ring.length;
        count = Math.min(count + 1, ring.length);
    }

    public synchronized int count() {
        return count;
    }

    /** The {@code p}-th percentile (0..100) in milliseconds, nearest rank; 0 when empty. */
    public synchronized double percentileMillis(double p) {
        if (count == 0) {
            return 0;
        }
        long[] values = Arrays.copyOf(count == ring.length ? ring : Arrays.copyOf(ring, count), count);
        Arrays.sort(values);
        int rank = (int) Math.ceil(p / 100 * count);
        return values[Math.max(0, Math.min(count - 1, rank - 1))] / 1e6;
    }

    public synchronized void clear() {
        next = 0;
        count = 0;
    }

    /** " · to screen 38 ms (95%: 61 ms)", or nothing before the first frame. */
    public String summary() {
        if (count() == 0) {
            return "";
        }
        return String.format(Locale.ROOT, " · to screen %.0f ms (95%%: %.0f ms)", percentileMillis(50), percentileMillis(95));
    }
}
