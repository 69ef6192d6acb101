package dev.formcheck.analysis.exercise;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What the user is lifting, as they tell us (the camera cannot weigh it). It never changes what
 * is detected, only how serious a back fault is: {@code load.<id>.severity_raise} levels.
 */
public enum Load {
    BODYWEIGHT, DUMBBELL, KETTLEBELL, BARBELL;

    /** As on the command line and in files: {@code "kettlebell"}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Load> ofId(String id) {
        return Arrays.stream(values()).filter(l -> l.id().equals(id)).findFirst();
    }

    /** The threshold that says how many severity levels this load adds. */
    String severityRaiseThreshold() {
        return "load." + id() + ".severity_raise";
    }
}
