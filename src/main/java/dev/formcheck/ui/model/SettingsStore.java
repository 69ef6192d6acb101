package dev.formcheck.ui.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.formcheck.common.AtomicFiles;
import dev.formcheck.common.UserDataDirectory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * The window's settings file, {@code settings.json} in the user's config directory: read once at
 * start (a missing file gives the defaults, an unreadable one the defaults and a note saying
 * why), written atomically whenever a choice changes and when the window closes.
 */
public final class SettingsStore {
    public static final String FILE_NAME = "settings.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;

    public SettingsStore(Path file) {
        this.file = file;
    }

    public static SettingsStore inUserConfig() {
        return new SettingsStore(UserDataDirectory.config().resolve(FILE_NAME));
    }

    public Path file() {
        return file;
    }

    /** The settings, and a note for the user when the file was there but could not be used. */
    public record Loaded(AppSettings settings, Optional<String> note) {
    }

    public Loaded load() {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return new Loaded(AppSettings.defaults(), Optional.empty());
        } catch (IOException e) {
            return unusable("could not be read (" + e.getMessage() + ")");
        }
        try {
            return new Loaded(parse(JSON.readTree(text)), Optional.empty());
        } catch (JsonProcessingException e) {
            return unusable("is not valid JSON (line " + e.getLocation().getLineNr() + ")");
        } catch (IllegalArgumentException e) {
            return unusable("has a value FormCheck cannot use (" + e.getMessage() + ")");
        }
    }

    private Loaded unusable(String why) {
        return new Loaded(AppSettings.defaults(), Optional.of("Your settings file " + file + " " + why
                + "; FormCheck started with its defaults and will write a fresh file."));
    }

    static AppSettings parse(JsonNode root) {
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("the file holds no settings object");
        }
        int version = root.path("schemaVersion").asInt(-1);
        if (version != AppSettings.SCHEMA_VERSION) {
            throw new IllegalArgumentException("schemaVersion " + version + ", expected " + AppSettings.SCHEMA_VERSION);
        }
        AppSettings d = AppSettings.defaults();
        JsonNode w = root.path("window");
        Optional<AppSettings.Bounds> bounds = w.isObject()
                ? Optional.of(new AppSettings.Bounds(w.path("x").asInt(), w.path("y").asInt(), w.path("width").asInt(),
                        w.path("height").asInt()))
                : Optional.empty();
        AppSettings.Theme theme = AppSettings.Theme.valueOf(root.path("theme").asText(d.theme().name()).toUpperCase(Locale.ROOT));
        JsonNode dir = root.path("lastDirectory");
        return new AppSettings(version, bounds, root.path("maximized").asBoolean(false), theme,
                root.path("exercise").asText(d.exercise()), root.path("muted").asBoolean(false),
                root.path("noticeSeen").asBoolean(false), dir.isTextual() ? Optional.of(dir.asText()) : Optional.empty(),
                root.path("speakReps").asBoolean(false), root.path("recordWorkouts").asBoolean(true));
    }

    /** Writes the settings atomically, making the config directory when needed. */
    public void save(AppSettings s) {
        ObjectNode root = JSON.createObjectNode();
        root.put("schemaVersion", s.schemaVersion());
        s.window().ifPresent(b -> {
            ObjectNode w = root.putObject("window");
            w.put("x", b.x());
            w.put("y", b.y());
            w.put("width", b.width());
            w.put("height", b.height());
        });
        root.put("maximized", s.maximized());
        root.put("theme", s.theme().name().toLowerCase(Locale.ROOT));
        root.put("exercise", s.exercise());
        root.put("muted", s.muted());
        root.put("noticeSeen", s.noticeSeen());
        root.put("speakReps", s.speakReps());
        root.put("recordWorkouts", s.recordWorkouts());
        s.lastDirectory().ifPresent(d -> root.put("lastDirectory", d));
        AtomicFiles.createFolder(file.getParent(), "config directory");
        AtomicFiles.write(file, out -> JSON.writerWithDefaultPrettyPrinter().writeValue(out, root));
    }
}
