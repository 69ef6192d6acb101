package dev.formcheck.pose;

/** Nanoseconds spent in each stage of one estimate: preprocess, inference, decode. */
public record StageTimings(long preprocessNanos, long inferenceNanos, long decodeNanos) {
    public static final StageTimings NONE = new StageTimings(0, 0, 0);

    public long totalNanos() {
        return preprocessNanos + inferenceNanos + decodeNanos;
    }
}
