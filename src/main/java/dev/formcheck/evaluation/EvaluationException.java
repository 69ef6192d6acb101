package dev.formcheck.evaluation;

import dev.formcheck.common.FormCheckException;

/** A labels file that cannot be read or makes no sense, said so the user can fix it. */
public final class EvaluationException extends FormCheckException {
    public EvaluationException(String message) {
        super(message);
    }

    public EvaluationException(String message, Throwable cause) {
        super(message, cause);
    }
}
