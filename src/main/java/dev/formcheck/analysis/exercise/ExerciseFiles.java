package dev.formcheck.analysis.exercise;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.formcheck.analysis.Crossing;
import dev.formcheck.analysis.PhaseMachine.RepStart;
import dev.formcheck.analysis.thresholds.Range;
import dev.formcheck.analysis.thresholds.Threshold;
import dev.formcheck.analysis.thresholds.Unit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads exercise files (format {@value #FORMAT}, schema version {@value #SCHEMA_VERSION},
 * described by {@code docs/schema/exercise-v1.schema.json} and {@code docs/exercises.md}): the
 * shipped ones from the classpath, a user's from {@code exercises/} in their data directory.
 * Every problem is an {@link ExerciseFileException} naming the file and the field.
 */
public final class ExerciseFiles {
    public static final String FORMAT = "formcheck-exercise";
    public static final int SCHEMA_VERSION = 1;
    /** The folder in the user's data directory that holds their own exercises. */
    public static final String USER_FOLDER = "exercises";
    /** The shipped files, beside this class; {@value #INDEX} lists them in the order they are offered. */
    static final String RESOURCES = "definitions/";
    static final String INDEX = "index.txt";
    /** How messages name a shipped file: its path in the repository. */
    static final String SHIPPED_LABEL = "src/main/resources/dev/formcheck/analysis/exercise/definitions/";

    private static final Pattern NAME = Pattern.compile("[a-z]+(-[a-z]+)*");
    private static final Pattern ALIAS = Pattern.compile("[a-z0-9]+([ -][a-z0-9]+)*");
    private static final Set<String> TOP = Set.of("format", "schema_version", "name", "description", "movement", "checks",
            "rep_checks", "recognition", "thresholds", "aliases", "lying");
    private static final Set<String> REPS = Set.of("kind", "signal", "signal_words", "rest", "phases", "turning_phase",
            "min_phase", "gap_hold", "rep_starts", "left_position", "per_side", "front_signal");
    private static final Set<String> HOLD = Set.of("kind", "position", "min_hold", "grace", "per_side");
    private static final Set<String> CHECK = Set.of("flag", "signal", "threshold", "severity_step", "persistence", "release",
            "phases", "cue");
    private static final Set<String> REP_CHECK = Set.of("flag", "metric", "threshold", "threshold_other_view",
            "severity_step", "cue");
    private static final Set<String> OWN_THRESHOLD = Set.of("value", "unit", "reason", "source");
    /** The values a user's own threshold may take, by unit: wide, since the file's author decides. */
    private static final Map<Unit, Range> OWN_RANGES = Map.of(Unit.DEGREES, new Range(-360, 360),
            Unit.MILLISECONDS, new Range(0, 600_000), Unit.RATIO, new Range(0, 1), Unit.COUNT, new Range(0, 1000));

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private static volatile List<ExerciseSpec> shipped;

    private ExerciseFiles() {
    }

    /** The shipped exercises, read once from the classpath; a broken one is a build error, so this throws. */
    public static List<ExerciseSpec> shipped() {
        List<ExerciseSpec> specs = shipped;
        if (specs == null) {
            List<ExerciseSpec> read = new ArrayList<>();
            for (String file : shippedFileNames()) {
                try (InputStream in = ExerciseFiles.class.getResourceAsStream(RESOURCES + file)) {
                    if (in == null) {
                        throw new ExerciseFileException(SHIPPED_LABEL + INDEX, "", "lists " + file
                                + ", which is not in this build of FormCheck; rebuild it with mvn package");
                    }
                    read.add(read(SHIPPED_LABEL + file, in.readAllBytes(), false));
                } catch (IOException e) {
                    throw new ExerciseFileException(SHIPPED_LABEL + file, "", "cannot be read (" + e.getMessage() + ")", e);
                }
            }
            requireUniqueNames(read);
            specs = List.copyOf(read);
            shipped = specs;
        }
        return specs;
    }

    /** The file names the index lists, in order. */
    static List<String> shippedFileNames() {
        try (InputStream in = ExerciseFiles.class.getResourceAsStream(RESOURCES + INDEX)) {
            if (in == null) {
                throw new ExerciseFileException(SHIPPED_LABEL + INDEX, "", "is not in this build of FormCheck; "
                        + "rebuild it with mvn package");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return r.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new ExerciseFileException(SHIPPED_LABEL + INDEX, "", "cannot be read (" + e.getMessage() + ")", e);
        }
    }

    /** The user's exercise folder: {@code exercises/} in their data directory. */
    public static Path userFolder(Path dataDirectory) {
        return dataDirectory.resolve(USER_FOLDER);
    }

    /**
     * The user's exercises in {@code folder} (every {@code *.json}, by file name), each read alone:
     * a broken file is skipped with a problem naming it and its field, the others still load.
     * A missing folder is no exercises.
     */
    public static UserExercises readUserFolder(Path folder) {
        List<ExerciseSpec> specs = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return new UserExercises(List.of(), List.of());
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(folder)) {
            files = s.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json"))
                    .sorted().toList();
        } catch (IOException e) {
            return new UserExercises(List.of(), List.of(folder + ": cannot be listed (" + e.getMessage() + ")"));
        }
        Set<String> names = new LinkedHashSet<>();
        for (Path f : files) {
            try {
                ExerciseSpec spec = readUser(f);
                if (!names.add(spec.name())) {
                    problems.add(f + ": name: another file in " + folder + " already defines '" + spec.name() + "'");
                } else {
                    specs.add(spec);
                }
            } catch (ExerciseFileException e) {
                problems.add(e.getMessage());
            }
        }
        return new UserExercises(specs, problems);
    }

    /** A user's exercise file; it may define thresholds of its own, named after the exercise. */
    public static ExerciseSpec readUser(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new ExerciseFileException(file.toString(), "", Files.exists(file) ? "is not a regular file" : "not found");
        }
        try {
            return read(file.toString(), Files.readAllBytes(file), true);
        } catch (IOException e) {
            throw new ExerciseFileException(file.toString(), "", "cannot be read (" + e.getMessage() + ")", e);
        }
    }

    /** The user's exercises that could be read, and a message for each file that could not. */
    public record UserExercises(List<ExerciseSpec> specs, List<String> problems) {
        public UserExercises {
            specs = List.copyOf(specs);
            problems = List.copyOf(problems);
        }
    }

    /** One file's bytes, validated. */
    static ExerciseSpec read(String label, byte[] bytes, boolean mayDefineThresholds) {
        JsonNode root;
        try {
            root = JSON.readTree(bytes);
        } catch (JsonProcessingException e) {
            throw new ExerciseFileException(label, "", "is not valid JSON (" + e.getOriginalMessage() + " at line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")", e);
        } catch (IOException e) {
            throw new ExerciseFileException(label, "", "cannot be read (" + e.getMessage() + ")", e);
        }
        return new Reader(label, mayDefineThresholds).file(root);
    }

    private static void requireUniqueNames(List<ExerciseSpec> specs) {
        Set<String> names = new LinkedHashSet<>();
        for (ExerciseSpec s : specs) {
            if (!names.add(s.name())) {
                throw new ExerciseFileException(s.source(), "name", "another shipped file already defines '" + s.name() + "'");
            }
        }
    }

    /** Reads one file's tree, naming the field of every problem. */
    private static final class Reader {
        private final String label;
        private final boolean mayDefineThresholds;

        Reader(String label, boolean mayDefineThresholds) {
            this.label = label;
            this.mayDefineThresholds = mayDefineThresholds;
        }

        private ExerciseFileException problem(String field, String what) {
            return new ExerciseFileException(label, field, what);
        }

        ExerciseSpec file(JsonNode root) {
            if (root == null || !root.isObject()) {
                throw problem("", "is not an exercise file (expected a JSON object with \"format\": \"" + FORMAT + "\")");
            }
            JsonNode format = root.get("format");
            if (format == null || !FORMAT.equals(format.asText(null))) {
                throw problem("format", "must be \"" + FORMAT + "\" (this is not a FormCheck exercise file)");
            }
            JsonNode version = root.get("schema_version");
            if (version == null || !version.isInt() || version.intValue() != SCHEMA_VERSION) {
                throw problem("schema_version", "must be " + SCHEMA_VERSION + ", not " + version);
            }
            onlyKnown(root, "", TOP);
            String name = text(root, "name", "");
            if (!NAME.matcher(name).matches() || ExerciseSession.AUTO.equals(name)) {
                throw problem("name", "\"" + name + "\" is not an exercise name (lower-case words joined by hyphens, "
                        + "such as wall-sit; not \"auto\")");
            }
            String description = text(root, "description", "");
            List<Threshold> own = ownThresholds(root, name);
            ExerciseSpec.MovementSpec movement = movement(object(root, "movement", ""));
            List<ExerciseSpec.CheckSpec> checks = new ArrayList<>();
            Set<FlagKind> seen = new LinkedHashSet<>();
            JsonNode checkList = optionalArray(root, "checks", "");
            for (int i = 0; i < checkList.size(); i++) {
                ExerciseSpec.CheckSpec c = check(checkList.get(i), "checks[" + i + "]");
                if (!seen.add(c.flag())) {
                    throw problem("checks[" + i + "].flag", c.flag() + " is checked twice");
                }
                checks.add(c);
            }
            List<ExerciseSpec.RepCheckSpec> repChecks = new ArrayList<>();
            JsonNode repList = optionalArray(root, "rep_checks", "");
            if (movement instanceof ExerciseSpec.HoldSpec && repList.size() > 0) {
                throw problem("rep_checks", "a held position has no reps to check");
            }
            for (int i = 0; i < repList.size(); i++) {
                ExerciseSpec.RepCheckSpec c = repCheck(repList.get(i), "rep_checks[" + i + "]");
                if (!seen.add(c.flag())) {
                    throw problem("rep_checks[" + i + "].flag", c.flag() + " is checked twice");
                }
                repChecks.add(c);
            }
            Optional<ExerciseSpec.RecognitionSpec> recognition = root.has("recognition")
                    ? Optional.of(recognition(object(root, "recognition", ""), "recognition")) : Optional.empty();
            return new ExerciseSpec(label, name, description, movement, checks, repChecks, recognition, own, aliases(root),
                    liesOnBack(root));
        }

        /** {@code "lying": "on_back"} when the person lies on their back; absent otherwise. */
        private boolean liesOnBack(JsonNode root) {
            if (!root.has("lying")) {
                return false;
            }
            if (!"on_back".equals(root.get("lying").asText()) || !root.get("lying").isTextual()) {
                throw problem("lying", "can only be \"on_back\" (the person lies on their back), or left out");
            }
            return true;
        }

        /** Other names for the exercise: each a non-empty string of lower-case words. */
        private List<String> aliases(JsonNode root) {
            JsonNode list = optionalArray(root, "aliases", "");
            List<String> aliases = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                JsonNode a = list.get(i);
                if (!a.isTextual() || !ALIAS.matcher(a.asText()).matches()) {
                    throw problem("aliases[" + i + "]", "must be lower-case words (letters, digits, spaces or "
                            + "hyphens), such as \"goblet squat\", not " + a);
                }
                aliases.add(a.asText());
            }
            return aliases;
        }

        private List<Threshold> ownThresholds(JsonNode root, String exercise) {
            if (!root.has("thresholds")) {
                return List.of();
            }
            if (!mayDefineThresholds) {
                throw problem("thresholds", "a shipped exercise keeps its thresholds in calibration/defaults.json, "
                        + "where a calibration can reach them");
            }
            JsonNode all = object(root, "thresholds", "");
            List<Threshold> own = new ArrayList<>();
            Iterator<Map.Entry<String, JsonNode>> it = all.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                String field = "thresholds." + e.getKey();
                if (!e.getKey().startsWith(exercise + ".")) {
                    throw problem(field, "a file's own thresholds are named after its exercise (" + exercise + ".something), "
                            + "so they never change another exercise's");
                }
                Threshold.nameProblem(e.getKey()).ifPresent(p -> {
                    throw problem(field, p);
                });
                JsonNode entry = e.getValue();
                if (!entry.isObject()) {
                    throw problem(field, "must be an object with value, unit, reason and source");
                }
                onlyKnown(entry, field, OWN_THRESHOLD);
                JsonNode value = entry.get("value");
                if (value == null || !value.isNumber() || !Double.isFinite(value.doubleValue())) {
                    throw problem(field + ".value", "must be a number");
                }
                String symbol = text(entry, "unit", field);
                Unit unit = Unit.ofSymbol(symbol).orElseThrow(() -> problem(field + ".unit",
                        "\"" + symbol + "\" is not a unit (deg, ms, ratio or count)"));
                Range range = OWN_RANGES.get(unit);
                Threshold.outOfRange(value.doubleValue(), unit, range).ifPresent(p -> {
                    throw problem(field + ".value", p);
                });
                own.add(new Threshold(e.getKey(), value.doubleValue(), unit, range, text(entry, "reason", field),
                        text(entry, "source", field)));
            }
            return own;
        }

        private ExerciseSpec.MovementSpec movement(JsonNode m) {
            String kind = text(m, "kind", "movement");
            return switch (kind) {
                case "repetitions" -> reps(m);
                case "hold" -> hold(m);
                default -> throw problem("movement.kind", "\"" + kind + "\" is not a movement (repetitions or hold)");
            };
        }

        private ExerciseSpec.RepsSpec reps(JsonNode m) {
            onlyKnown(m, "movement", REPS);
            String signal = quantity(m, "signal", "movement");
            Optional<String> frontSignal = m.has("front_signal") ? Optional.of(quantity(m, "front_signal", "movement"))
                    : Optional.empty();
            String words = text(m, "signal_words", "movement");
            ExerciseSpec.PhaseSpec rest = phase(object(m, "rest", "movement"), "movement.rest");
            JsonNode phases = array(m, "phases", "movement");
            if (phases.isEmpty()) {
                throw problem("movement.phases", "needs at least one working phase");
            }
            List<ExerciseSpec.PhaseSpec> working = new ArrayList<>();
            for (int i = 0; i < phases.size(); i++) {
                working.add(phase(phases.get(i), "movement.phases[" + i + "]"));
            }
            String turning = text(m, "turning_phase", "movement");
            if (working.stream().noneMatch(p -> p.name().equals(turning))) {
                throw problem("movement.turning_phase", "\"" + turning + "\" is not one of the working phases");
            }
            RepStart start = RepStart.AT_REST;
            if (m.has("rep_starts")) {
                String s = text(m, "rep_starts", "movement");
                start = switch (s) {
                    case "at_rest" -> RepStart.AT_REST;
                    case "at_rest_or_turn" -> RepStart.AT_REST_OR_TURN;
                    case "at_turn" -> RepStart.AT_TURN;
                    default -> throw problem("movement.rep_starts", "\"" + s + "\" is not at_rest, at_rest_or_turn or at_turn");
                };
            }
            List<ExerciseSpec.LimitSpec> limits = new ArrayList<>();
            JsonNode left = optionalArray(m, "left_position", "movement");
            for (int i = 0; i < left.size(); i++) {
                String f = "movement.left_position[" + i + "]";
                JsonNode l = left.get(i);
                requireObject(l, f);
                onlyKnown(l, f, Set.of("quantity", "at_or_above", "at_or_below"));
                limits.add(new ExerciseSpec.LimitSpec(quantity(l, "quantity", f), f + ".quantity", crossing(l, f)));
            }
            return new ExerciseSpec.RepsSpec(signal, "movement.signal", words, rest, working, turning,
                    ref(m, "min_phase", "movement"), refOr(m, "gap_hold", "movement", "phases.gap_hold"), start, limits,
                    repSide(m), frontSignal);
        }

        private ExerciseSpec.PhaseSpec phase(JsonNode p, String field) {
            requireObject(p, field);
            onlyKnown(p, field, Set.of("phase", "enter"));
            return new ExerciseSpec.PhaseSpec(text(p, "phase", field), crossing(object(p, "enter", field), field + ".enter"));
        }

        private ExerciseSpec.HoldSpec hold(JsonNode m) {
            onlyKnown(m, "movement", HOLD);
            JsonNode position = array(m, "position", "movement");
            if (position.size() != 2) {
                throw problem("movement.position", "a held position is two conditions (each with enter and exit), not "
                        + position.size());
            }
            return new ExerciseSpec.HoldSpec(positionSwitch(position.get(0), "movement.position[0]"),
                    positionSwitch(position.get(1), "movement.position[1]"),
                    ref(m, "min_hold", "movement"), ref(m, "grace", "movement"), perSide(m));
        }

        /** A rep's side: the name of how a frame shows it (a lunge: {@code front_leg}), when the file says. */
        private Optional<String> repSide(JsonNode m) {
            JsonNode n = m.get("per_side");
            if (n == null) {
                return Optional.empty();
            }
            if (!n.isTextual() || ExerciseVocabulary.sideReading(n.textValue()).isEmpty()) {
                throw problem("movement.per_side", "for repetitions, names how a rep's side is seen: one of "
                        + ExerciseVocabulary.sideReadings());
            }
            return Optional.of(n.textValue());
        }

        private boolean perSide(JsonNode m) {
            JsonNode n = m.get("per_side");
            if (n == null) {
                return false;
            }
            if (!n.isBoolean()) {
                throw problem("movement.per_side", "must be true or false");
            }
            return n.booleanValue();
        }

        private ExerciseSpec.SwitchSpec positionSwitch(JsonNode s, String field) {
            requireObject(s, field);
            onlyKnown(s, field, Set.of("quantity", "enter", "exit"));
            return new ExerciseSpec.SwitchSpec(quantity(s, "quantity", field), field + ".quantity",
                    crossing(object(s, "enter", field), field + ".enter"), crossing(object(s, "exit", field), field + ".exit"));
        }

        private ExerciseSpec.CheckSpec check(JsonNode c, String field) {
            requireObject(c, field);
            onlyKnown(c, field, CHECK);
            FlagKind flag = flag(c, field);
            String signal = text(c, "signal", field);
            if (ExerciseVocabulary.signal(signal).isEmpty()) {
                throw problem(field + ".signal", "\"" + signal + "\" is not a fault signal (" + ExerciseVocabulary.signals() + ")");
            }
            String prefix = "flags." + flag.key() + ".";
            Set<String> phases = new LinkedHashSet<>();
            JsonNode list = optionalArray(c, "phases", field);
            for (int i = 0; i < list.size(); i++) {
                if (!list.get(i).isTextual()) {
                    throw problem(field + ".phases[" + i + "]", "must be a phase's name");
                }
                phases.add(list.get(i).asText());
            }
            return new ExerciseSpec.CheckSpec(flag, signal, ref(c, "threshold", field),
                    refOr(c, "severity_step", field, prefix + "severity_step"), refOr(c, "persistence", field, "flags.debounce"),
                    refOr(c, "release", field, "flags.release"), phases, cue(c, field));
        }

        private ExerciseSpec.RepCheckSpec repCheck(JsonNode c, String field) {
            requireObject(c, field);
            onlyKnown(c, field, REP_CHECK);
            FlagKind flag = flag(c, field);
            String metric = text(c, "metric", field);
            if (ExerciseVocabulary.metric(metric).isEmpty()) {
                throw problem(field + ".metric", "\"" + metric + "\" is not a per-rep metric (" + ExerciseVocabulary.metrics() + ")");
            }
            ExerciseSpec.Ref threshold = ref(c, "threshold", field);
            return new ExerciseSpec.RepCheckSpec(flag, metric, threshold,
                    c.has("threshold_other_view") ? ref(c, "threshold_other_view", field) : threshold,
                    refOr(c, "severity_step", field, "flags." + flag.key() + ".severity_step"), cue(c, field));
        }

        private ExerciseSpec.RecognitionSpec recognition(JsonNode r, String field) {
            onlyKnown(r, field, Set.of("needs", "before_standing_rules"));
            boolean early = false;
            if (r.has("before_standing_rules")) {
                if (!r.get("before_standing_rules").isBoolean()) {
                    throw problem(field + ".before_standing_rules", "must be true or false");
                }
                early = r.get("before_standing_rules").booleanValue();
            }
            JsonNode needs = array(r, "needs", field);
            if (needs.isEmpty()) {
                throw problem(field + ".needs", "needs at least one condition: without one, every movement would be this exercise");
            }
            List<ExerciseSpec.ConditionSpec> conditions = new ArrayList<>();
            for (int i = 0; i < needs.size(); i++) {
                String f = field + ".needs[" + i + "]";
                JsonNode n = needs.get(i);
                requireObject(n, f);
                onlyKnown(n, f, Set.of("quantity", "over", "at_or_above", "at_or_below"));
                String over = text(n, "over", f);
                ExerciseSpec.Over where = switch (over) {
                    case "turning_points" -> ExerciseSpec.Over.TURNING_POINTS;
                    case "whole" -> ExerciseSpec.Over.WHOLE;
                    default -> throw problem(f + ".over", "\"" + over + "\" is not turning_points or whole");
                };
                conditions.add(new ExerciseSpec.ConditionSpec(quantity(n, "quantity", f), f + ".quantity", where, crossing(n, f)));
            }
            return new ExerciseSpec.RecognitionSpec(conditions, early);
        }

        private FlagKind flag(JsonNode c, String field) {
            String f = text(c, "flag", field);
            try {
                return FlagKind.valueOf(f);
            } catch (IllegalArgumentException e) {
                throw problem(field + ".flag", "\"" + f + "\" is not a flag (" + String.join(", ",
                        Stream.of(FlagKind.values()).map(Enum::name).toList()) + ")");
            }
        }

        private String cue(JsonNode c, String field) {
            String cue = text(c, "cue", field);
            if (cue.isBlank()) {
                throw problem(field + ".cue", "must say what to do, in plain words");
            }
            return cue;
        }

        /** {"at_or_above": "threshold.name"} or {"at_or_below": ...}: exactly one. */
        private ExerciseSpec.CrossingSpec crossing(JsonNode n, String field) {
            boolean above = n.has("at_or_above");
            boolean below = n.has("at_or_below");
            if (above == below) {
                throw problem(field, "needs exactly one of at_or_above, at_or_below (a threshold's name)");
            }
            String key = above ? "at_or_above" : "at_or_below";
            return new ExerciseSpec.CrossingSpec(above ? Crossing.Side.AT_OR_ABOVE : Crossing.Side.AT_OR_BELOW,
                    ref(n, key, field));
        }

        private String quantity(JsonNode n, String key, String field) {
            String q = text(n, key, field);
            if (!ExerciseVocabulary.isQuantity(q)) {
                throw problem(join(field, key), "\"" + q + "\" is not a quantity (" + ExerciseVocabulary.quantities() + ")");
            }
            return q;
        }

        private ExerciseSpec.Ref ref(JsonNode n, String key, String field) {
            String name = text(n, key, field);
            Threshold.nameProblem(name).ifPresent(p -> {
                throw problem(join(field, key), p);
            });
            return new ExerciseSpec.Ref(name, join(field, key));
        }

        private ExerciseSpec.Ref refOr(JsonNode n, String key, String field, String otherwise) {
            return n.has(key) ? ref(n, key, field) : new ExerciseSpec.Ref(otherwise, join(field, key) + " (default)");
        }

        private String text(JsonNode n, String key, String field) {
            JsonNode v = n.get(key);
            if (v == null || v.isNull()) {
                throw problem(join(field, key), "is missing");
            }
            if (!v.isTextual()) {
                throw problem(join(field, key), "must be a string, not " + v.getNodeType().name().toLowerCase(Locale.ROOT));
            }
            return v.asText();
        }

        private JsonNode object(JsonNode n, String key, String field) {
            JsonNode v = n.get(key);
            if (v == null || v.isNull()) {
                throw problem(join(field, key), "is missing");
            }
            requireObject(v, join(field, key));
            return v;
        }

        private void requireObject(JsonNode v, String field) {
            if (!v.isObject()) {
                throw problem(field, "must be an object");
            }
        }

        private JsonNode array(JsonNode n, String key, String field) {
            JsonNode v = n.get(key);
            if (v == null || v.isNull()) {
                throw problem(join(field, key), "is missing");
            }
            if (!v.isArray()) {
                throw problem(join(field, key), "must be a list");
            }
            return v;
        }

        private JsonNode optionalArray(JsonNode n, String key, String field) {
            return n.has(key) ? array(n, key, field) : JSON.createArrayNode();
        }

        private void onlyKnown(JsonNode n, String field, Set<String> known) {
            Iterator<String> names = n.fieldNames();
            while (names.hasNext()) {
                String k = names.next();
                if (!known.contains(k)) {
                    throw problem(join(field, k), "is not a field here (known: " + String.join(", ", known.stream().sorted().toList()) + ")");
                }
            }
        }

        private static String join(String field, String key) {
            return field.isEmpty() ? key : field + "." + key;
        }
    }
}
