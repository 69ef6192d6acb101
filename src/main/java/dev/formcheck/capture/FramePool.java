package dev.formcheck.capture;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Recycles pixel arrays between a source and the end of the pipeline, so a video streams without
 * allocating megabytes a frame (a 1080p RGB frame is about 6 MB; in G1 such arrays are
 * "humongous" and costly to collect). Arrays come back only through {@link RgbImage#release()};
 * when none is free a new one is allocated, so correctness never depends on the pool's size.
 */
public final class FramePool {
    /**
     * Enough for every frame in flight: two hand-offs of four, one in each of the three stages,
     * and one spare for the frame the decoder fills while the others wait.
     */
    public static final int DEFAULT_CAPACITY = 12;

    private final int capacity;
    private final ConcurrentLinkedQueue<byte[]> free = new ConcurrentLinkedQueue<>();
    private final AtomicInteger freeCount = new AtomicInteger();
    private final AtomicInteger allocated = new AtomicInteger();

    public FramePool(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("a pool holds at least one array, not " + capacity);
        }
        this.capacity = capacity;
    }

    /** An array of exactly {@code length} bytes, recycled when one is free. Contents are undefined. */
    byte[] take(int length) {
        byte[] array;
        while ((array = free.poll()) != null) {
            freeCount.decrementAndGet();
            if (array.length == length) {
                return array;
            }
            // the frame size changed: arrays of the old size are left to the garbage collector
        }
        allocated.incrementAndGet();
        return new byte[length];
    }

    void give(byte[] array) {
        if (freeCount.incrementAndGet() <= capacity) {
            free.offer(array);
        } else {
            freeCount.decrementAndGet();
        }
    }

    /** How many arrays this pool has had to allocate so far: flat in steady state. */
    public int allocations() {
        return allocated.get();
    }
}
