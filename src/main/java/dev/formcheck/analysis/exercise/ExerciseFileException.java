package dev.formcheck.analysis.exercise;

import dev.formcheck.common.FormCheckException;

/**
 * An exercise file that cannot be used, with the file and the field named: "wall-sit.json:
 * movement.phases[1].enter: needs one of at_or_above, at_or_below".
 */
public final class ExerciseFileException extends FormCheckException {
    private final String file;
    private final String field;

    public ExerciseFileException(String file, String field, String problem) {
        super(file + (field.isEmpty() ? "" : ": " + field) + ": " + problem);
        this.file = file;
        this.field = field;
    }

    public ExerciseFileException(String file, String field, String problem, Throwable cause) {
        super(file + (field.isEmpty() ? "" : ": " + field) + ": " + problem, cause);
        this.file = file;
        this.field = field;
    }

    /** The file, as the message names it. */
    public String file() {
        return file;
    }

    /** The field's path inside it ("checks[2].cue"), empty when the whole file is at fault. */
    public String field() {
        return field;
    }
}
