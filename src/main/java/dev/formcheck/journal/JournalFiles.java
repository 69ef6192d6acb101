package dev.formcheck.journal;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.StreamSupport;

/**
 * An entry as JSON ({@code docs/schema/journal-entry-v1.schema.json}): lists of command words
 * ({@code lower-back}), never enum names, so a file reads the same whatever the code calls things.
 */
public final class JournalFiles {
    public static final String FORMAT = "formcheck-journal-entry";
    public static final int SCHEMA_VERSION = 1;
    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JournalFiles() {
    }

    /** Why a file could not be read as an entry, in words for the person; the file is left as it is. */
    public static final class UnreadableEntry extends Exception {
        UnreadableEntry(String message) {
            super(message);
        }
    }

    public static ObjectNode toJson(JournalEntry e) {
        ObjectNode n = JSON.createObjectNode();
        n.put("format", FORMAT);
        n.put("schema_version", SCHEMA_VERSION);
        n.put("id", e.id().toString());
        n.put("written_at", e.writtenAt().toString());
        words(n.putArray("areas"), e.areas());
        words(n.putArray("qualities"), e.qualities());
        n.put("intensity", e.intensity());
        e.onset().ifPresent(o -> n.put("onset", o.commandWord()));
        e.hoursAfterExercise().ifPresent(h -> n.put("hours_after_exercise", h));
        e.daysLasting().ifPresent(d -> n.put("days_lasting", d));
        e.easesWithMovement().ifPresent(b -> n.put("eases_with_movement", b));
        e.triggers().forEach(n.putArray("triggers")::add);
        e.relievedBy().forEach(n.putArray("relieved_by")::add);
        words(n.putArray("symptoms"), e.symptoms());
        words(n.putArray("red_flags"), e.redFlags());
        n.put("exercise", e.exercise());
        e.sessionId().ifPresent(s -> n.put("session_id", s));
        e.medications().forEach(n.putArray("medications")::add);
        n.put("notes", e.notes());
        return n;
    }

    public static byte[] toBytes(JournalEntry e) {
        try {
            return JSON.writeValueAsBytes(toJson(e));
        } catch (JacksonException ex) {
            throw new IllegalStateException("a journal entry did not serialise", ex);
        }
    }

    public static JournalEntry fromBytes(byte[] bytes) throws UnreadableEntry {
        JsonNode root;
        try {
            root = JSON.readTree(bytes);
        } catch (JacksonException ex) {
            throw new UnreadableEntry("not readable JSON (" + firstLine(ex.getOriginalMessage()) + ")");
        } catch (java.io.IOException ex) {
            throw new UnreadableEntry("not readable JSON (" + firstLine(ex.getMessage()) + ")");
        }
        return fromJson(root);
    }

    public static JournalEntry fromJson(JsonNode root) throws UnreadableEntry {
        if (root == null || !root.isObject() || !FORMAT.equals(root.path("format").asText())) {
            throw new UnreadableEntry("not a FormCheck journal entry (no \"format\": \"" + FORMAT + "\")");
        }
        int version = root.path("schema_version").asInt(-1);
        if (version > SCHEMA_VERSION) {
            throw new UnreadableEntry("written by a newer FormCheck (entry schema " + version + ", this one reads up to "
                    + SCHEMA_VERSION + "); update FormCheck to read it");
        }
        if (version < 1) {
            throw new UnreadableEntry("field \"schema_version\" is missing or not a whole number");
        }
        try {
            return JournalEntry.builder(instant(root, "written_at"))
                    .id(uuid(root))
                    .areas(set(root, "areas", BodyArea.class))
                    .qualities(set(root, "qualities", PainQuality.class))
                    .intensity(whole(root, "intensity"))
                    .onset(optionalWord(root, "onset", Onset.class))
                    .hoursAfterExercise(root.hasNonNull("hours_after_exercise") ? number(root, "hours_after_exercise") : null)
                    .daysLasting(root.hasNonNull("days_lasting") ? whole(root, "days_lasting") : null)
                    .easesWithMovement(root.hasNonNull("eases_with_movement") ? bool(root, "eases_with_movement") : null)
                    .triggers(texts(root, "triggers"))
                    .relievedBy(texts(root, "relieved_by"))
                    .symptoms(set(root, "symptoms", Symptom.class))
                    .redFlags(set(root, "red_flags", RedFlag.class))
                    .exercise(root.path("exercise").asText(""))
                    .sessionId(root.hasNonNull("session_id") ? root.get("session_id").asText() : null)
                    .medications(texts(root, "medications"))
                    .notes(root.path("notes").asText(""))
                    .build();
        } catch (IllegalArgumentException ex) {
            throw new UnreadableEntry(ex.getMessage());
        }
    }

    private static void words(ArrayNode array, Set<? extends Labelled> values) {
        values.stream().map(Labelled::commandWord).sorted().forEach(array::add);
    }

    /** The value of {@code type} whose command word is {@code word}, e.g. {@code lower-back}. */
    public static <E extends Enum<E> & Labelled> Optional<E> byWord(Class<E> type, String word) {
        return Arrays.stream(type.getEnumConstants()).filter(v -> v.commandWord().equals(word)).findFirst();
    }

    /** The command words of {@code type}, for messages and help: "neck, upper-back, ...". */
    public static <E extends Enum<E> & Labelled> String words(Class<E> type) {
        return String.join(", ", Arrays.stream(type.getEnumConstants()).map(Labelled::commandWord).toList());
    }

    private static <E extends Enum<E> & Labelled> Set<E> set(JsonNode root, String field, Class<E> type) throws UnreadableEntry {
        JsonNode n = root.path(field);
        if (n.isMissingNode() || n.isNull()) {
            return Set.of();
        }
        if (!n.isArray()) {
            throw new UnreadableEntry("field \"" + field + "\" is not a list");
        }
        Set<E> out = EnumSet.noneOf(type);
        for (JsonNode item : n) {
            out.add(byWord(type, item.asText()).orElseThrow(() -> new UnreadableEntry(
                    "field \"" + field + "\" has \"" + item.asText() + "\", which is none of: " + words(type))));
        }
        return out;
    }

    private static <E extends Enum<E> & Labelled> E optionalWord(JsonNode root, String field, Class<E> type) throws UnreadableEntry {
        if (!root.hasNonNull(field)) {
            return null;
        }
        String w = root.get(field).asText();
        return byWord(type, w).orElseThrow(() -> new UnreadableEntry(
                "field \"" + field + "\" has \"" + w + "\", which is none of: " + words(type)));
    }

    private static List<String> texts(JsonNode root, String field) throws UnreadableEntry {
        JsonNode n = root.path(field);
        if (n.isMissingNode() || n.isNull()) {
            return List.of();
        }
        if (!n.isArray()) {
            throw new UnreadableEntry("field \"" + field + "\" is not a list");
        }
        return StreamSupport.stream(n.spliterator(), false).map(JsonNode::asText).toList();
    }

    private static int whole(JsonNode root, String field) throws UnreadableEntry {
        JsonNode n = root.path(field);
        if (!n.canConvertToInt() || !n.isIntegralNumber()) {
            throw new UnreadableEntry("field \"" + field + "\" is missing or not a whole number");
        }
        return n.intValue();
    }

    private static double number(JsonNode root, String field) throws UnreadableEntry {
        JsonNode n = root.path(field);
        if (!n.isNumber()) {
            throw new UnreadableEntry("field \"" + field + "\" is not a number");
        }
        return n.doubleValue();
    }

    private static boolean bool(JsonNode root, String field) throws UnreadableEntry {
        JsonNode n = root.path(field);
        if (!n.isBoolean()) {
            throw new UnreadableEntry("field \"" + field + "\" is not true or false");
        }
        return n.booleanValue();
    }

    private static Instant instant(JsonNode root, String field) throws UnreadableEntry {
        return parse(root, field, Instant::parse, "a time such as 2026-12-07T16:20:00Z");
    }

    private static UUID uuid(JsonNode root) throws UnreadableEntry {
        return parse(root, "id", UUID::fromString, "an id such as 0f8fad5b-d9cb-469f-a165-70867728950e");
    }

    private static <T> T parse(JsonNode root, String field, Function<String, T> parser, String expected) throws UnreadableEntry {
        if (!root.hasNonNull(field)) {
            throw new UnreadableEntry("field \"" + field + "\" is missing");
        }
        try {
            return parser.apply(root.get(field).asText());
        } catch (DateTimeParseException | IllegalArgumentException ex) {
            throw new UnreadableEntry("field \"" + field + "\" is not " + expected);
        }
    }

    private static String firstLine(String s) {
        return s == null ? "unknown error" : s.lines().findFirst().orElse(s);
    }
}
