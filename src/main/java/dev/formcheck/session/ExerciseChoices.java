package dev.formcheck.session;

import dev.formcheck.analysis.exercise.ExerciseSession;
import dev.formcheck.analysis.exercise.Exercises;
import dev.formcheck.analysis.thresholds.CalibrationFiles;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The exercises a user may choose from: every defined exercise, then "auto" (recognise it). */
public final class ExerciseChoices {
    private ExerciseChoices() {
    }

    public static List<String> all() {
        List<String> names = new ArrayList<>(Exercises.from(CalibrationFiles.defaults()).names());
        names.add(ExerciseSession.AUTO);
        return List.copyOf(names);
    }

    /** Why {@code name} is not a choice, if it is not one, in words naming the choices. */
    public static Optional<String> problemWith(String name) {
        List<String> known = all();
        if (!known.contains(name)) {
            return Optional.of("no exercise named '" + name + "'; choose one of " + String.join(", ", known));
        }
        return Optional.empty();
    }
}
