package dev.formcheck.records;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Session records as JSON: an event log of one JSON object per line ({@code ID.events.jsonl}) and
 * the summary ({@code ID.json}: the same events in one document). Schema in {@code docs/records.md}
 * and {@code docs/schema/session-v1.schema.json}.
 */
public final class RecordFiles {
    public static final String SUMMARY_FORMAT = "formcheck-session";
    static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.INDENT_OUTPUT)
            // a newer FormCheck may add fields: an older one reads what it knows
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private RecordFiles() {
    }

    /** Why a record could not be read, in words for the person; the file is left as it is. */
    public static final class UnreadableRecord extends Exception {
        UnreadableRecord(String message) {
            super(message);
        }
    }

    /** One log line, without its newline. */
    public static byte[] line(SessionEvent event) {
        try {
            return JSON.writeValueAsBytes(event);
        } catch (JacksonException e) {
            throw new IllegalStateException("a session event did not serialise", e);
        }
    }

    /**
     * Reads a log. A last line cut short (the process was killed while writing it) is dropped;
     * a damaged line anywhere else makes the log unreadable.
     */
    public static List<SessionEvent> readLog(byte[] bytes) throws UnreadableRecord {
        String text = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        boolean endsCleanly = text.endsWith("\n");
        String[] lines = text.split("\n");
        List<SessionEvent> events = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            boolean last = i == lines.length - 1;
            try {
                events.add(JSON.readValue(lines[i], SessionEvent.class));
            } catch (JacksonException e) {
                if (last && !endsCleanly) {
                    break; // cut short by a kill mid-write: every earlier line is whole
                }
                throw new UnreadableRecord("line " + (i + 1) + " is damaged (" + firstLine(e.getOriginalMessage()) + ")");
            }
        }
        checkHeader(events);
        return events;
    }

    public static byte[] summary(SessionRecord record) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", SUMMARY_FORMAT);
        root.put("schema_version", SessionRecord.SCHEMA_VERSION);
        root.put("complete", record.complete());
        ArrayNode events = root.putArray("events");
        record.events().forEach(e -> events.add(JSON.valueToTree(e)));
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
        } catch (JacksonException e) {
            throw new IllegalStateException("a session record did not serialise", e);
        }
    }

    public static SessionRecord readSummary(byte[] bytes) throws UnreadableRecord {
        JsonNode root;
        try {
            root = JSON.readTree(bytes);
        } catch (IOException e) {
            throw new UnreadableRecord("not readable JSON (" + firstLine(e instanceof JacksonException j ? j.getOriginalMessage() : e.getMessage()) + ")");
        }
        if (root == null || !SUMMARY_FORMAT.equals(root.path("format").asText())) {
            throw new UnreadableRecord("not a FormCheck session record (no \"format\": \"" + SUMMARY_FORMAT + "\")");
        }
        version(root.path("schema_version").asInt(-1));
        List<SessionEvent> events = new ArrayList<>();
        for (JsonNode n : root.path("events")) {
            try {
                events.add(JSON.treeToValue(n, SessionEvent.class));
            } catch (JacksonException e) {
                throw new UnreadableRecord("an event is damaged (" + firstLine(e.getOriginalMessage()) + ")");
            }
        }
        checkHeader(events);
        SessionRecord folded = SessionRecord.fold(events);
        return folded;
    }

    private static void checkHeader(List<SessionEvent> events) throws UnreadableRecord {
        if (events.isEmpty() || !(events.get(0) instanceof SessionEvent.Started started)) {
            throw new UnreadableRecord("it does not start with the session's \"started\" line");
        }
        version(started.schemaVersion());
        if (events.stream().skip(1).anyMatch(e -> e instanceof SessionEvent.Started)) {
            throw new UnreadableRecord("it holds two sessions");
        }
    }

    private static void version(int v) throws UnreadableRecord {
        if (v > SessionRecord.SCHEMA_VERSION) {
            throw new UnreadableRecord("written by a newer FormCheck (session schema " + v + ", this one reads up to "
                    + SessionRecord.SCHEMA_VERSION + "); update FormCheck to read it");
        }
        if (v < 1) {
            throw new UnreadableRecord("\"schema_version\" is missing or not a whole number");
        }
    }

    private static String firstLine(String s) {
        return s == null ? "unknown error" : s.lines().findFirst().orElse(s);
    }
}
