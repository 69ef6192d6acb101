package dev.formcheck.common;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.UUID;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;

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

    /** Temporary files being written right now, removed by a shutdown hook if the JVM is stopped mid-write. */
    private static final Set<Path> IN_PROGRESS = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> IN_PROGRESS.forEach(p -> {
            try {
                Files.deleteIfExists(p);
            } catch (IOException ignored) {
                // the JVM is going down; nothing else can be done
            }
        }), "formcheck-temp-cleanup"));
    }

    /**
     * Makes {@code folder} and its parents when missing, or says in the user's words why it cannot
     * ("…: cannot create the config directory (Permission denied)").
     *
     * @param what what the folder is to the reader: "config directory", "data directory", "folder"
     */
    public static void createFolder(Path folder, String what) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new OutputNotWritableException(folder + ": cannot create the " + what + " (" + e.getMessage() + ")");
        }
    }

    /** Writes {@code target} atomically; on any failure the temporary file is removed and the target untouched. */
    public static void write(Path target, Content content) {
        checkWritable(target);
        write(target, content, temporaryFor(target));
    }

    /**
     * Writes a small file atomically whose write may be the last thing a stopping program does (the
     * desk monitor's summary on Ctrl-C): the shutdown cleanup leaves its temporary file alone, as
     * removing it would fail the very write the stop is waiting for. It exists for milliseconds.
     */
    public static void writeSmall(Path target, byte[] bytes) {
        checkWritable(target);
        write(target, out -> out.write(bytes), besideTarget(target));
    }

    private static void write(Path target, Content content, Path temp) {
        boolean committed = false;
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                 OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16)) {
                content.writeTo(new KeptOpen(out));
                out.flush();
                channel.force(true); // on disk before the rename makes it visible: no empty file after a crash
            }
            commit(temp, target);
            committed = true;
        } catch (AccessDeniedException | NoSuchFileException e) {
            throw new OutputNotWritableException(target + ": not writable (" + e.getMessage() + ")");
        } catch (IOException e) {
            throw new OutputNotWritableException(target + ": writing failed (" + describe(e) + ")");
        } finally {
            if (!committed) {
                discard(temp);
            }
        }
    }

    /**
     * A fresh temporary path beside {@code target}, for a writer that fills it itself (a video
     * encoder). Until {@link #commit} or {@link #discard}, a JVM that is stopped removes it.
     */
    public static Path temporaryFor(Path target) {
        Path temp = besideTarget(target);
        IN_PROGRESS.add(temp);
        return temp;
    }

    private static Path besideTarget(Path target) {
        removeAbandoned(target);
        // Not createTempFile: its owner-only permissions would outlive the move. The writer's
        // process id in the name tells a later run whether the file is still being written.
        return directoryOf(target).resolve(partPrefix(target) + ProcessHandle.current().pid() + "-"
                + UUID.randomUUID() + PART_SUFFIX);
    }

    private static final String PART_SUFFIX = ".part";
    /** A temporary file without a process id (written before ids were recorded) is abandoned once this old. */
    static final Duration UNOWNED_PART_AGE = Duration.ofMinutes(10);

    private static String partPrefix(Path target) {
        return "." + target.getFileName() + ".";
    }

    /**
     * Deletes temporary files for {@code target} left by a run that was killed mid-write (kill -9,
     * a power cut: no shutdown hook ran). A file whose writer is still running is left alone, so
     * two runs writing beside each other do not disturb each other.
     */
    static void removeAbandoned(Path target) {
        String prefix = partPrefix(target);
        try (DirectoryStream<Path> parts = Files.newDirectoryStream(directoryOf(target),
                p -> p.getFileName().toString().startsWith(prefix) && p.getFileName().toString().endsWith(PART_SUFFIX))) {
            for (Path part : parts) {
                String middle = part.getFileName().toString();
                middle = middle.substring(prefix.length(), middle.length() - PART_SUFFIX.length());
                if (!IN_PROGRESS.contains(part) && abandoned(part, middle)) {
                    Files.deleteIfExists(part);
                }
            }
        } catch (IOException | DirectoryIteratorException e) {
            // a leftover stays; the write itself reports any real problem with the directory
        }
    }

    private static boolean abandoned(Path part, String middle) throws IOException {
        int dash = middle.indexOf('-');
        if (dash > 0 && middle.substring(0, dash).chars().allMatch(Character::isDigit)) {
            long pid = Long.parseLong(middle.substring(0, dash));
            return ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true);
        }
        return Files.getLastModifiedTime(part).toInstant().isBefore(Instant.now().minus(UNOWNED_PART_AGE));
    }

    /** Moves a finished temporary file over {@code target} in one step where the file system allows. */
    public static void commit(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
        IN_PROGRESS.remove(temp);
    }

    /** Removes a temporary file that will not be committed; quietly, as the failure that caused it matters more. */
    public static void discard(Path temp) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException ignored) {
            // best effort: the failure being reported matters more than this leftover
        }
        IN_PROGRESS.remove(temp);
    }

    /** Writers such as Jackson close the stream they are given; the file must stay open until it is synced. */
    private static final class KeptOpen extends FilterOutputStream {
        KeptOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
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
