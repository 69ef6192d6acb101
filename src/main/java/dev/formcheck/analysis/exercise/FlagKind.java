package dev.formcheck.analysis.exercise;

/**
 * The faults FormCheck flags, named in files exactly as here. Each is documented, with the quantity
 * it measures, the view it needs, the exercises it applies to and its threshold, in
 * {@code docs/flags.md}.
 */
public enum FlagKind {
    /** Spine flexed beyond neutral while hinging or lifting. */
    ROUNDED_BACK(true),
    /** Back arched (extended) beyond neutral. */
    LUMBAR_HYPEREXTENSION(true),
    /** A sustained departure from the user's calibrated neutral spine, either way. */
    LOST_NEUTRAL_SPINE(true),
    /** Hips below the shoulder-ankle line in a plank or push-up. */
    HIPS_SAGGING(true),
    /** Hips above the shoulder-ankle line in a plank or push-up. */
    HIPS_PIKED(false),
    /** Squat bottom with the thighs short of about parallel. */
    SHALLOW_DEPTH(false),
    /** Head and neck dropped out of line with the trunk. */
    HEAD_DROP(false),
    /**
     * The trunk leaning forward in an exercise done upright (a lunge): the whole trunk tipped, not
     * the back's curve, so not a fault of the back itself.
     */
    TORSO_LEAN(false),
    /**
     * A knee caving in, seen from the front: the knee inside the line from its hip to its ankle
     * (a squat's or lunge's knee valgus). Not a fault of the back.
     */
    KNEE_CAVE(false);

    private final boolean back;

    FlagKind(boolean back) {
        this.back = back;
    }

    /**
     * Whether this is a fault of the back itself (the lower back bears it): sagging hips are an
     * arched lower back seen from outside, piked hips and a short squat are not.
     */
    public boolean isBackFlag() {
        return back;
    }

    /** Whether an external load makes it more serious: exactly the back faults, a loaded spine off neutral being the injury risk. */
    public boolean loadRaisesSeverity() {
        return back;
    }

    /**
     * Whether only a front view can judge it (the knee cave). A set filmed side-on, as the back's
     * checks want, is not told to face the camera after every run for it: the analysis JSON's
     * {@code checks[]} still says it was not judged, and why.
     */
    public boolean frontViewOnly() {
        return this == KNEE_CAVE;
    }

    /** The threshold-name segment: {@code rounded_back}. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
