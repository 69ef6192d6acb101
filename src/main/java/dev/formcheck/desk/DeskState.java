package dev.formcheck.desk;

/** The desk monitor's states; LEANING comes with a {@link Lean}. */
public enum DeskState {
    UPRIGHT, SLOUCHED, FORWARD_HEAD, LEANING, AWAY;

    /** The postures worth a gentle alert when they last (leaning back in a chair with a backrest is not one). */
    public boolean isPoor(java.util.Optional<Lean> lean) {
        return this == SLOUCHED || this == FORWARD_HEAD
                || (this == LEANING && lean.isPresent() && lean.get() != Lean.BACK);
    }
}
