package dev.formcheck.analysis.exercise;

import java.util.OptionalDouble;

/**
 * Where in the movement one frame is, and the movement's signal there.
 *
 * @param repetitions true for an exercise of reps, false for a held position
 * @param phase the phase machine's phase (reps only; empty for a hold)
 * @param inRep whether a rep is in progress (reps only)
 * @param inPosition whether the person is in the held position (holds only)
 * @param signal the movement's signal in this frame, when measured
 */
record MovementScope(boolean repetitions, String phase, boolean inRep, boolean inPosition, OptionalDouble signal) {
    static MovementScope ofReps(String phase, boolean inRep, OptionalDouble signal) {
        return new MovementScope(true, phase, inRep, false, signal);
    }

    static MovementScope ofHold(boolean inPosition, OptionalDouble signal) {
        return new MovementScope(false, "", false, inPosition, signal);
    }

    /** Whether a check judges this frame: in its phases during a rep (or its listed phases between reps), or in position. */
    boolean appliesTo(FrameCheck c) {
        return repetitions
                ? (inRep ? c.appliesIn(phase) : !c.phases().isEmpty() && c.phases().contains(phase))
                : inPosition;
    }
}
