package dev.formcheck.pose;

/** The pose stage's one exception type: a model that is missing, damaged or not MoveNet, or a failed run. */
public class PoseException extends RuntimeException {
    public PoseException(String message) {
        super(message);
    }

    public PoseException(String message, Throwable cause) {
        super(message, cause);
    }
}
