package dev.formcheck.report;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import dev.formcheck.capture.RgbImage;
import dev.formcheck.common.AtomicFiles;

import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The recorded workout's report: one self-contained HTML file (styles, charts and pictures inside
 * it; nothing fetched, so it reads offline and prints), rendered from {@link ReportContent} by the
 * Mustache template {@code report.mustache} beside this class, which escapes every value as HTML.
 */
public final class HtmlReport {
    /** Compiled once: the template is a resource of this package. */
    private static final Mustache TEMPLATE = new DefaultMustacheFactory("dev/formcheck/report").compile("report.mustache");

    private HtmlReport() {
    }

    /**
     * Writes the report of {@code evidence} to {@code target}, atomically (a temporary file moved
     * into place: a failed or killed write leaves no half-written report).
     *
     * @param stills the decoded frames of {@link KeyMoments#of}'s moments, by frame index
     */
    public static void write(Path target, RecordingEvidence evidence, Map<Integer, RgbImage> stills) {
        ReportContent content = content(evidence, stills);
        AtomicFiles.write(target, out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            TEMPLATE.execute(writer, content);
            writer.flush();
        });
    }

    /**
     * Writes the report of a kept session, atomically: {@code kept} holds its judgement and sets but
     * no frames; {@code atKeyFrames} holds one frame per key moment (decoded again from the video,
     * its pose found again), {@code stills} their pictures by that index. Both may be empty: the
     * report is then without key frames, and {@code origin} says why.
     */
    public static void writeKept(Path target, RecordingEvidence kept, ReportContent.Origin origin, RecordingEvidence atKeyFrames,
                                 List<KeyMoments.KeyMoment> moments, Map<Integer, RgbImage> stills) {
        ReportContent content = ReportContent.of(kept, KeyFramePictures.of(atKeyFrames, moments, stills), origin);
        AtomicFiles.write(target, out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            TEMPLATE.execute(writer, content);
            writer.flush();
        });
    }

    /** What the report shows, before it is rendered. */
    public static ReportContent content(RecordingEvidence evidence, Map<Integer, RgbImage> stills) {
        List<KeyMoments.KeyMoment> moments = KeyMoments.of(evidence);
        return ReportContent.of(evidence, KeyFramePictures.of(evidence, moments, stills));
    }

    /** The report's HTML as a string. */
    public static String render(ReportContent content) {
        StringWriter html = new StringWriter();
        TEMPLATE.execute(html, content);
        return html.toString();
    }
}
