package dev.formcheck.session;

import dev.formcheck.desk.DailySummaryFiles;
import dev.formcheck.journal.JournalEntry;
import dev.formcheck.journal.JournalStore;
import dev.formcheck.records.SessionStore;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * What came before the journal's pain over the last weeks, in the words both front ends show
 * ({@code journal patterns} and the window's journal tab): how much there is to go on, each
 * pattern found, or that there is not enough yet, and that these are counts and not causes.
 */
public final class PainPatternsView {
    /** How far back the window looks, and the command's default. */
    public static final int DEFAULT_WEEKS = 4;

    private final List<String> lines;
    private final List<String> skipped;

    private PainPatternsView(List<String> lines, List<String> skipped) {
        this.lines = List.copyOf(lines);
        this.skipped = List.copyOf(skipped);
    }

    /**
     * Reads the journal, the kept sessions and the desk days of {@code dataDirectory} over the last
     * {@code weeks} weeks up to {@code today}; a desk day that cannot be read is passed to {@code warnings}.
     */
    public static PainPatternsView load(Path dataDirectory, LocalDate today, int weeks, ZoneId zone, Consumer<String> warnings) {
        if (weeks < 1) {
            throw new IllegalArgumentException("patterns cover at least one week");
        }
        HistoryView history = HistoryView.load(new SessionStore(dataDirectory),
                new DailySummaryFiles(dataDirectory.resolve("desk"), warnings), today, weeks, zone);
        JournalStore.Contents journal = new JournalStore(dataDirectory).read();
        Instant since = today.minusWeeks(weeks).plusDays(1).atStartOfDay(zone).toInstant();
        List<JournalEntry> entries = journal.entries().stream().filter(e -> !e.writtenAt().isBefore(since)).toList();
        // with no pain written down, every "followed by pain" count is nought: nothing to show yet
        List<PainPatterns.Pattern> patterns = entries.isEmpty() ? List.of()
                : PainPatterns.find(entries, history.records(), history.deskDays(), zone);
        List<String> lines = new ArrayList<>();
        lines.add("Over the last " + weeks + (weeks == 1 ? " week: " : " weeks: ") + count(entries.size(), "journal entry", "journal entries")
                + ", " + count(history.records().size(), "session", "sessions") + ", "
                + count(history.deskDays().size(), "desk day", "desk days") + ".");
        if (patterns.isEmpty()) {
            lines.add("Not enough yet to show a pattern: keep the journal for at least two weeks, with your workouts "
                    + "recorded, as the article suggests.");
        }
        patterns.forEach(p -> lines.add("  " + p.words()));
        lines.add(PainPatterns.CAVEAT);
        List<String> skipped = new ArrayList<>();
        history.skipped().forEach(s -> skipped.add("history: " + s));
        journal.skipped().forEach(s -> skipped.add("journal: " + s));
        return new PainPatternsView(lines, skipped);
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    /** The overview, the patterns (indented) or "not enough yet", and the caveat. */
    public List<String> lines() {
        return lines;
    }

    /** Files that could not be read, each with its reason, prefixed by what they belong to. */
    public List<String> skipped() {
        return skipped;
    }
}
