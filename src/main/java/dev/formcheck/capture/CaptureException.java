package dev.formcheck.capture;

/** The capture stage's one exception type; its message says what went wrong with which source. */
public class CaptureException extends RuntimeException {
    public CaptureException(String message) {
        super(message);
    }

    public CaptureException(String message, Throwable cause) {
        super(message, cause);
    }
}
