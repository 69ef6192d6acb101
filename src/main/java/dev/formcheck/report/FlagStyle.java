package dev.formcheck.report;

import dev.formcheck.analysis.exercise.FlagKind;

/**
 * How each fault is marked in the report: a colour from Okabe and Ito's palette (told apart with
 * the common colour-vision deficiencies, and in grey on paper by its lightness) plus a letter, so
 * that nothing rests on colour alone. One place, so the timeline, charts and tables agree.
 */
enum FlagStyle {
    ROUNDED_BACK("#D55E00", "R"),          // vermillion
    LUMBAR_HYPEREXTENSION("#CC79A7", "A"), // reddish purple
    LOST_NEUTRAL_SPINE("#E69F00", "N"),    // orange
    HIPS_SAGGING("#0072B2", "S"),          // blue
    HIPS_PIKED("#56B4E9", "P"),            // sky blue
    SHALLOW_DEPTH("#009E73", "D"),         // bluish green
    HEAD_DROP("#8C7B00", "H"),             // dark yellow: Okabe-Ito's yellow darkened to read on white
    TORSO_LEAN("#000000", "L"),            // black, the palette's last colour
    KNEE_CAVE("#000000", "K"),             // the palette is used up: black again, told from the lean by its letter
    OTHER("#555555", "?");

    /** The colour of reps and neutral marks: a grey that is none of the above. */
    static final String REP_COLOUR = "#9A9A9A";

    private final String colour;
    private final String letter;

    FlagStyle(String colour, String letter) {
        this.colour = colour;
        this.letter = letter;
    }

    /** The style of a kind; a kind added later without a style of its own gets a neutral grey and "?". */
    static FlagStyle of(FlagKind kind) {
        for (FlagStyle s : values()) {
            if (s.name().equals(kind.name())) {
                return s;
            }
        }
        return OTHER;
    }

    String colour() {
        return colour;
    }

    String letter() {
        return letter;
    }
}
