package dev.formcheck.analysis.exercise;

import java.util.Optional;

/**
 * How much of the exercise one check could judge: of the frames it applied to during activity (a
 * photo is one frame), how many it could tell holds from clear, and the reason given most for the
 * rest. "Not judged" is reported, never hidden: a check that judged nothing says why.
 *
 * @param kind the check
 * @param applicableFrames frames in activity where the check applied (its phases, in position)
 * @param judgedFrames of those, frames where it could tell
 * @param whyNotJudged the reason given most for the frames it could not tell, in the user's words
 */
public record CheckCoverage(FlagKind kind, int applicableFrames, int judgedFrames, Optional<String> whyNotJudged) {
    public CheckCoverage {
        if (kind == null || whyNotJudged == null) {
            throw new IllegalArgumentException("a check's coverage needs its kind and a reason (or none)");
        }
        if (applicableFrames < 0 || judgedFrames < 0 || judgedFrames > applicableFrames) {
            throw new IllegalArgumentException(kind + ": judged " + judgedFrames + " of " + applicableFrames + " frames");
        }
    }

    /** The share of its frames the check judged, 0..1; 0 when it never applied. */
    public double judgedShare() {
        return applicableFrames == 0 ? 0 : (double) judgedFrames / applicableFrames;
    }
}
