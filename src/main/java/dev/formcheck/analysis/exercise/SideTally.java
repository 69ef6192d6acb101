package dev.formcheck.analysis.exercise;

import dev.formcheck.kinematics.BodySide;

import java.util.Optional;

/** Counts the sides frames show, and says the one seen most (ties go left, as for a side plank's hold). */
final class SideTally {
    private int left;
    private int right;

    void count(BodySide side) {
        if (side == BodySide.LEFT) {
            left++;
        } else {
            right++;
        }
    }

    /** The side seen most since the last take, empty when none was seen; starts counting afresh. */
    Optional<BodySide> take() {
        Optional<BodySide> most = left + right == 0 ? Optional.empty()
                : Optional.of(left >= right ? BodySide.LEFT : BodySide.RIGHT);
        left = 0;
        right = 0;
        return most;
    }
}
