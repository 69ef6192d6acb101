package dev.formcheck.analysis;

/**
 * One hold of a position. Time between two samples is credited to what the earlier sample saw.
 *
 * @param startMicros the first sample in position
 * @param endMicros the moment the person was last in position: the first sample after it that was not
 * @param inPositionMicros time in position within the hold (brief exits within the grace period excluded)
 * @param goodFormMicros the part of {@code inPositionMicros} with good form
 * @param notVisibleMicros time within the hold when the person was not visible
 */
public record Hold(long startMicros, long endMicros, long inPositionMicros, long goodFormMicros,
                   long notVisibleMicros) {
    public Hold {
        if (endMicros < startMicros) {
            throw new IllegalArgumentException("a hold ends (" + endMicros + " us) before it starts (" + startMicros
                    + " us)");
        }
        if (goodFormMicros > inPositionMicros || inPositionMicros + notVisibleMicros > endMicros - startMicros) {
            throw new IllegalArgumentException("a hold's parts (" + inPositionMicros + " in position, " + goodFormMicros
                    + " good, " + notVisibleMicros + " not visible) do not fit its " + (endMicros - startMicros) + " us");
        }
    }

    public long durationMicros() {
        return endMicros - startMicros;
    }
}
