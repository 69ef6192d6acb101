package dev.formcheck.analysis;

/**
 * A rep that was started (its first working phase was entered) but not completed.
 *
 * @param startMicros the first sample of the first working phase
 * @param endMicros the last sample that belonged to the attempt
 * @param reachedPhase the last working phase it was in
 * @param top the signal's most rest-ward value in the rest phase before it
 * @param extreme the signal's extreme in the working direction during the attempt
 * @param extremeMicros when {@code extreme} was measured
 */
public record Attempt(long startMicros, long endMicros, String reachedPhase, double top, double extreme,
                      long extremeMicros) {
}
