package dev.formcheck.analysis;

/** What one frame says about a per-frame condition (a fault), as a {@link Debouncer} takes it. */
public enum Condition {
    /** The condition was measured and holds in this frame. */
    HOLDS,
    /** The condition was measured and does not hold. */
    CLEAR,
    /**
     * The condition could not be measured in this frame (keypoints not seen, a view that cannot show
     * it, too little confidence in the estimate): it says nothing either way.
     */
    UNKNOWN;

    /** {@link #HOLDS} or {@link #CLEAR}: a condition that was measured. */
    public static Condition measured(boolean holds) {
        return holds ? HOLDS : CLEAR;
    }
}
