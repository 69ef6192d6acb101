package dev.formcheck.journal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** An entry and its reading in plain words: the lines both the window and the command show. */
public final class EntryText {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.ENGLISH);

    private EntryText() {
    }

    /** One line for a list: "Mon 7 Dec 2026, 16:20 - lower back, 6 out of 10, sharp (does not read like soreness)". */
    public static String summaryLine(JournalEntry e, PainAssessment a, ZoneId zone) {
        String quality = e.qualities().isEmpty() ? "" : ", " + labels(e.qualities());
        String body = WHEN.format(e.writtenAt().atZone(zone)) + " - " + labels(e.areas()) + ", " + e.intensity() + " out of 10" + quality;
        if (!e.redFlags().isEmpty()) {
            // the warning leads the line, as it leads everything else
            return RedFlag.SEE_A_DOCTOR_NOW + " (" + labels(e.redFlags()) + ") " + body;
        }
        return body + " (" + a.verdict().label().toLowerCase(Locale.ROOT) + ")";
    }

    /**
     * The whole entry: red-flag messages first, then the reading with its reasons, the fields, and
     * the article's soreness guide.
     */
    public static List<String> lines(JournalEntry e, PainAssessment a, SorenessGuide guide, ZoneId zone) {
        List<String> out = new ArrayList<>(a.redFlagMessages());
        if (!a.redFlagMessages().isEmpty()) {
            out.add("");
        }
        out.addAll(details(e, a, guide, zone));
        return out;
    }

    /** {@link #lines} without the red-flag messages, for a front end that has already shown them. */
    public static List<String> details(JournalEntry e, PainAssessment a, SorenessGuide guide, ZoneId zone) {
        List<String> out = new ArrayList<>();
        out.add(a.verdict().label() + ".");
        a.reasons().forEach(r -> out.add("  - " + r));
        out.add("");
        out.add("Written: " + WHEN.format(e.writtenAt().atZone(zone)) + " (entry " + shortId(e) + ")");
        out.add("Where: " + labels(e.areas()));
        out.add("How bad: " + e.intensity() + " out of 10");
        if (!e.qualities().isEmpty()) {
            out.add("Feels: " + labels(e.qualities()));
        }
        e.onset().ifPresent(o -> out.add("Started: " + o.label()
                + e.hoursAfterExercise().map(h -> ", " + hours(h) + " after exercise").orElse("")));
        if (e.onset().isEmpty()) {
            e.hoursAfterExercise().ifPresent(h -> out.add("Started: " + hours(h) + " after exercise"));
        }
        e.daysLasting().ifPresent(d -> out.add("Lasted so far: " + (d == 1 ? "1 day" : d + " days")));
        e.easesWithMovement().ifPresent(b -> out.add("Moving " + (b ? "eases it" : "does not ease it")));
        if (!e.triggers().isEmpty()) {
            out.add("Brought on by: " + String.join(", ", e.triggers()));
        }
        if (!e.relievedBy().isEmpty()) {
            out.add("Eased by: " + String.join(", ", e.relievedBy()));
        }
        if (!e.symptoms().isEmpty()) {
            out.add("With: " + labels(e.symptoms()));
        }
        if (!e.redFlags().isEmpty()) {
            out.add("Warning signs: " + labels(e.redFlags()));
        }
        if (!e.exercise().isEmpty()) {
            out.add("Exercise: " + e.exercise());
        }
        e.sessionId().ifPresent(s -> out.add("Linked session: " + s));
        if (!e.medications().isEmpty()) {
            out.add("Medication or treatment: " + String.join(", ", e.medications()));
        }
        if (!e.notes().isEmpty()) {
            out.add("Notes: " + e.notes());
        }
        out.add("");
        out.add(guide.explanation());
        out.add("FormCheck is not a medical device; this reading repeats general guidance and is not a diagnosis.");
        return out;
    }

    public static String shortId(JournalEntry e) {
        return e.id().toString().substring(0, 8);
    }

    static String labels(java.util.Collection<? extends Labelled> values) {
        return values.stream().map(Labelled::label).collect(Collectors.joining(", "));
    }

    private static String hours(double h) {
        long whole = Math.round(h);
        return Math.abs(h - whole) < 1e-9 ? (whole == 1 ? "1 hour" : whole + " hours") : String.format(Locale.ROOT, "%.1f hours", h);
    }
}
