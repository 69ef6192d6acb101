package dev.formcheck.feedback;

import java.io.PrintStream;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Shows each notification as one line of text, for headless runs and for machines whose desktop
 * has no system tray. The caller decides where the lines go (the CLI passes the terminal).
 */
public final class ConsoleNotifier implements Notifier {
    private final Consumer<String> lines;

    /** Each notification becomes one line handed to {@code lines}. */
    public ConsoleNotifier(Consumer<String> lines) {
        this.lines = Objects.requireNonNull(lines, "lines");
    }

    /** Each notification is printed as one line on {@code out}. */
    public ConsoleNotifier(PrintStream out) {
        this(Objects.requireNonNull(out, "out")::println);
    }

    @Override
    public void show(Notification n) {
        lines.accept(line(n));
    }

    /** {@code "reminder: Time to move - You have been sitting for 45 minutes."}, always on one line. */
    public static String line(Notification n) {
        String text = n.message().isBlank() ? n.title() : n.title() + " - " + n.message();
        return label(n.urgency()) + ": " + oneLine(text);
    }

    private static String label(Notification.Urgency urgency) {
        return switch (urgency) {
            case GENTLE -> "reminder";
            case NORMAL -> "alert";
        };
    }

    /** A message with line breaks would break the one-line-per-notification promise of a log. */
    private static String oneLine(String text) {
        return text.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
