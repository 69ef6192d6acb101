package dev.formcheck.journal;

/**
 * The warning signs the source article lists as needing a doctor at once, not a journal. Ticking
 * any one shows {@link #SEE_A_DOCTOR_NOW} before anything else, every time.
 */
public enum RedFlag implements Labelled {
    BOWEL_OR_BLADDER_CONTROL_LOST("loss of bowel or bladder control"),
    GROIN_NUMBNESS("numbness in the groin area"),
    LEG_WEAKNESS_GETTING_WORSE("leg weakness or numbness that is getting worse"),
    FEVER_WITH_BACK_PAIN("fever with back pain"),
    SEVERE_PAIN_AFTER_FALL_OR_INJURY("severe pain after a fall or an injury"),
    WORSE_AT_NIGHT_OR_AT_REST("pain that is worse at night or at rest");

    /** The headline said first whenever a red flag is ticked. */
    public static final String SEE_A_DOCTOR_NOW = "See a doctor now.";

    private final String label;

    RedFlag(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** The whole message for this sign: the headline, the sign in words, and what to do. */
    public String message() {
        return SEE_A_DOCTOR_NOW + " You ticked: " + label + ". This is one of the warning signs that need a doctor "
                + "today, not a journal entry: see your doctor urgently or go to an emergency department. "
                + "Stop exercising until a doctor has seen you.";
    }
}
