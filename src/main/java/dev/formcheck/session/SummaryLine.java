package dev.formcheck.session;

/**
 * One line of a summary, as data: the CLI prints {@code "  label: text"}, the window shows a
 * labelled row. The text is already in the user's words.
 */
public record SummaryLine(String label, String text) {
    public SummaryLine {
        if (label == null || label.isBlank() || text == null) {
            throw new IllegalArgumentException("a summary line needs a label and a text");
        }
    }
}
