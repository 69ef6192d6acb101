package dev.formcheck.analysis.exercise;

/**
 * One timed hold.
 *
 * @param startMicros in position from
 * @param endMicros in position until
 * @param inPositionMicros time actually in position within it
 * @param goodFormMicros the part of it with no fault holding: what counts as hold time
 * @param notVisibleMicros time within it the person could not be seen
 */
public record HoldResult(long startMicros, long endMicros, long inPositionMicros, long goodFormMicros,
                         long notVisibleMicros) {
}
