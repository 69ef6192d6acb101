package dev.formcheck.report;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import dev.formcheck.common.AtomicFiles;

import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * The history as one self-contained HTML page ({@code history --html}): the weekly volume per
 * exercise with the build-up warnings, the clean-rep share trend, and the time upright per desk
 * day, as SVG charts laid out by {@link CategoryChart}, with the same lines the console prints.
 * Rendered by the Mustache template {@code history.mustache} beside this class (values escaped).
 *
 * @param period the weeks shown, in words
 * @param warnings the build-up warnings, in words
 * @param charts the charts, in order; empty ones are left out by the caller
 * @param lines the history as the console prints it
 * @param skipped files that could not be read, each with why
 */
public record HistoryPage(String title, String period, List<String> warnings, List<CategoryChart> charts, List<String> lines,
                          List<String> skipped, String empty) {
    private static final Mustache TEMPLATE = new DefaultMustacheFactory("dev/formcheck/report").compile("history.mustache");

    public HistoryPage {
        warnings = List.copyOf(warnings);
        charts = List.copyOf(charts);
        lines = List.copyOf(lines);
        skipped = List.copyOf(skipped);
    }

    public boolean hasWarnings() {
        return !warnings.isEmpty();
    }

    public boolean hasSkipped() {
        return !skipped.isEmpty();
    }

    public String text() {
        return String.join("\n", lines);
    }

    /** Writes the page atomically (a temporary file moved into place). */
    public void write(Path target) {
        AtomicFiles.write(target, out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            TEMPLATE.execute(writer, this);
            writer.flush();
        });
    }

    public String render() {
        StringWriter html = new StringWriter();
        TEMPLATE.execute(html, this);
        return html.toString();
    }
}
