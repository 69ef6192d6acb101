package dev.formcheck.desk;

/** Sitting or standing at the desk, as the camera tells them apart (a standing desk). */
public enum DeskStance {
    SITTING, STANDING;

    /** "sitting", "standing". */
    public String words() {
        return this == SITTING ? "sitting" : "standing";
    }
}
