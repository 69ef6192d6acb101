package dev.formcheck.pose;

/**
 * How ONNX Runtime may use the CPU.
 *
 * @param intraOpThreads threads one inference may use (1 leaves the other core to capture and UI)
 * @param spinning whether idle worker threads busy-wait for the next op: lower latency, more CPU
 * @param verboseLogging let ONNX Runtime print its own warnings (silenced by default)
 */
public record InferenceSettings(int intraOpThreads, boolean spinning, boolean verboseLogging) {
    /** More threads than any desktop has cores can only be a typo; ONNX Runtime would oversubscribe. */
    public static final int MAX_THREADS = 64;

    public InferenceSettings {
        if (intraOpThreads < 1 || intraOpThreads > MAX_THREADS) {
            throw new IllegalArgumentException("intra-op threads must be 1-" + MAX_THREADS + ", not " + intraOpThreads);
        }
    }

    /**
     * For recorded videos, where throughput counts and no UI waits: two threads, still no
     * spinning, since the decoder shares the second core (docs/decisions/0003-inference-threads.md).
     */
    public static InferenceSettings forRecordedVideo() {
        return new InferenceSettings(2, false, false);
    }

    public InferenceSettings withVerboseLogging(boolean verbose) {
        return new InferenceSettings(intraOpThreads, spinning, verbose);
    }

    /**
     * One intra-op thread, no spinning: steady whether or not the other core is busy, and it leaves
     * that core to capture, decoding and the UI (docs/decisions/0003-inference-threads.md).
     */
    public static InferenceSettings defaults() {
        return new InferenceSettings(1, false, false);
    }
}
