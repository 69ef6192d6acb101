package dev.formcheck.pose;

import dev.formcheck.common.FormCheckException;

/** The pose stage's one exception type: a model that is missing, damaged or not MoveNet, or a failed run. */
public class PoseException extends FormCheckException {
    public PoseException(String message) {
        super(message);
    }

    public PoseException(String message, Throwable cause) {
        super(message, cause);
    }
}
