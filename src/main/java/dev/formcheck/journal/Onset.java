package dev.formcheck.journal;

/** When the pain started, relative to exercise. */
public enum Onset implements Labelled {
    DURING_EXERCISE("during exercise"),
    RIGHT_AFTER_EXERCISE("right after exercise"),
    HOURS_AFTER_EXERCISE("some hours after exercise"),
    NEXT_DAY("the day after exercise"),
    NOT_AFTER_EXERCISE("not after exercise");

    private final String label;

    Onset(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
