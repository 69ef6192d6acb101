package dev.formcheck.analysis;

/**
 * One active set: from the start of its first rep or hold to the end of its last.
 *
 * @param activities how many reps, abandoned reps and holds it contains
 */
public record SetWindow(long startMicros, long endMicros, int activities) {
    public SetWindow {
        if (endMicros < startMicros) {
            throw new IllegalArgumentException("a set ends (" + endMicros + " us) before it starts (" + startMicros + " us)");
        }
    }

    public long durationMicros() {
        return endMicros - startMicros;
    }
}
