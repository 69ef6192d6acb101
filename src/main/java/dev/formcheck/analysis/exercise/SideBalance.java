package dev.formcheck.analysis.exercise;

import dev.formcheck.kinematics.BodySide;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Left against right in an exercise done one side at a time (a lunge, a side plank): each side's
 * reps and holds, and how far apart the sides are. Reps or holds whose side could not be seen
 * count for neither.
 *
 * @param left the left side's figures
 * @param right the right side's
 */
public record SideBalance(SideFigures left, SideFigures right) {
    /**
     * One side's figures.
     *
     * @param reps reps counted on this side
     * @param meanDepthDegrees the rep's signal at its turning point, averaged (a lunge: the knee angle); empty without reps
     * @param meanRepMicros how long a rep took, averaged; empty without reps
     * @param holds holds on this side
     * @param heldMicros the holds' time in good form, added up
     */
    public record SideFigures(int reps, OptionalDouble meanDepthDegrees, OptionalDouble meanRepMicros, int holds,
                              long heldMicros) {
        static SideFigures of(BodySide side, List<RepResult> reps, List<HoldResult> holds) {
            List<RepResult> mine = reps.stream().filter(r -> r.side().equals(Optional.of(side))).toList();
            List<HoldResult> held = holds.stream().filter(h -> h.side().equals(Optional.of(side))).toList();
            return new SideFigures(mine.size(), mine.stream().mapToDouble(RepResult::depthDegrees).average(),
                    mine.stream().mapToLong(RepResult::durationMicros).average(), held.size(),
                    held.stream().mapToLong(HoldResult::goodFormMicros).sum());
        }
    }

    /** The balance of an exercise's results; empty when no rep or hold says its side. */
    public static Optional<SideBalance> of(List<RepResult> reps, List<HoldResult> holds) {
        boolean sided = reps.stream().anyMatch(r -> r.side().isPresent()) || holds.stream().anyMatch(h -> h.side().isPresent());
        return sided ? Optional.of(new SideBalance(SideFigures.of(BodySide.LEFT, reps, holds),
                SideFigures.of(BodySide.RIGHT, reps, holds))) : Optional.empty();
    }

    /** Left reps minus right reps. */
    public int repDifference() {
        return left.reps() - right.reps();
    }

    /** Left's mean depth minus right's, degrees of the rep's signal; empty unless both sides have reps. */
    public OptionalDouble depthDifferenceDegrees() {
        return left.meanDepthDegrees().isPresent() && right.meanDepthDegrees().isPresent()
                ? OptionalDouble.of(left.meanDepthDegrees().getAsDouble() - right.meanDepthDegrees().getAsDouble())
                : OptionalDouble.empty();
    }

    /** Left's mean rep time minus right's, microseconds; empty unless both sides have reps. */
    public OptionalDouble repTimeDifferenceMicros() {
        return left.meanRepMicros().isPresent() && right.meanRepMicros().isPresent()
                ? OptionalDouble.of(left.meanRepMicros().getAsDouble() - right.meanRepMicros().getAsDouble())
                : OptionalDouble.empty();
    }

    /** Left's time held in good form minus right's, microseconds. */
    public long heldDifferenceMicros() {
        return left.heldMicros() - right.heldMicros();
    }
}
