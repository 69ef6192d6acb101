package dev.formcheck.analysis.exercise;

import java.util.Locale;

/** How serious a flag is: how far beyond its threshold it went, raised by the load lifted. */
public enum Severity {
    LOW, MODERATE, HIGH;

    /** This severity raised by {@code levels} steps, at most {@link #HIGH}. */
    public Severity raisedBy(int levels) {
        if (levels < 0) {
            throw new IllegalArgumentException("a severity is raised, never lowered (" + levels + " levels)");
        }
        return values()[Math.min(HIGH.ordinal(), ordinal() + levels)];
    }

    /** The severity of a fault {@code excess} beyond its threshold: one level up per {@code step} of excess. */
    public static Severity ofExcess(double excess, double step) {
        if (!(step > 0)) {
            throw new IllegalArgumentException("a severity step must be positive, not " + step);
        }
        int levels = excess <= 0 ? 0 : (int) Math.floor(excess / step);
        return LOW.raisedBy(levels);
    }

    /** As written in files: {@code "moderate"}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
