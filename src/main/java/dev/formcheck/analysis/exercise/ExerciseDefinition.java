package dev.formcheck.analysis.exercise;

import dev.formcheck.kinematics.KinematicFrame;
import dev.formcheck.pose.silhouette.BackOutline;

import java.util.List;
import java.util.regex.Pattern;

/**
 * One exercise, as data: how it moves, the faults judged during it, and what is said about them.
 * The engine ({@link ExerciseAnalyzer}) knows no exercise; adding one is adding a definition to
 * {@link Exercises}.
 *
 * @param name lower-case with hyphens, as on the command line: {@code romanian-deadlift}
 * @param movement reps or a hold
 * @param checks faults judged frame by frame
 * @param repChecks faults judged once per rep
 * @param liesOnBack whether the person lies on their back (a bridge, a dead bug): the back is then
 *     against the floor, and the mask's upper edge, which the outline reading takes for the back,
 *     is the belly; such an exercise's back is judged from the keypoints alone (issue 14)
 */
public record ExerciseDefinition(String name, Movement movement, List<FrameCheck> checks, List<RepCheck> repChecks,
                                 boolean liesOnBack) {
    private static final Pattern NAME = Pattern.compile("[a-z]+(-[a-z]+)*");

    public ExerciseDefinition {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("an exercise name is lower-case words joined by hyphens, not " + name);
        }
        if (movement == null) {
            throw new IllegalArgumentException(name + ": an exercise needs a movement");
        }
        checks = List.copyOf(checks);
        repChecks = List.copyOf(repChecks);
        if (movement instanceof Movement.HeldPosition && !repChecks.isEmpty()) {
            throw new IllegalArgumentException(name + ": a held position has no reps to check");
        }
    }

    /** An exercise not done lying on the back. */
    public ExerciseDefinition(String name, Movement movement, List<FrameCheck> checks, List<RepCheck> repChecks) {
        this(name, movement, checks, repChecks, false);
    }

    /** The movement alone, without its checks: what recognition needs (reps and holds), at a fraction of the work. */
    public ExerciseDefinition movementOnly() {
        return new ExerciseDefinition(name, movement, List.of(), List.of(), liesOnBack);
    }

    /**
     * The frame as this exercise judges it: lying on the back, without the outline's reading of the
     * back, which would be the belly's curve; otherwise as it is.
     */
    public KinematicFrame judgedFrame(KinematicFrame frame) {
        return liesOnBack && frame.outlineSpine().isPresent() ? frame.withoutOutlineSpine() : frame;
    }

    /**
     * The outline as this exercise shows it: lying on the back, a traced one is the belly's, so it
     * is untraced with that reason (what a report's pictures draw); otherwise as it is.
     */
    public BackOutline judgedOutline(BackOutline outline) {
        return liesOnBack && outline instanceof BackOutline.Traced traced
                ? new BackOutline.Untraced(traced.timestampMicros(), FaultSignal.BACK_AGAINST_FLOOR, traced.bodyLineSagDegrees())
                : outline;
    }

    public boolean countsReps() {
        return movement instanceof Movement.Repetitions;
    }
}
