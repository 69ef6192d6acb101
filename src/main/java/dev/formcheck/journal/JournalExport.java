package dev.formcheck.journal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.formcheck.common.AtomicFiles;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The whole journal in one file to take to a doctor or physiotherapist, or into a spreadsheet:
 * {@code .json} (every field, the entry schema) or {@code .csv} (one row per entry, plain words).
 */
public final class JournalExport {
    private static final List<String> CSV_COLUMNS = List.of("written_at", "where", "intensity_0_to_10", "feels", "started",
            "hours_after_exercise", "days_lasting", "eases_with_movement", "brought_on_by", "eased_by", "with", "warning_signs",
            "exercise", "session", "medication_or_treatment", "notes", "reading");

    private JournalExport() {
    }

    /** Writes {@code entries} to {@code target} (atomically), as CSV or JSON by its extension. */
    public static void write(List<JournalEntry> entries, Path target, SorenessGuide guide) {
        String name = target.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv")) {
            writeCsv(entries, target, guide);
        } else if (name.endsWith(".json")) {
            writeJson(entries, target);
        } else {
            throw new IllegalArgumentException(target + ": export to a .json or a .csv file");
        }
    }

    private static void writeJson(List<JournalEntry> entries, Path target) {
        ObjectNode root = JournalFiles.JSON.createObjectNode();
        root.put("format", "formcheck-journal");
        root.put("schema_version", JournalFiles.SCHEMA_VERSION);
        ArrayNode list = root.putArray("entries");
        entries.forEach(e -> list.add(JournalFiles.toJson(e)));
        AtomicFiles.write(target, out -> JournalFiles.JSON.writeValue(out, root));
    }

    private static void writeCsv(List<JournalEntry> entries, Path target, SorenessGuide guide) {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        CSV_COLUMNS.forEach(schema::addColumn);
        List<Map<String, String>> rows = new ArrayList<>();
        for (JournalEntry e : entries) {
            Map<String, String> row = new LinkedHashMap<>();
            row.put("written_at", e.writtenAt().toString());
            row.put("where", EntryText.labels(e.areas()));
            row.put("intensity_0_to_10", Integer.toString(e.intensity()));
            row.put("feels", EntryText.labels(e.qualities()));
            row.put("started", e.onset().map(Onset::label).orElse(""));
            row.put("hours_after_exercise", e.hoursAfterExercise().map(String::valueOf).orElse(""));
            row.put("days_lasting", e.daysLasting().map(String::valueOf).orElse(""));
            row.put("eases_with_movement", e.easesWithMovement().map(b -> b ? "yes" : "no").orElse(""));
            row.put("brought_on_by", String.join("; ", e.triggers()));
            row.put("eased_by", String.join("; ", e.relievedBy()));
            row.put("with", EntryText.labels(e.symptoms()));
            row.put("warning_signs", EntryText.labels(e.redFlags()));
            row.put("exercise", e.exercise());
            row.put("session", e.sessionId().orElse(""));
            row.put("medication_or_treatment", String.join("; ", e.medications()));
            row.put("notes", e.notes());
            row.put("reading", PainAssessment.of(e, guide).verdict().label());
            rows.add(row);
        }
        CsvMapper csv = new CsvMapper();
        AtomicFiles.write(target, out -> csv.writer(schema.build()).writeValue(out, rows));
    }
}
