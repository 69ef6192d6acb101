package dev.formcheck.analysis.exercise;

import dev.formcheck.kinematics.BodySide;

import java.util.Optional;

/**
 * One timed hold.
 *
 * @param startMicros in position from
 * @param endMicros in position until
 * @param inPositionMicros time actually in position within it
 * @param goodFormMicros the part of it with no fault holding: what counts as hold time
 * @param notVisibleMicros time within it the person could not be seen
 * @param side the side the body rested on, for an exercise held on each side in turn (a side
 *     plank: the side of the elbow on the floor); empty for others or when it could not be seen
 */
public record HoldResult(long startMicros, long endMicros, long inPositionMicros, long goodFormMicros,
                         long notVisibleMicros, Optional<BodySide> side) {
    public HoldResult {
        if (side == null) {
            throw new IllegalArgumentException("a hold's side is Optional.empty() when it has none");
        }
    }

    /** A hold of an exercise held on no particular side. */
    public HoldResult(long startMicros, long endMicros, long inPositionMicros, long goodFormMicros, long notVisibleMicros) {
        this(startMicros, endMicros, inPositionMicros, goodFormMicros, notVisibleMicros, Optional.empty());
    }
}
