package dev.formcheck.kinematics;

import java.util.EnumSet;
import java.util.Set;

/**
 * The camera views a quantity or a check can be judged from, and what to tell the user when the
 * view is wrong. Checks written later (the flags of issue 5) declare one and call {@link #check}
 * instead of guessing from a view that cannot show what they judge.
 *
 * @param name a short identifier for logs and tests
 * @param preferred views the quantity is made for (confidence factor 1)
 * @param tolerated views it can still be read from, with {@link #TOLERATED_CONFIDENCE}
 * @param message what to tell the user in any other view
 */
public record ViewRequirement(String name, Set<CameraView> preferred, Set<CameraView> tolerated, String message) {
    /**
     * How much an only-tolerated view (oblique for a side-on quantity) scales confidence. At the
     * middle of the oblique band (45°) a length in the sagittal plane shows at cos 45° ≈ 0.7 of its
     * size and an angle is skewed accordingly; 0.6 rounds that down because the band reaches 30°
     * from the preferred view. Our choice.
     */
    public static final double TOLERATED_CONFIDENCE = 0.6;

    /** The back's curve, the hip hinge, knee bend and the body line: side-on, oblique tolerated. */
    public static final ViewRequirement SIDE_ON = new ViewRequirement("side-on",
            EnumSet.of(CameraView.SIDE), EnumSet.of(CameraView.OBLIQUE), "Turn side-on so I can see your back");

    /** Left against right (symmetry): facing the camera, oblique tolerated. */
    public static final ViewRequirement FACING_CAMERA = new ViewRequirement("facing the camera",
            EnumSet.of(CameraView.FRONT), EnumSet.of(CameraView.OBLIQUE), "Face the camera so I can see both sides");

    /** Angles that read about the same from anywhere the joint is seen (an elbow's bend). */
    public static final ViewRequirement ANY = new ViewRequirement("any",
            EnumSet.allOf(CameraView.class), EnumSet.noneOf(CameraView.class), "Step into view");

    public ViewRequirement {
        if (name == null || name.isBlank() || message == null || message.isBlank()) {
            throw new IllegalArgumentException("a view requirement needs a name and a message");
        }
        preferred = Set.copyOf(preferred);
        tolerated = Set.copyOf(tolerated);
        if (preferred.isEmpty()) {
            throw new IllegalArgumentException(name + ": a view requirement needs at least one preferred view");
        }
        for (CameraView v : tolerated) {
            if (preferred.contains(v)) {
                throw new IllegalArgumentException(name + ": " + v + " is both preferred and tolerated");
            }
        }
    }

    /** Whether {@code estimate}'s view supports this requirement, and at what confidence. */
    public ViewCheck check(ViewEstimate estimate) {
        return check(estimate.view());
    }

    public ViewCheck check(CameraView view) {
        if (preferred.contains(view)) {
            return new ViewCheck.Supported(1);
        }
        if (tolerated.contains(view)) {
            return new ViewCheck.Supported(TOLERATED_CONFIDENCE);
        }
        return new WrongView(view, message);
    }
}
