package dev.formcheck.records;

import dev.formcheck.common.FormCheckException;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The session records on disk: {@code sessions/} under the user's data directory, a summary
 * ({@code ID.json}) per finished session and a log ({@code ID.events.jsonl}) per running or
 * interrupted one. Each session has its own files, so two FormCheck windows or commands recording
 * at once never touch each other's.
 */
public final class SessionStore {
    static final String SUMMARY_SUFFIX = ".json";
    static final String LOG_SUFFIX = ".events.jsonl";
    private static final DateTimeFormatter ID_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final Path directory;

    /** @param dataDirectory the user's data directory; records go into its {@code sessions} folder */
    public SessionStore(Path dataDirectory) {
        this.directory = dataDirectory.resolve("sessions");
    }

    public Path directory() {
        return directory;
    }

    /** A new session's id: when it started (UTC) and a random part, e.g. {@code 20261207-163000-4f2a}. */
    public static String newId(Instant startedAt) {
        return ID_TIME.format(startedAt) + "-" + String.format(Locale.ROOT, "%04x", ThreadLocalRandom.current().nextInt(0x10000));
    }

    /** What reading found: the records, oldest first, and each file skipped (named, with why). */
    public record Contents(List<SessionRecord> records, List<String> skipped) {
        public Contents {
            records = List.copyOf(records);
            skipped = List.copyOf(skipped);
        }
    }

    /** Every readable record; a damaged, truncated or future file is reported and left as it is. */
    public Contents read() {
        if (!Files.isDirectory(directory)) {
            return new Contents(List.of(), List.of());
        }
        List<SessionRecord> records = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        Set<String> summarised = new HashSet<>();
        List<Path> logs = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory)) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                if (name.startsWith(".")) {
                    continue; // a summary being written right now (AtomicFiles' temporary file)
                }
                if (name.endsWith(LOG_SUFFIX)) {
                    logs.add(file);
                } else if (name.endsWith(SUMMARY_SUFFIX)) {
                    try {
                        SessionRecord r = RecordFiles.readSummary(Files.readAllBytes(file));
                        records.add(r);
                        summarised.add(r.id());
                    } catch (RecordFiles.UnreadableRecord e) {
                        skipped.add(name + ": " + e.getMessage() + "; skipped, left as it is");
                    } catch (NoSuchFileException gone) {
                        // deleted between listing and reading
                    }
                }
            }
            for (Path log : logs) {
                String id = log.getFileName().toString().replace(LOG_SUFFIX, "");
                if (summarised.contains(id)) {
                    continue; // finished: the summary holds everything
                }
                try {
                    records.add(SessionRecord.fold(RecordFiles.readLog(Files.readAllBytes(log))));
                } catch (RecordFiles.UnreadableRecord e) {
                    skipped.add(log.getFileName() + ": " + e.getMessage() + "; skipped, left as it is");
                } catch (NoSuchFileException gone) {
                    // finished and removed between listing and reading: its summary is read next time
                }
            }
        } catch (IOException e) {
            throw new FormCheckException(directory + ": cannot read the session records (" + e.getMessage() + ")", e);
        }
        records.sort(Comparator.comparing((SessionRecord r) -> r.header().startedAt()).thenComparing(SessionRecord::id));
        skipped.sort(Comparator.naturalOrder());
        return new Contents(records, skipped);
    }
}
