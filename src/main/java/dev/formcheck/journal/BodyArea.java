package dev.formcheck.journal;

/** Where it hurts: the back's regions and where back pain commonly spreads. */
public enum BodyArea implements Labelled {
    NECK("neck"),
    UPPER_BACK("upper back"),
    MID_BACK("middle of the back"),
    LOWER_BACK("lower back"),
    LEFT_BUTTOCK("left buttock"),
    RIGHT_BUTTOCK("right buttock"),
    LEFT_HIP("left hip"),
    RIGHT_HIP("right hip"),
    LEFT_THIGH("left thigh"),
    RIGHT_THIGH("right thigh"),
    LEFT_LOWER_LEG("left lower leg"),
    RIGHT_LOWER_LEG("right lower leg"),
    LEFT_FOOT("left foot"),
    RIGHT_FOOT("right foot");

    private final String label;

    BodyArea(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** Below the buttocks: pain felt here as well as in the back has spread down the leg. */
    public boolean isLeg() {
        return switch (this) {
            case LEFT_THIGH, RIGHT_THIGH, LEFT_LOWER_LEG, RIGHT_LOWER_LEG, LEFT_FOOT, RIGHT_FOOT -> true;
            default -> false;
        };
    }
}
