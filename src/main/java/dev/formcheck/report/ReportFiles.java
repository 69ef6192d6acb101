package dev.formcheck.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import dev.formcheck.common.AtomicFiles;
import dev.formcheck.pose.BodyPart;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

/** Writes a {@link PoseTrackDocument} as JSON or CSV, atomically. */
public final class ReportFiles {
    /** Compact: a 20 s video is about 1 MB this way and three times that indented. */
    private static final ObjectMapper JSON = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);

    private ReportFiles() {
    }

    public static ObjectMapper jsonMapper() {
        return JSON.copy();
    }

    public static void writeJson(Path target, PoseTrackDocument document) {
        AtomicFiles.write(target, out -> JSON.writeValue(out, document));
    }

    /**
     * One row per frame: time, person found, inference time, then x, y and score of every
     * smoothed keypoint in COCO order (empty cells when no person was found).
     */
    public static void writeCsv(Path target, PoseTrackDocument document) {
        AtomicFiles.write(target, out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            StringBuilder header = new StringBuilder("t_s,person,inference_ms");
            for (BodyPart part : BodyPart.values()) {
                header.append(',').append(part.id()).append("_x,").append(part.id()).append("_y,")
                        .append(part.id()).append("_score");
            }
            w.write(header.append('\n').toString());
            for (PoseTrackDocument.Frame f : document.frames()) {
                StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%.6f,%b,%.3f", f.tS(), f.person(), f.inferenceMs()));
                for (int i = 0; i < BodyPart.COUNT; i++) {
                    if (f.person()) {
                        PoseTrackDocument.Point p = f.keypoints().get(i);
                        row.append(String.format(Locale.ROOT, ",%.2f,%.2f,%.4f", p.x(), p.y(), p.score()));
                    } else {
                        row.append(",,,");
                    }
                }
                w.write(row.append('\n').toString());
            }
            w.flush();
        });
    }
}
