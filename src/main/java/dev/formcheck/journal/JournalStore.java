package dev.formcheck.journal;

import dev.formcheck.common.AtomicFiles;
import dev.formcheck.common.FormCheckException;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The journal on disk: one file per entry in {@code journal/} under the user's data directory.
 * One file each, written atomically, so two windows or commands adding at once never clash, and
 * a damaged file costs one entry, which is reported and left as it is, never overwritten.
 */
public final class JournalStore {
    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private final Path directory;

    /** @param dataDirectory the user's data directory; entries go into its {@code journal} folder */
    public JournalStore(Path dataDirectory) {
        this.directory = dataDirectory.resolve("journal");
    }

    public Path directory() {
        return directory;
    }

    /** What reading the journal found: the entries, oldest first, and each file it had to skip. */
    public record Contents(List<JournalEntry> entries, List<String> skipped) {
        public Contents {
            entries = List.copyOf(entries);
            skipped = List.copyOf(skipped);
        }

        public Optional<JournalEntry> find(String idOrPrefix) {
            List<JournalEntry> matches = entries.stream().filter(e -> e.id().toString().startsWith(idOrPrefix)).toList();
            return matches.size() == 1 ? Optional.of(matches.get(0)) : Optional.empty();
        }
    }

    /** Saves {@code entry} as its own file and returns the file. */
    public Path add(JournalEntry entry) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new FormCheckException(directory + ": cannot make the journal folder (" + reason(e) + ")", e);
        }
        Path file = directory.resolve(fileName(entry));
        AtomicFiles.writeSmall(file, JournalFiles.toBytes(entry));
        return file;
    }

    static String fileName(JournalEntry entry) {
        return "entry-" + FILE_TIME.format(entry.writtenAt()) + "-" + entry.id() + ".json";
    }

    /** Every readable entry; an unreadable file is named in {@link Contents#skipped()} and left untouched. */
    public Contents read() {
        if (!Files.isDirectory(directory)) {
            return new Contents(List.of(), List.of());
        }
        List<JournalEntry> entries = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, "entry-*.json")) {
            for (Path file : files) {
                readOne(file, entries, skipped);
            }
        } catch (IOException e) {
            throw new FormCheckException(directory + ": cannot list the journal (" + reason(e) + ")", e);
        }
        entries.sort(Comparator.comparing(JournalEntry::writtenAt).thenComparing(JournalEntry::id));
        skipped.sort(Comparator.naturalOrder());
        return new Contents(entries, skipped);
    }

    private static void readOne(Path file, List<JournalEntry> entries, List<String> skipped) {
        if (!Files.isRegularFile(file)) {
            skipped.add(file.getFileName() + ": not a regular file; skipped");
            return;
        }
        try {
            entries.add(JournalFiles.fromBytes(Files.readAllBytes(file)));
        } catch (NoSuchFileException gone) {
            // deleted by another instance between listing and reading: nothing to report
        } catch (IOException e) {
            skipped.add(file.getFileName() + ": cannot be read (" + reason(e) + "); skipped, left as it is");
        } catch (JournalFiles.UnreadableEntry e) {
            skipped.add(file.getFileName() + ": " + e.getMessage() + "; skipped, left as it is");
        }
    }

    /** Removes one entry by its id; false when no entry has it. */
    public boolean delete(UUID id) {
        if (!Files.isDirectory(directory)) {
            return false;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, "entry-*-" + id + ".json")) {
            boolean deleted = false;
            for (Path file : files) {
                deleted |= Files.deleteIfExists(file);
            }
            return deleted;
        } catch (IOException e) {
            throw new FormCheckException(directory + ": cannot delete the entry (" + reason(e) + ")", e);
        }
    }

    private static String reason(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
