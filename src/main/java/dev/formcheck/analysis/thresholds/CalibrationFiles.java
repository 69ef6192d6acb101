package dev.formcheck.analysis.thresholds;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.formcheck.common.AtomicFiles;
import dev.formcheck.common.UserDataDirectory;

import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads calibration files (format {@value #FORMAT}, schema version {@value #SCHEMA_VERSION},
 * described by {@code calibration/schema/calibration-v1.schema.json}) and merges a user's
 * calibration over the shipped defaults, in {@link #load(Thresholds, Path)} and nowhere else.
 *
 * <p>The shipped defaults are {@code calibration/defaults.json}, copied into the jar by the build
 * (decision 0006); a broken one is a build error, so {@link #defaults()} throws. A user's
 * calibration that cannot be used, whether missing, unreadable, not JSON, somebody else's JSON
 * or out of range, never stops a session: {@link #load} returns the defaults and a warning that
 * names the file and the field.
 */
public final class CalibrationFiles {
    /** The value of "format" in every calibration file: tells ours from other JSON. */
    public static final String FORMAT = "formcheck-calibration";
    public static final int SCHEMA_VERSION = 1;
    /** The user's calibration in their data directory ({@link UserDataDirectory}). */
    public static final String USER_FILE_NAME = "calibration.json";
    /** How messages name the shipped defaults: their path in the repository. */
    public static final String DEFAULTS_LABEL = "calibration/defaults.json";
    /** The defaults on the classpath, beside this class. */
    static final String DEFAULTS_RESOURCE = "defaults.json";

    /** Ends the warning for a user file that cannot be used at all. */
    static final String USING_DEFAULTS = "; using the defaults";
    /** Ends the message when a file to store a calibration in is not one. */
    static final String NOT_OVERWRITTEN = "; not overwritten: fix or remove it, or store the calibration elsewhere with --out";
    /** Ends the warning for a user file whose thresholds cannot be used. */
    static final String USING_DEFAULT_THRESHOLDS = "; using the default thresholds";

    private static final Set<String> DEFAULTS_FIELDS = Set.of("format", "schema_version", "kind", "thresholds");
    private static final Set<String> USER_FIELDS = Set.of("format", "schema_version", "kind", "thresholds", NeutralBlocks.FIELD);
    private static final Set<String> DEFAULT_ENTRY_FIELDS =
            Set.of("value", "unit", "min", "max", "reason", "source", "below");
    private static final Set<String> USER_ENTRY_FIELDS = Set.of("value", "unit", "reason", "source");
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '([^']*)'");

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private static volatile Thresholds shipped;

    private CalibrationFiles() {
    }

    /** The shipped defaults, read once from the classpath. */
    public static Thresholds defaults() {
        Thresholds t = shipped;
        if (t == null) {
            try (InputStream in = CalibrationFiles.class.getResourceAsStream(DEFAULTS_RESOURCE)) {
                if (in == null) {
                    throw new CalibrationException(DEFAULTS_LABEL + " is not in this build of FormCheck (expected on the "
                            + "classpath beside " + CalibrationFiles.class.getName() + "); rebuild it with mvn package");
                }
                t = readDefaults(DEFAULTS_LABEL, in);
            } catch (IOException e) {
                throw new CalibrationException(DEFAULTS_LABEL + ": cannot be read (" + describe(e) + ")", e);
            }
            shipped = t;
        }
        return t;
    }

    /** A defaults-format file ("kind": "defaults"), such as the repository's {@code calibration/defaults.json}. */
    public static Thresholds readDefaults(Path file) {
        try (InputStream in = open(file)) {
            return readDefaults(file.toString(), in);
        } catch (IOException e) {
            throw new CalibrationException(file + ": cannot be read (" + describe(e) + ")", e);
        }
    }

    /**
     * The current user's calibration file {@code userFile} over the shipped defaults: see
     * {@link #loadUser(Thresholds, Path)}.
     */
    public static UserCalibration loadUser(Path userFile) {
        return loadUser(defaults(), userFile);
    }

    /**
     * The user calibration {@code userFile}: its thresholds merged over {@code defaults}, its
     * neutral stance and sitting baseline. Never throws for the user file: a file that cannot be
     * used at all (missing, not JSON, somebody else's JSON, another version) gives the defaults and
     * one warning; within it, the thresholds, the stance and the sitting baseline each fall back
     * to the defaults alone, with a warning naming the file and the field.
     */
    public static UserCalibration loadUser(Thresholds defaults, Path userFile) {
        String label = userFile.toString();
        JsonNode root;
        try (InputStream in = open(userFile)) {
            root = parse(label, in);
            header(label, root, "user");
        } catch (CalibrationException e) {
            return UserCalibration.defaults(defaults, List.of(e.getMessage() + USING_DEFAULTS));
        } catch (IOException e) {
            return UserCalibration.defaults(defaults, List.of(label + ": cannot be read (" + describe(e) + ")" + USING_DEFAULTS));
        }
        List<String> warnings = new ArrayList<>();
        Thresholds thresholds = defaults;
        boolean used = false;
        try {
            thresholds = merge(defaults, userFile, readUser(label, thresholdsOf(label, root), defaults));
            used = true;
        } catch (CalibrationException e) {
            warnings.add(e.getMessage() + USING_DEFAULT_THRESHOLDS);
        }
        NeutralBlocks.Read neutral = NeutralBlocks.read(label, root.path(NeutralBlocks.FIELD));
        warnings.addAll(neutral.warnings());
        used |= neutral.stance().isPresent() || neutral.sitting().isPresent() || neutral.standingDesk().isPresent();
        return new UserCalibration(thresholds, neutral.stance(), neutral.sitting(), warnings,
                used ? Optional.of(userFile) : Optional.empty(), neutral.standingDesk());
    }

    /** The defaults with the current user's calibration, if they have one, merged over them. */
    public static UserCalibration forCurrentUser() {
        Path file = userFile();
        if (!Files.exists(file)) {
            return UserCalibration.defaults(defaults(), List.of());
        }
        return loadUser(file);
    }

    /** Where the current user's calibration lives. */
    public static Path userFile() {
        return UserDataDirectory.resolve().resolve(USER_FILE_NAME);
    }

    // ---- writing a measured neutral into a user's calibration ----

    /**
     * Stores {@code stance} in the user calibration {@code file}, atomically. An existing file
     * keeps everything else as it is (its thresholds, its sitting baseline, even parts that do not
     * validate, so the user can still fix them); a missing one is created with no thresholds. A
     * file that is not a FormCheck user calibration is never overwritten: it throws
     * {@link CalibrationException} saying so.
     */
    public static void store(Path file, StanceNeutral stance) {
        store(file, NeutralBlocks.STANCE, NeutralBlocks.toJson(stance));
    }

    /** Stores {@code sitting} in the user calibration {@code file}, as {@link #store(Path, StanceNeutral)}. */
    public static void store(Path file, SittingBaseline sitting) {
        store(file, NeutralBlocks.SITTING, NeutralBlocks.toJson(sitting));
    }

    /**
     * Stores {@code standing}, the user standing at a standing desk, in the user calibration
     * {@code file}, as {@link #store(Path, StanceNeutral)}.
     */
    public static void storeStandingDesk(Path file, SittingBaseline standing) {
        store(file, NeutralBlocks.STANDING_DESK, NeutralBlocks.toJson(standing));
    }

    /**
     * Fails, before any measuring, when {@code file} could not take a calibration: it exists but
     * is not a FormCheck user calibration, or it cannot be written.
     */
    public static void checkStorable(Path file) {
        if (Files.exists(file)) {
            existingUserFile(file);
        }
        AtomicFiles.checkWritable(file);
    }

    private static void store(Path file, String block, ObjectNode json) {
        ObjectNode root = Files.exists(file) ? existingUserFile(file) : newUserFile();
        JsonNode neutral = root.path(NeutralBlocks.FIELD);
        ObjectNode blocks = neutral.isObject() ? (ObjectNode) neutral : root.putObject(NeutralBlocks.FIELD);
        blocks.set(block, json);
        AtomicFiles.write(file, out -> JSON.writerWithDefaultPrettyPrinter().writeValue(out, root));
    }

    private static ObjectNode newUserFile() {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("schema_version", SCHEMA_VERSION);
        root.put("kind", "user");
        root.putObject("thresholds");
        return root;
    }

    private static ObjectNode existingUserFile(Path file) {
        try (InputStream in = open(file)) {
            JsonNode root = parse(file.toString(), in);
            header(file.toString(), root, "user");
            return (ObjectNode) root;
        } catch (CalibrationException e) {
            throw new CalibrationException(e.getMessage() + NOT_OVERWRITTEN, e);
        } catch (IOException e) {
            throw new CalibrationException(file + ": cannot be read (" + describe(e) + ")" + NOT_OVERWRITTEN, e);
        }
    }

    // ---- the merge: the one place where a user's values replace the defaults ----

    /** A value from a user's calibration, with the reason and source they gave, if any. */
    private record UserValue(double value, Optional<String> reason, Optional<String> source) {
    }

    private static Thresholds merge(Thresholds defaults, Path file, Map<String, UserValue> values) {
        Map<String, Threshold> merged = new TreeMap<>(defaults.byName());
        values.forEach((name, v) -> {
            Threshold d = defaults.get(name);
            Threshold.outOfRange(v.value(), d.unit(), d.allowed()).ifPresent(p -> {
                throw new CalibrationException(file + ": " + field(name) + ".value: " + p);
            });
            merged.put(name, d.withValue(v.value(), v.reason().orElse(d.reason()),
                    v.source().orElse("your calibration, " + file)));
        });
        Thresholds.firstViolated(merged, defaults.orderings()).ifPresent(o -> {
            boolean lowerChanged = values.containsKey(o.lower());
            throw new CalibrationException(file + ": " + field(lowerChanged ? o.lower() : o.higher()) + ".value: "
                    + (lowerChanged ? Thresholds.describeBelow(merged, o) : Thresholds.describeAbove(merged, o)));
        });
        return new Thresholds(defaults.origin() + " with " + file, new TreeMap<>(merged), defaults.orderings());
    }

    // ---- reading ----

    static Thresholds readDefaults(String label, InputStream in) {
        JsonNode root = parse(label, in);
        header(label, root, "defaults");
        JsonNode thresholds = thresholdsOf(label, root);
        List<Threshold> all = new ArrayList<>();
        Map<String, List<String>> below = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = thresholds.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String name = e.getKey();
            JsonNode entry = entry(label, name, e.getValue(), DEFAULT_ENTRY_FIELDS);
            String f = field(name);
            double value = number(label, f, entry, "value");
            Unit unit = unit(label, f, entry);
            double min = number(label, f, entry, "min");
            double max = number(label, f, entry, "max");
            if (min > max) {
                throw new CalibrationException(label + ": " + f + ": min " + Threshold.format(min) + " is above max "
                        + Threshold.format(max));
            }
            Range allowed = new Range(min, max);
            Threshold.outOfRange(value, unit, allowed).ifPresent(p -> {
                throw new CalibrationException(label + ": " + f + ".value: " + p);
            });
            all.add(new Threshold(name, value, unit, allowed, text(label, f, entry, "reason"),
                    text(label, f, entry, "source")));
            below.put(name, names(label, f, entry, "below"));
        }
        Map<String, Threshold> byName = new TreeMap<>();
        all.forEach(t -> byName.put(t.name(), t));
        List<Ordering> orderings = new ArrayList<>();
        below.forEach((name, highers) -> {
            for (String higher : highers) {
                Threshold h = byName.get(higher);
                if (h == null) {
                    throw new CalibrationException(label + ": " + field(name) + ".below: \"" + higher
                            + "\" is not a threshold in this file");
                }
                if (h.unit() != byName.get(name).unit()) {
                    throw new CalibrationException(label + ": " + field(name) + ".below: " + higher + " is in "
                            + h.unit().symbol() + ", not " + byName.get(name).unit().symbol());
                }
                orderings.add(new Ordering(name, higher));
            }
        });
        Thresholds.firstViolated(byName, orderings).ifPresent(o -> {
            throw new CalibrationException(label + ": " + field(o.lower()) + ".value: "
                    + Thresholds.describeBelow(byName, o));
        });
        return new Thresholds(label, new TreeMap<>(byName), orderings);
    }

    private static Map<String, UserValue> readUser(String label, JsonNode thresholds, Thresholds defaults) {
        Map<String, UserValue> values = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = thresholds.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String name = e.getKey();
            String f = field(name);
            if (!defaults.contains(name)) {
                throw new CalibrationException(label + ": " + f + " is not a threshold FormCheck knows (the names are those of "
                        + DEFAULTS_LABEL + ")");
            }
            JsonNode entry = entry(label, name, e.getValue(), USER_ENTRY_FIELDS);
            double value = number(label, f, entry, "value");
            if (entry.has("unit")) {
                Unit unit = unit(label, f, entry);
                Unit expected = defaults.get(name).unit();
                if (unit != expected) {
                    throw new CalibrationException(label + ": " + f + ".unit: \"" + unit.symbol()
                            + "\" is not this threshold's unit, \"" + expected.symbol() + "\"");
                }
            }
            values.put(name, new UserValue(value, optionalText(label, f, entry, "reason"),
                    optionalText(label, f, entry, "source")));
        }
        return values;
    }

    private static JsonNode parse(String label, InputStream in) {
        try {
            JsonNode root = JSON.readTree(in);
            if (root == null || root.isMissingNode()) {
                throw new CalibrationException(label + ": empty, not a FormCheck calibration file");
            }
            return root;
        } catch (JsonProcessingException e) {
            Matcher duplicate = DUPLICATE.matcher(String.valueOf(e.getOriginalMessage()));
            String what = duplicate.find() ? "the field \"" + duplicate.group(1) + "\" appears twice" : "not valid JSON";
            throw new CalibrationException(label + ": " + what + at(e.getLocation()), e);
        } catch (CharConversionException e) {
            throw new CalibrationException(label + ": not valid JSON (not UTF-8 text)", e);
        } catch (IOException e) {
            throw new CalibrationException(label + ": cannot be read (" + describe(e) + ")", e);
        }
    }

    /** Checks format, version, kind and the top-level fields. */
    private static void header(String label, JsonNode root, String kind) {
        JsonNode format = root.path("format");
        if (!root.isObject() || !format.isTextual() || !format.asText().equals(FORMAT)) {
            throw new CalibrationException(label + ": not a FormCheck calibration file (it has no \"format\": \""
                    + FORMAT + "\")");
        }
        JsonNode version = root.path("schema_version");
        if (version.isMissingNode()) {
            throw new CalibrationException(label + ": \"schema_version\" is missing");
        }
        if (!version.isIntegralNumber()) {
            throw new CalibrationException(label + ": \"schema_version\" must be a whole number, found " + shown(version));
        }
        if (version.asLong() != SCHEMA_VERSION) {
            throw new CalibrationException(label + ": schema_version " + version.asLong()
                    + " is not one this FormCheck reads (it reads " + SCHEMA_VERSION + ")");
        }
        JsonNode actualKind = root.path("kind");
        if (!actualKind.isTextual() || !actualKind.asText().equals(kind)) {
            throw new CalibrationException(label + ": \"kind\" must be \"" + kind + "\" in "
                    + ("user".equals(kind) ? "a user's calibration" : "the shipped defaults") + ", found "
                    + (actualKind.isMissingNode() ? "none" : shown(actualKind)));
        }
        Set<String> fields = "user".equals(kind) ? USER_FIELDS : DEFAULTS_FIELDS;
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!fields.contains(name)) {
                throw new CalibrationException(label + ": unknown field \"" + name + "\" (" + ("user".equals(kind)
                        ? "a user's calibration has format, schema_version, kind, thresholds and neutral"
                        : "the defaults have format, schema_version, kind and thresholds") + ")");
            }
        }
    }

    /** The "thresholds" object. */
    private static JsonNode thresholdsOf(String label, JsonNode root) {
        JsonNode thresholds = root.path("thresholds");
        if (thresholds.isMissingNode()) {
            throw new CalibrationException(label + ": \"thresholds\" is missing");
        }
        if (!thresholds.isObject()) {
            throw new CalibrationException(label + ": \"thresholds\" must be an object of named thresholds, found "
                    + shown(thresholds));
        }
        return thresholds;
    }

    private static JsonNode entry(String label, String name, JsonNode entry, Set<String> allowed) {
        String f = field(name);
        Threshold.nameProblem(name).ifPresent(p -> {
            throw new CalibrationException(label + ": " + f + ": " + p);
        });
        if (!entry.isObject()) {
            throw new CalibrationException(label + ": " + f + " must be an object with a \"value\", found " + shown(entry));
        }
        for (Iterator<String> it = entry.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!allowed.contains(key)) {
                throw new CalibrationException(label + ": " + f + ": unknown field \"" + key + "\" (allowed: "
                        + String.join(", ", allowed.stream().sorted().toList()) + ")");
            }
        }
        return entry;
    }

    private static double number(String label, String f, JsonNode entry, String key) {
        JsonNode n = entry.path(key);
        if (n.isMissingNode()) {
            throw new CalibrationException(label + ": " + f + "." + key + " is missing");
        }
        if (!n.isNumber()) {
            throw new CalibrationException(label + ": " + f + "." + key + " must be a number, found " + shown(n));
        }
        if (!Double.isFinite(n.doubleValue())) {
            throw new CalibrationException(label + ": " + f + "." + key + " is too large a number");
        }
        return n.doubleValue();
    }

    private static Unit unit(String label, String f, JsonNode entry) {
        String symbol = text(label, f, entry, "unit");
        return Unit.ofSymbol(symbol).orElseThrow(() -> new CalibrationException(label + ": " + f + ".unit: \"" + symbol
                + "\" is not a unit FormCheck knows (" + Unit.symbols() + ")"));
    }

    private static String text(String label, String f, JsonNode entry, String key) {
        return optionalText(label, f, entry, key)
                .orElseThrow(() -> new CalibrationException(label + ": " + f + "." + key + " is missing"));
    }

    private static Optional<String> optionalText(String label, String f, JsonNode entry, String key) {
        JsonNode n = entry.path(key);
        if (n.isMissingNode()) {
            return Optional.empty();
        }
        if (!n.isTextual() || n.asText().isBlank()) {
            throw new CalibrationException(label + ": " + f + "." + key + " must be a non-empty string, found " + shown(n));
        }
        return Optional.of(n.asText());
    }

    private static List<String> names(String label, String f, JsonNode entry, String key) {
        JsonNode n = entry.path(key);
        if (n.isMissingNode()) {
            return List.of();
        }
        if (!n.isArray()) {
            throw notNames(label, f, key, n);
        }
        List<String> names = new ArrayList<>();
        for (JsonNode item : n) {
            if (!item.isTextual()) {
                throw notNames(label, f, key, n);
            }
            names.add(item.asText());
        }
        return names;
    }

    private static CalibrationException notNames(String label, String f, String key, JsonNode n) {
        return new CalibrationException(label + ": " + f + "." + key + " must be a list of threshold names, found "
                + shown(n));
    }

    private static InputStream open(Path file) throws IOException {
        if (!Files.exists(file)) {
            throw new CalibrationException(file + ": no such file");
        }
        if (Files.isDirectory(file)) {
            throw new CalibrationException(file + ": is a directory, not a calibration file");
        }
        if (!Files.isRegularFile(file)) {
            // reading a named pipe or a device would wait for a writer that may never come
            throw new CalibrationException(file + ": not a regular file (a named pipe, a device or a socket); "
                    + "a calibration is a JSON file on disk");
        }
        try {
            return Files.newInputStream(file);
        } catch (AccessDeniedException e) {
            throw new CalibrationException(file + ": cannot be read (permission denied)", e);
        }
    }

    /** {@code thresholds["squat.thigh.bottom_max"]}: names hold dots, so they are quoted. */
    static String field(String name) {
        return "thresholds[\"" + name + "\"]";
    }

    private static String at(JsonLocation location) {
        return location == null || location.getLineNr() < 1 ? ""
                : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    /** A JSON value as it appears in a message, cut short if long. */
    static String shown(JsonNode n) {
        String s = n.toString();
        return s.length() <= 40 ? s : s.substring(0, 37) + "...";
    }

    private static String describe(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
