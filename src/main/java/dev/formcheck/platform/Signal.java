package dev.formcheck.platform;

/** What the OS may tell about the person's desktop. */
public enum Signal {
    /** The screen is locked (the person has left, or at least cannot be using the computer). */
    SCREEN_LOCKED("when your screen is locked"),
    /** The computer is about to sleep, or asleep. */
    ASLEEP("when the computer goes to sleep"),
    /** A full-screen program (a film, a presentation, a game) is the window in front. */
    FULL_SCREEN("when a full-screen program is in front");

    private final String when;

    Signal(String when) {
        this.when = when;
    }

    /** "when your screen is locked": completes "FormCheck cannot tell ...". */
    public String when() {
        return when;
    }
}
