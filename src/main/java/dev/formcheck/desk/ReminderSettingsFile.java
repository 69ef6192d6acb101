package dev.formcheck.desk;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.formcheck.common.AtomicFiles;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * The user's reminder choices between runs: {@code desk-reminders.json} in the config directory,
 * versioned JSON written atomically. A missing file means the shipped defaults; a damaged one, or
 * one from a newer FormCheck, gives the defaults with a note naming the file, and is left as it is
 * until the user saves new choices.
 */
public final class ReminderSettingsFile {
    public static final String FILE_NAME = "desk-reminders.json";
    public static final int SCHEMA_VERSION = 1;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;

    public ReminderSettingsFile(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    /** The settings to use, and a note for the user when the file was there but could not be used. */
    public record Loaded(ReminderSettings settings, Optional<String> note) {
    }

    /** Reads the file; {@code defaults} when it is missing or unusable. */
    public Loaded load(ReminderSettings defaults) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return new Loaded(defaults, Optional.empty());
        } catch (IOException e) {
            return unusable(defaults, "could not be read (" + e.getMessage() + ")");
        }
        try {
            return new Loaded(parse(JSON.readTree(text), defaults), Optional.empty());
        } catch (JsonProcessingException e) {
            return unusable(defaults, "is not valid JSON (line " + e.getLocation().getLineNr() + ")");
        } catch (IllegalArgumentException e) {
            return unusable(defaults, "has a value FormCheck cannot use (" + e.getMessage() + ")");
        }
    }

    private Loaded unusable(ReminderSettings defaults, String why) {
        return new Loaded(defaults, Optional.of("Your reminder settings " + file + " " + why
                + "; desk mode uses the defaults until you start it with new choices, which replaces the file."));
    }

    static ReminderSettings parse(JsonNode root, ReminderSettings defaults) {
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("the file holds no settings object");
        }
        int version = root.path("schemaVersion").asInt(-1);
        if (version != SCHEMA_VERSION) {
            throw new IllegalArgumentException(version > SCHEMA_VERSION
                    ? "schemaVersion " + version + " is from a newer FormCheck; this one reads " + SCHEMA_VERSION
                    : "schemaVersion " + version + ", expected " + SCHEMA_VERSION);
        }
        int soundFrom = whole(root, "soundFrom", defaults.soundFrom());
        int panelFrom = whole(root, "panelFrom", defaults.panelFrom());
        boolean praise = root.path("praise").asBoolean(defaults.praise());
        Duration praiseAfter = minutes(root.path("praiseAfterMinutes"), "praiseAfterMinutes")
                .orElse(defaults.praiseAfter());
        JsonNode quiet = root.path("quietHours");
        Optional<QuietHours> quietHours = quiet.isTextual() ? Optional.of(QuietHours.parse(quiet.asText())) : Optional.empty();
        JsonNode sitStand = root.path("sitStand");
        Optional<ReminderSettings.SitStand> schedule = Optional.empty();
        if (sitStand.isObject()) {
            schedule = Optional.of(new ReminderSettings.SitStand(
                    minutes(sitStand.path("sitMinutes"), "sitStand.sitMinutes").orElseThrow(
                            () -> new IllegalArgumentException("sitStand needs sitMinutes")),
                    minutes(sitStand.path("standMinutes"), "sitStand.standMinutes").orElseThrow(
                            () -> new IllegalArgumentException("sitStand needs standMinutes"))));
        }
        return new ReminderSettings(soundFrom, panelFrom, praise, praiseAfter, quietHours, schedule);
    }

    private static int whole(JsonNode root, String field, int fallback) {
        JsonNode n = root.path(field);
        if (n.isMissingNode()) {
            return fallback;
        }
        if (!n.canConvertToExactIntegral()) {
            throw new IllegalArgumentException(field + " must be a whole number, not " + n);
        }
        return n.asInt();
    }

    private static Optional<Duration> minutes(JsonNode n, String field) {
        if (n.isMissingNode() || n.isNull()) {
            return Optional.empty();
        }
        if (!n.isNumber() || !(n.asDouble() > 0) || n.asDouble() > 24 * 60) {
            throw new IllegalArgumentException(field + " must be minutes from above 0 to 1440, not " + n);
        }
        return Optional.of(Duration.ofMillis(Math.round(n.asDouble() * 60_000)));
    }

    /** Writes the settings atomically, making the config directory when needed. */
    public void save(ReminderSettings s) {
        ObjectNode root = JSON.createObjectNode();
        root.put("schemaVersion", SCHEMA_VERSION);
        root.put("soundFrom", s.soundFrom());
        root.put("panelFrom", s.panelFrom());
        root.put("praise", s.praise());
        root.put("praiseAfterMinutes", s.praiseAfter().toMillis() / 60_000.0);
        s.quietHours().ifPresent(q -> root.put("quietHours", q.start() + "-" + q.end()));
        s.sitStand().ifPresent(ss -> {
            ObjectNode n = root.putObject("sitStand");
            n.put("sitMinutes", ss.sit().toMillis() / 60_000.0);
            n.put("standMinutes", ss.stand().toMillis() / 60_000.0);
        });
        AtomicFiles.createFolder(file.getParent(), "config directory");
        AtomicFiles.write(file, out -> JSON.writerWithDefaultPrettyPrinter().writeValue(out, root));
    }
}
