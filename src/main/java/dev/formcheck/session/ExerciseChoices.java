package dev.formcheck.session;

import dev.formcheck.analysis.exercise.ExerciseFiles;
import dev.formcheck.analysis.exercise.ExerciseSession;
import dev.formcheck.analysis.exercise.Exercises;
import dev.formcheck.analysis.thresholds.CalibrationFiles;
import dev.formcheck.analysis.thresholds.Thresholds;
import dev.formcheck.common.UserDataDirectory;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The exercises a user may choose from: every shipped exercise, then their own (files in
 * {@code exercises/} in their data directory, {@link ExerciseFiles}), then "auto" (recognise it).
 */
public final class ExerciseChoices {
    /** Read once per data directory: the files do not change while the program runs. */
    private static volatile Loaded loaded;

    private record Loaded(Path folder, ExerciseFiles.UserExercises user, List<String> names) {
    }

    private ExerciseChoices() {
    }

    /** The user's exercise files, read once from their data directory (the {@code formcheck.data} property overrides it). */
    public static ExerciseFiles.UserExercises userExercises() {
        return load().user();
    }

    /** The shipped exercises and the user's, with these thresholds. */
    public static Exercises exercises(Thresholds thresholds) {
        return Exercises.from(thresholds, userExercises());
    }

    /** Why some of the user's exercise files are not offered, one message each naming the file and the field. */
    public static List<String> problems() {
        return exercises(CalibrationFiles.defaults()).problems();
    }

    public static List<String> all() {
        return load().names();
    }

    private static Loaded load() {
        Path folder = ExerciseFiles.userFolder(UserDataDirectory.resolve());
        Loaded known = loaded;
        if (known == null || !known.folder().equals(folder)) {
            ExerciseFiles.UserExercises user = ExerciseFiles.readUserFolder(folder);
            List<String> list = new ArrayList<>(Exercises.from(CalibrationFiles.defaults(), user).names());
            list.add(ExerciseSession.AUTO);
            known = new Loaded(folder, user, List.copyOf(list));
            loaded = known;
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
