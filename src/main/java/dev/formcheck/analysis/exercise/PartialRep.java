package dev.formcheck.analysis.exercise;

/**
 * A rep that went down to its turning point and never came back up to lockout: the set ended,
 * the person left the view or the position, or the stream started over. Reported, never counted
 * (issue 12: what people do after the last rep adds no rep).
 *
 * @param startMicros left the rest position
 * @param endMicros the last frame of the attempt
 * @param reachedPhase the furthest phase it reached ({@code bottom} or {@code ascent})
 * @param depthDegrees the signal at its deepest point
 * @param why why it did not lock out, in the user's words
 */
public record PartialRep(long startMicros, long endMicros, String reachedPhase, double depthDegrees, String why) {
    public PartialRep {
        if (reachedPhase == null || why == null || endMicros < startMicros) {
            throw new IllegalArgumentException("a partial rep needs its phase, its reason and an end after its start");
        }
    }
}
