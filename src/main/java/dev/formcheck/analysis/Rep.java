package dev.formcheck.analysis;

import java.util.List;

/**
 * A completed rep. "Bottom" is the turning point whichever way the signal moves: the lowest knee
 * angle of a squat, the highest value of a signal that rises first.
 *
 * @param index 1 for the first rep the machine counted, and so on
 * @param startMicros the first sample of the first working phase (the signal left the rest phase)
 * @param bottomMicros the sample where the signal reached {@code bottom}
 * @param endMicros the first sample of the rest phase the rep ended in
 * @param top the signal's most rest-ward value in the rest phase before the rep
 * @param bottom the signal's extreme in the working direction during the rep (depth)
 * @param phases the working phases of this rep as they happened
 */
public record Rep(int index, long startMicros, long bottomMicros, long endMicros, double top, double bottom,
                  List<PhaseSpan> phases) {
    public Rep {
        phases = List.copyOf(phases);
        if (index < 1) {
            throw new IllegalArgumentException("reps are counted from 1, not " + index);
        }
        if (!(startMicros <= bottomMicros && bottomMicros <= endMicros)) {
            throw new IllegalArgumentException("rep " + index + ": start " + startMicros + ", bottom " + bottomMicros
                    + " and end " + endMicros + " us are out of order");
        }
    }

    /** Range of motion: from the top before the rep to its bottom, in the signal's unit. */
    public double rangeOfMotion() {
        return Math.abs(top - bottom);
    }

    /** Tempo, the way down: from leaving the rest phase to the bottom. */
    public long downMicros() {
        return bottomMicros - startMicros;
    }

    /** Tempo, the way up: from the bottom to reaching the rest phase again. */
    public long upMicros() {
        return endMicros - bottomMicros;
    }

    public long durationMicros() {
        return endMicros - startMicros;
    }
}
