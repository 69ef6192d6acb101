package dev.formcheck.journal;

/** What the pain feels like. The article treats sharp, stabbing, burning and shooting pain as concerning. */
public enum PainQuality implements Labelled {
    DULL_ACHE("dull ache", false),
    STIFFNESS("stiffness", false),
    TENDER("tender to the touch", false),
    THROBBING("throbbing", false),
    SHARP("sharp", true),
    STABBING("stabbing", true),
    BURNING("burning", true),
    SHOOTING("shooting", true),
    TINGLING("tingling or pins and needles", false);

    private final String label;
    private final boolean concerning;

    PainQuality(String label, boolean concerning) {
        this.label = label;
        this.concerning = concerning;
    }

    @Override
    public String label() {
        return label;
    }

    /** Sharp, stabbing, burning or shooting: not how ordinary muscle soreness feels. */
    public boolean concerning() {
        return concerning;
    }

    /** How delayed-onset muscle soreness feels: dull, stiff, tender. */
    public boolean soreness() {
        return this == DULL_ACHE || this == STIFFNESS || this == TENDER;
    }
}
