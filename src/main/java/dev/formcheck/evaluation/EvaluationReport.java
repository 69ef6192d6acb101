package dev.formcheck.evaluation;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.formcheck.common.AtomicFiles;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What {@code evaluate} found: every item scored and the totals (docs/validation.md, "evaluate";
 * machine check: docs/schema/evaluation-v1.schema.json).
 *
 * @param schemaVersion 1; raised when a field changes meaning or disappears
 * @param bottomToleranceS a rep's bottom within this of a labelled one is on time
 * @param faultSlackS a flag this close to a labelled fault's span is on it
 * @param videos every video scored
 * @param videoTotals their totals; null without videos
 * @param photos every photo listed (those of families FormCheck does not define, unjudged, with why)
 * @param photoTotals totals per half and folder, then per half, then over all
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record EvaluationReport(int schemaVersion, double bottomToleranceS, double faultSlackS, List<VideoScore> videos,
                               Totals.VideoTotals videoTotals, List<PhotoScore> photos, List<PhotoGroup> photoTotals) {
    public static final int SCHEMA_VERSION = 1;

    public EvaluationReport {
        videos = List.copyOf(videos);
        photos = List.copyOf(photos);
        photoTotals = List.copyOf(photoTotals);
    }

    /**
     * @param half {@code tune}, {@code check} or {@code all}
     * @param folder the photos' folder, or {@code all}
     */
    public record PhotoGroup(String half, String folder, Totals.PhotoTotals totals) {
    }

    public static EvaluationReport of(List<VideoScore> videos, List<PhotoScore> photos) {
        List<PhotoGroup> groups = new ArrayList<>();
        Set<String> folders = new LinkedHashSet<>();
        photos.forEach(p -> folders.add(p.folder()));
        for (String half : List.of("tune", "check")) {
            List<PhotoScore> inHalf = photos.stream().filter(p -> p.half().equals(half)).toList();
            if (inHalf.isEmpty()) {
                continue;
            }
            if (folders.size() > 1) {
                for (String folder : folders) {
                    List<PhotoScore> in = inHalf.stream().filter(p -> p.folder().equals(folder)).toList();
                    if (!in.isEmpty()) {
                        groups.add(new PhotoGroup(half, folder, Totals.PhotoTotals.of(in)));
                    }
                }
            }
            groups.add(new PhotoGroup(half, "all", Totals.PhotoTotals.of(inHalf)));
        }
        if (!photos.isEmpty()) {
            groups.add(new PhotoGroup("all", "all", Totals.PhotoTotals.of(photos)));
        }
        return new EvaluationReport(SCHEMA_VERSION, Scoring.BOTTOM_TOLERANCE_S, Scoring.FAULT_SLACK_S, videos,
                videos.isEmpty() ? null : Totals.VideoTotals.of(videos), photos, groups);
    }

    /** The totals of one half over every folder, if any photo was in it. */
    public java.util.Optional<Totals.PhotoTotals> photoTotals(String half) {
        return photoTotals.stream().filter(g -> g.half().equals(half) && g.folder().equals("all")).findFirst()
                .map(PhotoGroup::totals);
    }

    private static final ObjectMapper JSON = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(SerializationFeature.INDENT_OUTPUT);

    /** Writes the report atomically (a temporary file moved into place). */
    public void writeJson(Path target) {
        AtomicFiles.write(target, out -> JSON.writeValue(out, this));
    }

    public static ObjectMapper jsonMapper() {
        return JSON;
    }
}
