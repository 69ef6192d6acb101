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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Daily summaries as versioned JSON files, one per day, {@code desk/YYYY-MM-DD.json} under the
 * user's data directory, each written atomically ({@link AtomicFiles}). The schema is in
 * docs/desk.md. A file that cannot be read is moved aside (".unreadable") and the day starts
 * afresh, so a damaged file never stops the monitor and is never silently overwritten.
 */
public final class DailySummaryFiles implements SummaryStore {
    public static final String FORMAT = "formcheck-desk-day";
    public static final int SCHEMA_VERSION = 1;

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private final Path directory;
    private final List<String> warnings = new ArrayList<>();

    public DailySummaryFiles(Path directory) {
        this.directory = directory;
    }

    /** {@code <user data directory>/desk}. */
    public static DailySummaryFiles forCurrentUser() {
        return new DailySummaryFiles(UserDataDirectory.resolve().resolve("desk"));
    }

    public Path fileFor(LocalDate date) {
        return directory.resolve(date + ".json");
    }

    /** Files that were moved aside as unreadable, said once each, for the runner to show. */
    public List<String> warnings() {
        return List.copyOf(warnings);
    }

    @Override
    public Optional<DailySummary> load(LocalDate date) {
        Path file = fileFor(date);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(read(Files.readString(file, StandardCharsets.UTF_8)));
        } catch (IOException | IllegalArgumentException | DateTimeParseException e) {
            Path aside = file.resolveSibling(file.getFileName() + ".unreadable");
            try {
                Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException moveFailed) {
                // left where it is; the next save replaces it, as the warning says
                aside = file;
            }
            warnings.add(file + ": not a readable daily summary (" + e.getMessage() + "); kept as " + aside.getFileName()
                    + ", today starts afresh");
            return Optional.empty();
        }
    }

    @Override
    public void save(DailySummary summary) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new AtomicFiles.OutputNotWritableException(directory + ": cannot create the directory (" + e.getMessage() + ")");
        }
        byte[] bytes = write(summary).getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(fileFor(summary.date()), out -> out.write(bytes));
    }

    /** The document for one day. */
    public static String write(DailySummary s) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("schema_version", SCHEMA_VERSION);
        root.put("date", s.date().toString());
        root.put("updated_at", s.updatedAt().toString());
        ObjectNode time = root.putObject("time_ms");
        s.timeMs().forEach(time::put);
        root.put("longest_streak_ms", s.longestStreakMs());
        root.put("slouch_alerts", s.slouchAlerts());
        root.put("break_reminders", s.breakReminders());
        ArrayNode breaks = root.putArray("breaks");
        for (BreakEntry b : s.breaks()) {
            ObjectNode e = breaks.addObject();
            e.put("kind", b.kind().name().toLowerCase(Locale.ROOT));
            e.put("at", b.at().toString());
            e.put("minutes", Math.round(b.minutes() * 10) / 10.0);
        }
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a daily summary always serialises", e);
        }
    }

    /** One day's document back; throws IllegalArgumentException naming what is wrong. */
    public static DailySummary read(String text) throws IOException {
        JsonNode root = JSON.readTree(text);
        if (root == null || !root.isObject() || !FORMAT.equals(root.path("format").asText())) {
            throw new IllegalArgumentException("\"format\" is not \"" + FORMAT + "\"");
        }
        if (root.path("schema_version").asInt(-1) != SCHEMA_VERSION) {
            throw new IllegalArgumentException("schema_version " + root.path("schema_version") + " is not " + SCHEMA_VERSION);
        }
        Map<String, Long> time = new LinkedHashMap<>();
        root.path("time_ms").fields().forEachRemaining(e -> time.put(e.getKey(), e.getValue().asLong()));
        List<BreakEntry> breaks = new ArrayList<>();
        for (JsonNode b : root.path("breaks")) {
            breaks.add(new BreakEntry(BreakEntry.Kind.valueOf(b.path("kind").asText().toUpperCase(Locale.ROOT)),
                    Instant.parse(b.path("at").asText()), b.path("minutes").asDouble()));
        }
        return new DailySummary(LocalDate.parse(root.path("date").asText()), time, root.path("longest_streak_ms").asLong(),
                root.path("slouch_alerts").asInt(), root.path("break_reminders").asInt(), breaks,
                Instant.parse(root.path("updated_at").asText()));
    }
}
