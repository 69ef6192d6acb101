package dev.formcheck.desk;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.formcheck.common.AtomicFiles;
import dev.formcheck.common.UserDataDirectory;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Daily summaries as versioned JSON files, one per day, {@code desk/YYYY-MM-DD.json} under the
 * user's data directory, each written atomically ({@link AtomicFiles}). The schema is in
 * docs/desk.md. Each run keeps its own part of the day; a save reads the file, replaces its run's
 * part and writes it back while holding a lock on {@code desk/.lock}, so two monitors saving the
 * same day (two processes, or two in one) both keep their time
 * (docs/decisions/0020-desk-day-shared-by-runs.md). A file that cannot be read is moved aside under
 * a name no earlier one has ({@code .unreadable}, {@code .unreadable-2}, …) with a warning, and the
 * day starts afresh: a damaged file never stops the monitor and is never overwritten.
 */
public final class DailySummaryFiles implements SummaryStore {
    public static final String FORMAT = "formcheck-desk-day";
    /**
     * 3: {@code standing_ms} added (the time seen standing at a standing desk), otherwise as 2;
     * 2 (read): each run's part under {@code runs}; 1 (read): the day's totals alone.
     */
    public static final int SCHEMA_VERSION = 3;
    /** How long a save waits for another monitor's save to finish: those take milliseconds. */
    static final Duration LOCK_WAIT = Duration.ofSeconds(2);
    /** The id a day saved as schema 1 (before runs were kept apart) is kept under, as one run. */
    static final String EARLIER_RUNS = "saved-before-runs-were-kept-apart";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    /** File locks belong to the whole process: saves within one JVM take turns here first. */
    private static final Object IN_PROCESS = new Object();

    private final Path directory;
    private final Consumer<String> onWarning;
    private final List<String> warnings = new ArrayList<>();

    /** @param onWarning told, once each, of every file moved aside as unreadable (for the runner to show) */
    public DailySummaryFiles(Path directory, Consumer<String> onWarning) {
        this.directory = directory;
        this.onWarning = onWarning;
    }

    public DailySummaryFiles(Path directory) {
        this(directory, warning -> { });
    }

    /** {@code <user data directory>/desk}. */
    public static DailySummaryFiles forCurrentUser(Consumer<String> onWarning) {
        return new DailySummaryFiles(UserDataDirectory.resolve().resolve("desk"), onWarning);
    }

    public Path fileFor(LocalDate date) {
        return directory.resolve(date + ".json");
    }

    /** Every warning so far (files moved aside as unreadable). */
    public List<String> warnings() {
        synchronized (warnings) {
            return List.copyOf(warnings);
        }
    }

    @Override
    public Optional<DeskDay> load(LocalDate date) {
        if (!Files.isRegularFile(fileFor(date))) {
            return Optional.empty();
        }
        return locked(() -> readOrSetAside(date));
    }

    @Override
    public DeskDay save(DeskRun run) {
        LocalDate date = run.summary().date();
        return locked(() -> {
            removeLeftovers();
            DeskDay day = readOrSetAside(date).orElseGet(() -> DeskDay.empty(date)).with(run);
            AtomicFiles.writeSmall(fileFor(date), write(day).getBytes(StandardCharsets.UTF_8));
            return day;
        });
    }

    private Optional<DeskDay> readOrSetAside(LocalDate date) {
        Path file = fileFor(date);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            DeskDay day = read(Files.readString(file, StandardCharsets.UTF_8));
            if (!day.date().equals(date)) {
                throw new IllegalArgumentException("it is dated " + day.date());
            }
            return Optional.of(day);
        } catch (IOException | IllegalArgumentException | DateTimeParseException e) {
            String kept = setAside(file).map(p -> "kept as " + p.getFileName())
                    .orElse("could not be moved aside, and the next save replaces it");
            warn(file + ": not a readable daily summary (" + whyUnreadable(e) + "); " + kept + ", today starts afresh");
            return Optional.empty();
        }
    }

    /**
     * Removes temporary files a save killed mid-write (kill -9, a power cut) left behind: every save
     * writes under the lock, which is held now, so none of them is being written.
     */
    private void removeLeftovers() {
        try (var files = Files.list(directory)) {
            for (Path p : files.filter(DailySummaryFiles::isTemporary).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a leftover stays until the next save; the save itself matters more
        }
    }

    private static boolean isTemporary(Path p) {
        String name = p.getFileName().toString();
        return name.startsWith(".") && name.endsWith(".part") && name.contains(".json.");
    }

    /** What is wrong with a day file, in one line: the parser's own text carries its internals and spans lines. */
    static String whyUnreadable(Exception e) {
        if (e instanceof JsonProcessingException json) {
            var at = json.getLocation();
            return "not valid JSON" + (at == null || at.getLineNr() < 1 ? ""
                    : " at line " + at.getLineNr() + ", column " + at.getColumnNr());
        }
        return e.getMessage();
    }

    /** Moves {@code file} to the first free name of {@code .unreadable}, {@code .unreadable-2}, …; never over another. */
    private static Optional<Path> setAside(Path file) {
        for (int n = 1; n < 10_000; n++) {
            Path aside = file.resolveSibling(file.getFileName() + ".unreadable" + (n == 1 ? "" : "-" + n));
            try {
                Files.move(file, aside);
                return Optional.of(aside);
            } catch (FileAlreadyExistsException taken) {
                // an earlier damaged file keeps its name: try the next
            } catch (IOException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private void warn(String warning) {
        synchronized (warnings) {
            warnings.add(warning);
        }
        onWarning.accept(warning);
    }

    /** Runs {@code work} holding this JVM's turn and the lock file's lock, waiting at most {@link #LOCK_WAIT} for them. */
    private <T> T locked(Supplier<T> work) {
        AtomicFiles.createFolder(directory, "directory");
        Path lockFile = directory.resolve(".lock");
        synchronized (IN_PROCESS) {
            try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
                long deadline = System.nanoTime() + LOCK_WAIT.toNanos();
                FileLock lock;
                while ((lock = channel.tryLock()) == null) {
                    if (System.nanoTime() > deadline) {
                        throw new AtomicFiles.OutputNotWritableException(lockFile + ": another FormCheck has held the daily "
                                + "summary's lock for " + LOCK_WAIT.toSeconds() + " s; is it stuck?");
                    }
                    Thread.sleep(10);
                }
                try (FileLock held = lock) {
                    return work.get();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AtomicFiles.OutputNotWritableException(lockFile + ": interrupted while waiting for the lock");
            } catch (IOException e) {
                throw new AtomicFiles.OutputNotWritableException(lockFile + ": cannot lock the daily summaries (" + e.getMessage() + ")");
            }
        }
    }

    /** The document for one day: its totals, then each run's part. */
    public static String write(DeskDay day) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("schema_version", SCHEMA_VERSION);
        DailySummary total = day.total();
        root.put("date", day.date().toString());
        root.put("updated_at", total.updatedAt().toString());
        putCounts(root, total);
        ArrayNode runs = root.putArray("runs");
        for (DeskRun r : day.runs()) {
            ObjectNode run = runs.addObject();
            run.put("id", r.id());
            r.startedAt().ifPresent(t -> run.put("started_at", t.toString()));
            run.put("updated_at", r.summary().updatedAt().toString());
            putCounts(run, r.summary());
        }
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a daily summary always serialises", e);
        }
    }

    private static void putCounts(ObjectNode node, DailySummary s) {
        ObjectNode time = node.putObject("time_ms");
        s.timeMs().forEach(time::put);
        node.put("longest_streak_ms", s.longestStreakMs());
        node.put("slouch_alerts", s.slouchAlerts());
        node.put("break_reminders", s.breakReminders());
        node.put("standing_ms", s.standingMs());
        ArrayNode breaks = node.putArray("breaks");
        for (BreakEntry b : s.breaks()) {
            ObjectNode e = breaks.addObject();
            e.put("kind", b.kind().name().toLowerCase(Locale.ROOT));
            e.put("at", b.at().toString());
            e.put("minutes", Math.round(b.minutes() * 10) / 10.0);
        }
    }

    /** One day's document back (schema 3 or 2, or 1 as one run); throws IllegalArgumentException naming what is wrong. */
    public static DeskDay read(String text) throws IOException {
        JsonNode root = JSON.readTree(text);
        if (root == null || !root.isObject() || !FORMAT.equals(root.path("format").asText())) {
            throw new IllegalArgumentException("\"format\" is not \"" + FORMAT + "\"");
        }
        int version = root.path("schema_version").asInt(-1);
        if (version < 1 || version > SCHEMA_VERSION) {
            throw new IllegalArgumentException("schema_version " + root.path("schema_version") + " is not 1 to " + SCHEMA_VERSION
                    + (version > SCHEMA_VERSION ? " (written by a newer FormCheck)" : ""));
        }
        LocalDate date = LocalDate.parse(root.path("date").asText());
        if (version == 1) {
            return new DeskDay(date, List.of(new DeskRun(EARLIER_RUNS, Optional.empty(), counts(root, date))));
        }
        if (!root.path("runs").isArray()) {
            throw new IllegalArgumentException("\"runs\" is missing");
        }
        List<DeskRun> runs = new ArrayList<>();
        for (JsonNode r : root.path("runs")) {
            String id = r.path("id").asText();
            Optional<Instant> started = r.hasNonNull("started_at") ? Optional.of(Instant.parse(r.path("started_at").asText()))
                    : Optional.empty();
            runs.add(new DeskRun(id, started, counts(r, date)));
        }
        return new DeskDay(date, runs);
    }

    private static DailySummary counts(JsonNode node, LocalDate date) {
        Map<String, Long> time = new LinkedHashMap<>();
        node.path("time_ms").fields().forEachRemaining(e -> time.put(e.getKey(), e.getValue().asLong()));
        List<BreakEntry> breaks = new ArrayList<>();
        for (JsonNode b : node.path("breaks")) {
            breaks.add(new BreakEntry(BreakEntry.Kind.valueOf(b.path("kind").asText().toUpperCase(Locale.ROOT)),
                    Instant.parse(b.path("at").asText()), b.path("minutes").asDouble()));
        }
        return new DailySummary(date, time, node.path("longest_streak_ms").asLong(), node.path("slouch_alerts").asInt(),
                node.path("break_reminders").asInt(), breaks, Instant.parse(node.path("updated_at").asText()),
                Math.max(0, node.path("standing_ms").asLong(0))); // absent before schema 3
    }
}
