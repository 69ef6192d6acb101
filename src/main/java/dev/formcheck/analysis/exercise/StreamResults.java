package dev.formcheck.analysis.exercise;

import dev.formcheck.analysis.Episode;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * The reps and holds of a stream so far, and where the current segment's begin: a flag is given
 * a rep of its own segment only, since the timestamps of different segments overlap.
 */
final class StreamResults {
    private final List<RepResult> reps = new ArrayList<>();
    private final List<HoldResult> holds = new ArrayList<>();
    private int segmentFirstRep;
    private int segmentFirstHold;

    /** The index the next rep counted gets (reps keep counting across segments). */
    int nextRepIndex() {
        return reps.size() + 1;
    }

    void add(RepResult rep) {
        reps.add(rep);
    }

    void add(HoldResult hold) {
        holds.add(hold);
    }

    List<RepResult> reps() {
        return reps;
    }

    List<HoldResult> holds() {
        return holds;
    }

    /** The results that follow belong to a new segment. */
    void startSegment() {
        segmentFirstRep = reps.size();
        segmentFirstHold = holds.size();
    }

    /** The rep of this segment a flag overlaps most; none when it overlaps no rep (a hold, or between reps). */
    OptionalInt repOf(long start, long end) {
        long best = -1;
        int index = 0;
        for (RepResult r : reps.subList(segmentFirstRep, reps.size())) {
            long overlap = Math.min(end, r.endMicros()) - Math.max(start, r.startMicros());
            if (overlap >= 0 && overlap > best) {
                best = overlap;
                index = r.index();
            }
        }
        return index == 0 ? OptionalInt.empty() : OptionalInt.of(index);
    }

    /**
     * Whether an episode starts in the last {@code holdExitMicros} of a hold of this segment: the
     * person getting out of the position (hips up, then knees down) before the hold timer sees them
     * leave it. Where it ends does not matter; a fault that starts while getting up belongs to
     * getting up, however long it lasts after.
     */
    boolean isHoldExit(Episode e, long holdExitMicros) {
        for (HoldResult h : holds.subList(segmentFirstHold, holds.size())) {
            long exitFrom = h.endMicros() - holdExitMicros;
            if (e.startMicros() >= exitFrom && e.startMicros() <= h.endMicros()) {
                return true;
            }
        }
        return false;
    }
}
