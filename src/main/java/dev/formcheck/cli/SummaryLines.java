package dev.formcheck.cli;

import dev.formcheck.session.SummaryLine;

import java.io.PrintWriter;
import java.util.List;

/** How the terminal shows a session's summary lines: indented, {@code "  label: text"}. */
final class SummaryLines {
    private SummaryLines() {
    }

    static void print(PrintWriter out, List<SummaryLine> lines) {
        lines.forEach(l -> out.println("  " + l.label() + ": " + l.text()));
    }
}
