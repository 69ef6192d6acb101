package dev.formcheck.capture;

import dev.formcheck.common.FormCheckException;

/** The capture stage's one exception type; its message says what went wrong with which source. */
public class CaptureException extends FormCheckException {
    public CaptureException(String message) {
        super(message);
    }

    public CaptureException(String message, Throwable cause) {
        super(message, cause);
    }
}
