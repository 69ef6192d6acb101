package dev.formcheck.journal;

import java.util.Locale;

/** An answer a person picks from a list: its words on screen, and the word typed for it on the command line. */
public interface Labelled {
    /** What the person reads, e.g. "lower back". */
    String label();

    /** The command-line word: the enum name in lower case with hyphens, e.g. {@code lower-back}. */
    default String commandWord() {
        return ((Enum<?>) this).name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
