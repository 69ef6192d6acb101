package dev.formcheck.analysis.exercise;

import dev.formcheck.analysis.Crossing;
import dev.formcheck.analysis.thresholds.Thresholds;

import java.util.List;

/**
 * Where the standing lifts' positions end (issue 12, class 2; decision 0038): what people do after
 * the last rep (crouching to rest with the hands on the floor, getting down) is no sample of a rep,
 * so it neither adds a rep on standing up nor raises a flag, and the descent into it is a partial rep.
 */
final class StandingPositions {
    private StandingPositions() {
    }

    /**
     * A squat's bottom and a crouch have the same legs; the hands tell them apart: resting on the
     * floor in the crouch, at the chest, forward or on the hips in a squat ({@code squat.position.hand_height_max}).
     */
    static List<Movement.PositionLimit> squat(Thresholds t) {
        String name = "squat.position.hand_height_max";
        return List.of(new Movement.PositionLimit(name, FrameQuantity.HAND_HEIGHT, Crossing.atOrBelow(t.degrees(name))));
    }

    /**
     * A hinge keeps the hips above the knees; hips below them is a crouch or a squat
     * ({@code <exercise>.position.thigh_min}). The hands cannot tell here: a deadlift's start holds
     * them near the floor too.
     */
    static List<Movement.PositionLimit> hinge(String exercise, Thresholds t) {
        String name = exercise + ".position.thigh_min";
        return List.of(new Movement.PositionLimit(name, FrameQuantity.THIGH_INCLINATION, Crossing.atOrBelow(t.degrees(name))));
    }
}
