package dev.formcheck.capture;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/** The checks every file source makes before decoding, with the same messages for photos and videos. */
final class InputFiles {
    private InputFiles() {
    }

    /**
     * Fails when {@code file} is missing, behind a folder this user may not open, a directory, not
     * a regular file (a named pipe would block the decoder forever) or unreadable; {@code kind}
     * names what it should be ("an image").
     */
    static void checkReadable(Path file, String kind) {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (IOException e) {
            throw cannotReach(file, e);
        }
        if (attributes.isDirectory()) {
            throw new CaptureException(CaptureException.Reason.NOT_MEDIA, file + ": is a directory, not " + kind);
        }
        if (!attributes.isRegularFile()) {
            throw new CaptureException(CaptureException.Reason.NOT_A_REGULAR_FILE, file + ": not a regular file "
                    + "(a named pipe, a device or a socket); FormCheck reads " + kind + " from a file on disk");
        }
        if (!Files.isReadable(file)) {
            throw new CaptureException(CaptureException.Reason.PERMISSION_DENIED, file + ": not readable (permission denied)");
        }
    }

    /** Why a file's attributes could not be read, in the user's words: missing is not the same as forbidden. */
    static CaptureException cannotReach(Path file, IOException e) {
        if (e instanceof NoSuchFileException) {
            return new CaptureException(CaptureException.Reason.FILE_NOT_FOUND, file + ": file not found");
        }
        if (e instanceof AccessDeniedException) {
            return new CaptureException(CaptureException.Reason.PERMISSION_DENIED,
                    file + ": permission denied (a folder on its path does not let you in)", e);
        }
        return new CaptureException(CaptureException.Reason.NOT_READABLE, file + ": cannot be read (" + e.getMessage() + ")", e);
    }
}
