package dev.formcheck.report;

import java.util.List;

/**
 * One set as the session split the recording (a pause ends a set): when it ran, its reps by their
 * 1-based index in the result, and the rest before it.
 *
 * @param number 1-based
 * @param repIndexes the result's reps in this set, in order (empty for a hold)
 * @param restBeforeMicros time since the previous set ended; 0 for the first
 */
public record SetSpan(int number, long startMicros, long endMicros, List<Integer> repIndexes, long restBeforeMicros) {
    public SetSpan {
        repIndexes = List.copyOf(repIndexes);
        if (number < 1 || endMicros < startMicros || restBeforeMicros < 0) {
            throw new IllegalArgumentException("set " + number + ": " + startMicros + "-" + endMicros + " us, rest "
                    + restBeforeMicros + " us");
        }
    }
}
