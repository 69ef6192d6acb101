package dev.formcheck.common;

/**
 * The base of every stage's boundary exception (capture, pose, model import, file output). Its
 * message is written for the user, names the file or device at fault and says what to do; the
 * command line prints it as it is, without a stack trace.
 */
public class FormCheckException extends RuntimeException {
    public FormCheckException(String message) {
        super(message);
    }

    public FormCheckException(String message, Throwable cause) {
        super(message, cause);
    }
}
