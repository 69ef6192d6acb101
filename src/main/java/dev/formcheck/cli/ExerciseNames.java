package dev.formcheck.cli;

import dev.formcheck.analysis.exercise.ExerciseSession;
import dev.formcheck.analysis.exercise.Exercises;
import dev.formcheck.analysis.thresholds.CalibrationFiles;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** The values {@code --exercise} takes, for the help and shell completion: every exercise, then auto. */
final class ExerciseNames implements Iterable<String> {
    static List<String> all() {
        List<String> names = new ArrayList<>(Exercises.from(CalibrationFiles.defaults()).names());
        names.add(ExerciseSession.AUTO);
        return names;
    }

    @Override
    public Iterator<String> iterator() {
        return all().iterator();
    }
}
