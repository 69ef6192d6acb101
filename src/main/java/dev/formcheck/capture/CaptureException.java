package dev.formcheck.capture;

import dev.formcheck.common.FormCheckException;

/**
 * The capture stage's one exception type: what went wrong with which source, in words a user can
 * act on, and a {@link Reason} code for the code that must react (retry a busy camera, stop on a
 * missing file).
 */
public class CaptureException extends FormCheckException {
    /** Why a source could not open or stopped delivering frames. */
    public enum Reason {
        FILE_NOT_FOUND,
        NOT_READABLE,
        /** Not a video or image at all, or damaged beyond reading. */
        NOT_MEDIA,
        /** A container that starts like a video but is cut short. */
        TRUNCATED,
        NO_VIDEO_STREAM,
        UNSUPPORTED_CODEC,
        NO_CAMERA,
        CAMERA_BUSY,
        CAMERA_UNPLUGGED,
        /** An image larger than FormCheck decodes (ImageFiles.MAX_PIXELS). */
        TOO_LARGE,
        /** A named pipe, device or socket: not a file that can be read to its end and rewound. */
        NOT_A_REGULAR_FILE,
        /** The file or a folder on its path does not let this user read it. */
        PERMISSION_DENIED,
        /** Anything else the decoder or device reported. */
        READ_FAILED
    }

    private final Reason reason;

    public CaptureException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public CaptureException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
