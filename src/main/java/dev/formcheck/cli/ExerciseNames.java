package dev.formcheck.cli;

import dev.formcheck.session.ExerciseChoices;

import java.util.Iterator;

/** The values {@code --exercise} takes, for the help and shell completion: every exercise, then auto. */
final class ExerciseNames implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
        return ExerciseChoices.all().iterator();
    }
}
