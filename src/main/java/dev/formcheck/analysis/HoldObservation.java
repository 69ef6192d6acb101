package dev.formcheck.analysis;

/**
 * What one frame says about a held position (a plank): the exercise decides it per frame from its
 * own checks, the {@link HoldTimer} only adds up time. "Not visible" is kept apart from "out of
 * position": not seeing the person is not evidence that they stopped.
 */
public enum HoldObservation {
    IN_POSITION_GOOD_FORM,
    IN_POSITION_POOR_FORM,
    OUT_OF_POSITION,
    NOT_VISIBLE;

    /** The observation for a frame where the person was seen. */
    public static HoldObservation of(boolean inPosition, boolean goodForm) {
        if (!inPosition) {
            return OUT_OF_POSITION;
        }
        return goodForm ? IN_POSITION_GOOD_FORM : IN_POSITION_POOR_FORM;
    }

    public boolean inPosition() {
        return this == IN_POSITION_GOOD_FORM || this == IN_POSITION_POOR_FORM;
    }
}
