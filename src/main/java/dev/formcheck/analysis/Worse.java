package dev.formcheck.analysis;

/** Which way a measured value gets worse: more flexion is HIGHER, less depth may be LOWER. */
public enum Worse {
    HIGHER,
    LOWER;

    /** Whether {@code candidate} is worse than {@code current}. */
    public boolean isWorse(double candidate, double current) {
        return this == HIGHER ? candidate > current : candidate < current;
    }
}
