package dev.formcheck.session;

import dev.formcheck.analysis.exercise.ExerciseSession;
import dev.formcheck.analysis.exercise.Exercises;
import dev.formcheck.analysis.thresholds.CalibrationFiles;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The exercises a user may choose from: every defined exercise, then "auto" (recognise it). */
public final class ExerciseChoices {
    /** Read once: the shipped definitions do not change while the program runs. */
    private static volatile List<String> names;

    private ExerciseChoices() {
    }

    public static List<String> all() {
        List<String> known = names;
        if (known == null) {
            List<String> list = new ArrayList<>(Exercises.from(CalibrationFiles.defaults()).names());
            list.add(ExerciseSession.AUTO);
            known = List.copyOf(list);
            names = known;
        }
        return known;
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
