package dev.formcheck.kinematics;

/**
 * Whether the camera's view supports a quantity ({@link ViewRequirement#check}): {@link Supported},
 * with how much a slanted view lowers the confidence of what is measured, or a {@link WrongView}
 * with the sentence that tells the user how to turn.
 */
public sealed interface ViewCheck permits ViewCheck.Supported, WrongView {
    /**
     * @param confidenceFactor 1 for the view the quantity is made for, less for one it only
     *     tolerates (an oblique view foreshortens the angles)
     */
    record Supported(double confidenceFactor) implements ViewCheck {
        public Supported {
            if (!(confidenceFactor > 0 && confidenceFactor <= 1)) {
                throw new IllegalArgumentException("a view's confidence factor must be in (0, 1], not " + confidenceFactor);
            }
        }
    }

    default boolean isSupported() {
        return this instanceof Supported;
    }
}
