package dev.formcheck.ui.model;

import java.nio.file.Path;
import java.util.Locale;

/**
 * What the review's "Export report…" proposes and writes to: named after the video as
 * {@code analyze --report DIR} names it ({@code squat.mp4} gives {@code squat.report.html}), and
 * an HTML file even when the name typed has no extension, so a browser opens it.
 */
public final class ReportNames {
    private static final String SUFFIX = ".report.html";

    private ReportNames() {
    }

    /** The proposed file name for the report of {@code videoFileName}. */
    public static String defaultName(String videoFileName) {
        int dot = videoFileName.lastIndexOf('.');
        return (dot > 0 ? videoFileName.substring(0, dot) : videoFileName) + SUFFIX;
    }

    /** {@code chosen}, with {@code .html} added when it does not end in {@code .html} or {@code .htm}. */
    public static Path withExtension(Path chosen) {
        String name = chosen.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".html") || name.endsWith(".htm") ? chosen : chosen.resolveSibling(chosen.getFileName() + ".html");
    }
}
