package dev.formcheck.evaluation;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads labels in the shared schema: a {@code LABELS.json} of videos, or a {@code labels.csv} of
 * photos in either layout of {@code ../shared/data/images} ({@code exercises/}: file,
 * exercise_family, source_name, ...; {@code exercises-more/}: file, source_path, ..., family, ...).
 */
public final class LabelFiles {
    private LabelFiles() {
    }

    /** What a labels file holds. */
    public sealed interface Labels permits VideoLabels, PhotoLabels {
        Path file();
    }

    public record VideoLabels(Path file, List<VideoLabel> items) implements Labels {
    }

    public record PhotoLabels(Path file, List<PhotoLabel> items) implements Labels {
    }

    /** A {@code .json} file is read as video labels, a {@code .csv} as photo labels. */
    public static Labels read(Path file) {
        if (!Files.exists(file)) {
            throw new EvaluationException(file + ": no such labels file");
        }
        if (!Files.isRegularFile(file)) {
            throw new EvaluationException(file + ": not a labels file (a directory, a named pipe or a device); labels are "
                    + "a .json file of videos or a .csv file of photos");
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".json")) {
            return new VideoLabels(file, videos(file));
        }
        if (name.endsWith(".csv")) {
            return new PhotoLabels(file, photos(file));
        }
        throw new EvaluationException(file + ": labels are a .json file of videos (like videos/LABELS.json) "
                + "or a .csv file of photos (like images/exercises/labels.csv)");
    }

    static List<PhotoLabel> photos(Path file) {
        List<PhotoLabel> out = new ArrayList<>();
        try (MappingIterator<Map<String, String>> rows = new CsvMapper().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(Files.newBufferedReader(file))) {
            int line = 1;
            while (rows.hasNext()) {
                line++;
                Map<String, String> row = rows.next();
                String photo = required(row, "file", file, line);
                String family = row.getOrDefault("family", row.get("exercise_family"));
                if (family == null) {
                    throw new EvaluationException(file + ", line " + line + ": no 'family' or 'exercise_family' column");
                }
                out.add(new PhotoLabel(photo, family, source(row, photo), row.getOrDefault("position", ""),
                        row.getOrDefault("view", ""), required(row, "back", file, line), required(row, "hips", file, line),
                        row.getOrDefault("notes", "")));
            }
        } catch (NoSuchFileException e) {
            throw new EvaluationException(file + ": no such labels file");
        } catch (JacksonException | RuntimeException e) {
            if (e instanceof EvaluationException ee) {
                throw ee;
            }
            throw new EvaluationException(file + ": not a labels CSV (" + e.getMessage() + ")", e);
        } catch (IOException e) {
            throw new EvaluationException(file + ": cannot be read (" + e.getMessage() + ")", e);
        }
        return out;
    }

    /** The source exercise: {@code source_name}, else the folder of {@code source_path}, else the name before "-0.jpg". */
    private static String source(Map<String, String> row, String photo) {
        String name = row.get("source_name");
        if (name != null && !name.isBlank()) {
            return name;
        }
        String path = row.get("source_path");
        if (path != null && path.split("/").length >= 2) {
            String[] parts = path.split("/");
            return parts[parts.length - 2];
        }
        String stem = photo.replaceFirst("\\.[^.]+$", "");
        return stem.replaceFirst("-\\d+$", "");
    }

    private static String required(Map<String, String> row, String column, Path file, int line) {
        String v = row.get(column);
        if (v == null) {
            throw new EvaluationException(file + ", line " + line + ": no '" + column + "' column");
        }
        return v.trim();
    }

    static List<VideoLabel> videos(Path file) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(file.toFile());
        } catch (JacksonException e) {
            throw new EvaluationException(file + ": not readable JSON (" + e.getOriginalMessage() + ")", e);
        } catch (IOException e) {
            throw new EvaluationException(file + ": cannot be read (" + e.getMessage() + ")", e);
        }
        JsonNode files = root == null ? null : root.get("files");
        if (files == null || !files.isArray()) {
            throw new EvaluationException(file + ": no \"files\" list (videos/LABELS.json's schema)");
        }
        List<VideoLabel> out = new ArrayList<>();
        for (JsonNode f : files) {
            if (!f.path("kind").asText("video").equals("video")) {
                continue;
            }
            String name = f.path("file").asText(null);
            if (name == null) {
                throw new EvaluationException(file + ": an entry of \"files\" has no \"file\"");
            }
            Optional<String> exercise = f.path("exercise").isTextual() ? Optional.of(f.get("exercise").asText())
                    : Optional.empty();
            Optional<Integer> reps = f.path("reps").isInt() && exercise.isPresent() && f.path("reps").asInt() > 0
                    ? Optional.of(f.get("reps").asInt()) : Optional.empty();
            List<Integer> acceptable = new ArrayList<>();
            f.path("reps_acceptable").forEach(n -> acceptable.add(n.asInt()));
            if (reps.isPresent() && !acceptable.contains(reps.get())) {
                acceptable.add(reps.get());
            }
            List<Double> bottoms = new ArrayList<>();
            f.path("rep_bottom_times_s").forEach(n -> bottoms.add(n.asDouble()));
            List<VideoLabel.Span> holds = new ArrayList<>();
            f.path("holds").forEach(h -> holds.add(new VideoLabel.Span(h.path("start_s").asDouble(), h.path("end_s").asDouble())));
            List<VideoLabel.Fault> faults = new ArrayList<>();
            f.path("faults").forEach(x -> faults.add(new VideoLabel.Fault(x.path("kind").asText(""),
                    new VideoLabel.Span(x.path("start_s").asDouble(), x.path("end_s").asDouble()),
                    x.path("expected").asBoolean(true))));
            out.add(new VideoLabel(name, exercise, f.path("view").asText(""), reps, acceptable, bottoms, holds, faults));
        }
        return out;
    }
}
