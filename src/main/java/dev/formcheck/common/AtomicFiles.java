package dev.formcheck.common;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * Writes files so that readers see either the old content or the complete new content, never a
 * half-written file: data goes to a temporary file beside the target, which is then moved over it.
 */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    /** What writes the content; it may throw the unchecked exceptions of its own domain. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Fails early, before any work, when {@code target} could not be written. */
    public static void checkWritable(Path target) {
        Path dir = directoryOf(target);
        if (Files.isDirectory(target)) {
            throw new OutputNotWritableException(target + ": is a directory");
        }
        if (!Files.isDirectory(dir)) {
            throw new OutputNotWritableException(target + ": directory " + dir + " does not exist");
        }
        if (!Files.isWritable(dir) || (Files.exists(target) && !Files.isWritable(target))) {
            throw new OutputNotWritableException(target + ": not writable (permission denied)");
        }
    }

    /** Writes {@code target} atomically; on any failure the temporary file is removed and the target untouched. */
    public static void write(Path target, Content content) {
        checkWritable(target);
        Path dir = directoryOf(target);
        Path temp = null;
        try {
            // Not createTempFile: its owner-only permissions would outlive the move.
            temp = dir.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".part");
            try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                content.writeTo(out);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            temp = null;
        } catch (AccessDeniedException | NoSuchFileException e) {
            throw new OutputNotWritableException(target + ": not writable (" + e.getMessage() + ")");
        } catch (IOException e) {
            throw new OutputNotWritableException(target + ": writing failed (" + describe(e) + ")");
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // best effort: the failure being reported matters more than this leftover
                }
            }
        }
    }

    private static String describe(IOException e) {
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m;
    }

    private static Path directoryOf(Path target) {
        Path parent = target.toAbsolutePath().getParent();
        return parent == null ? Path.of(".").toAbsolutePath() : parent;
    }

    /** An output file that cannot be written; the message names it and says why. */
    public static final class OutputNotWritableException extends FormCheckException {
        public OutputNotWritableException(String message) {
            super(message);
        }
    }
}
