package dev.formcheck.journal;

/** What comes with the pain, other than the red flags (which are {@link RedFlag}). */
public enum Symptom implements Labelled {
    RADIATES_DOWN_LEG("pain spreading down a leg"),
    LEG_TINGLING("tingling or numbness in a leg or foot"),
    MUSCLE_SPASM("muscle spasm"),
    MORNING_STIFFNESS("stiffness in the morning"),
    HARD_TO_STAND_UP_STRAIGHT("hard to stand up straight");

    private final String label;

    Symptom(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
