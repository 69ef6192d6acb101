package dev.formcheck.analysis;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

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
 * @param lockout for a rep that runs from its turning point through rest and back
 *     ({@link PhaseMachine.RepStart#AT_TURN}: a deadlift's floor, lockout, floor), when it left the
 *     turning point, reached rest and left it; empty for a rep that starts and ends at rest
 */
public record Rep(int index, long startMicros, long bottomMicros, long endMicros, double top, double bottom,
                  List<PhaseSpan> phases, Optional<Lockout> lockout) {
    public Rep {
        phases = List.copyOf(phases);
        Objects.requireNonNull(lockout, "lockout (empty for a rep from rest)");
        if (index < 1) {
            throw new IllegalArgumentException("reps are counted from 1, not " + index);
        }
        if (!(startMicros <= bottomMicros && bottomMicros <= endMicros)) {
            throw new IllegalArgumentException("rep " + index + ": start " + startMicros + ", bottom " + bottomMicros
                    + " and end " + endMicros + " us are out of order");
        }
        lockout.ifPresent(l -> {
            if (!(startMicros <= l.leftTurnMicros() && l.leftMicros() <= endMicros)) {
                throw new IllegalArgumentException("rep " + index + ": its lockout " + l + " lies outside the rep, "
                        + startMicros + " to " + endMicros + " us");
            }
        });
    }

    /** A rep from rest to rest (top, bottom, top). */
    public Rep(int index, long startMicros, long bottomMicros, long endMicros, double top, double bottom,
               List<PhaseSpan> phases) {
        this(index, startMicros, bottomMicros, endMicros, top, bottom, phases, Optional.empty());
    }

    /**
     * The middle of a rep that starts at its turning point: a deadlift pulled from the floor
     * ({@code leftTurnMicros}), locked out ({@code reachedMicros}, the first sample standing) and
     * lowered from lockout ({@code leftMicros}, the first sample of the way down after the last
     * time at lockout) back to the floor ({@code backMicros}: where it first came near the floor's
     * deepest, at or after the rep's end, where the floor's threshold was crossed). Pull and
     * lowering are told apart because the rep's bottom, its start, says nothing about either
     * (decision 0084).
     */
    public record Lockout(long leftTurnMicros, long reachedMicros, long leftMicros, long backMicros) {
        public Lockout {
            if (!(leftTurnMicros <= reachedMicros && reachedMicros <= leftMicros && leftMicros <= backMicros)) {
                throw new IllegalArgumentException("a pull leaves the floor, locks out, leaves lockout and is back at the "
                        + "floor in that order, not at " + leftTurnMicros + ", " + reachedMicros + ", " + leftMicros
                        + ", " + backMicros + " us");
            }
        }

        /** The way back from lockout: from leaving it to the turning point (the floor). */
        public long lowerMicros() {
            return backMicros - leftMicros;
        }

        /** From leaving the turning point (the floor) to reaching rest (lockout). */
        public long pullMicros() {
            return reachedMicros - leftTurnMicros;
        }

        /** At lockout, from reaching it to leaving it. */
        public long heldMicros() {
            return leftMicros - reachedMicros;
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
