package dev.formcheck.media;

import dev.formcheck.common.FormCheckException;

/** The media stage's one exception type: its message names the output file and says what failed. */
public class MediaException extends FormCheckException {
    public MediaException(String message) {
        super(message);
    }

    public MediaException(String message, Throwable cause) {
        super(message, cause);
    }
}
