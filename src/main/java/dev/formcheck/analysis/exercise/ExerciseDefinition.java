package dev.formcheck.analysis.exercise;

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
 */
public record ExerciseDefinition(String name, Movement movement, List<FrameCheck> checks, List<RepCheck> repChecks) {
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

    /** The movement alone, without its checks: what recognition needs (reps and holds), at a fraction of the work. */
    public ExerciseDefinition movementOnly() {
        return new ExerciseDefinition(name, movement, List.of(), List.of());
    }

    public boolean countsReps() {
        return movement instanceof Movement.Repetitions;
    }
}
