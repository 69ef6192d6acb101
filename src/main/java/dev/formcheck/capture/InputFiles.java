package dev.formcheck.capture;

import java.nio.file.Files;
import java.nio.file.Path;

/** The checks every file source makes before decoding, with the same messages for photos and videos. */
final class InputFiles {
    private InputFiles() {
    }

    /** Fails when {@code file} is missing, a directory or unreadable; {@code kind} names what it should be ("an image"). */
    static void checkReadable(Path file, String kind) {
        if (!Files.exists(file)) {
            throw new CaptureException(CaptureException.Reason.FILE_NOT_FOUND, file + ": file not found");
        }
        if (Files.isDirectory(file)) {
            throw new CaptureException(CaptureException.Reason.NOT_MEDIA, file + ": is a directory, not " + kind);
        }
        if (!Files.isReadable(file)) {
            throw new CaptureException(CaptureException.Reason.NOT_READABLE, file + ": not readable (permission denied)");
        }
    }
}
