package dev.formcheck.session;

import dev.formcheck.feedback.PlainWords;
import dev.formcheck.journal.JournalEntry;
import dev.formcheck.records.SessionEvent;
import dev.formcheck.records.SessionRecord;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * The patterns the source article asks a pain journal to show: which exercises, which flags and
 * which desk days came before pain. Deliberately simple and explained: for each, how many times it
 * happened and how many of those were followed by a journal entry within {@link #WINDOW}, beside
 * the same count for the times without it. Counting, not a diagnosis, and it says so.
 */
public final class PainPatterns {
    /** Pain noted within two days of a session counts as following it: soreness starts 12-24 h after and peaks later. */
    public static final Duration WINDOW = Duration.ofHours(48);
    /** Fewer times than this say nothing: the line is left out rather than read into. */
    public static final int MIN_OCCASIONS = 2;
    /** A desk day counts as a slouched day when under this share of its judged time was upright. */
    public static final double SLOUCHED_DAY_UPRIGHT_SHARE = 0.5;

    public static final String CAVEAT = "These are counts of what came before your journal entries, not causes: a pattern "
            + "here is something to try changing and to show a doctor or physiotherapist, not a diagnosis.";

    private PainPatterns() {
    }

    /** One thing that may precede pain: how often it happened, how often pain followed, and the same without it. */
    public record Pattern(String what, int occasions, int followedByPain, int occasionsWithout, int withoutFollowedByPain) {
        public double rate() {
            return occasions == 0 ? 0 : (double) followedByPain / occasions;
        }

        public double rateWithout() {
            return occasionsWithout == 0 ? 0 : (double) withoutFollowedByPain / occasionsWithout;
        }

        /** "Deadlift sessions: 4 of 5 followed by pain within 2 days (other sessions: 1 of 9)." */
        public String words() {
            String base = String.format(Locale.ROOT, "%s: %d of %d followed by pain within 2 days", what, followedByPain, occasions);
            return occasionsWithout == 0 ? base + "." : base + String.format(Locale.ROOT, " (without: %d of %d).",
                    withoutFollowedByPain, occasionsWithout);
        }
    }

    /**
     * The patterns, most often followed by pain first.
     *
     * @param deskDays each desk day with the share of its judged time spent upright
     */
    public static List<Pattern> find(List<JournalEntry> journal, List<SessionRecord> sessions,
                                     List<HistoryView.DeskDayShare> deskDays, ZoneId zone) {
        List<Instant> pain = journal.stream().filter(e -> e.intensity() > 0).map(JournalEntry::writtenAt).sorted().toList();
        List<Pattern> out = new ArrayList<>();
        Set<String> exercises = new TreeSet<>(sessions.stream().map(SessionRecord::exercise).toList());
        for (String exercise : exercises) {
            sessionPattern(PlainWords.exercise(exercise) + " sessions", sessions, r -> r.exercise().equals(exercise), pain)
                    .ifPresent(out::add);
        }
        Set<String> kinds = new TreeSet<>(sessions.stream().flatMap(r -> r.faults().stream()).map(SessionEvent.Fault::kind).toList());
        for (String kind : kinds) {
            String words = HistoryView.flagWords(kind);
            sessionPattern("Sessions with " + words, sessions, r -> r.faults().stream().anyMatch(f -> f.kind().equals(kind)), pain)
                    .ifPresent(out::add);
        }
        deskPattern(deskDays, pain, zone).ifPresent(out::add);
        out.sort(Comparator.comparingDouble(Pattern::rate).reversed().thenComparing(Pattern::what));
        return out;
    }

    private static java.util.Optional<Pattern> sessionPattern(String what, List<SessionRecord> sessions, Predicate<SessionRecord> with,
                                                              List<Instant> pain) {
        int n = 0;
        int k = 0;
        int nWithout = 0;
        int kWithout = 0;
        for (SessionRecord r : sessions) {
            boolean followed = followed(r.header().startedAt(), pain);
            if (with.test(r)) {
                n++;
                k += followed ? 1 : 0;
            } else {
                nWithout++;
                kWithout += followed ? 1 : 0;
            }
        }
        return n < MIN_OCCASIONS ? java.util.Optional.empty() : java.util.Optional.of(new Pattern(what, n, k, nWithout, kWithout));
    }

    private static java.util.Optional<Pattern> deskPattern(List<HistoryView.DeskDayShare> days, List<Instant> pain, ZoneId zone) {
        int n = 0;
        int k = 0;
        int nWithout = 0;
        int kWithout = 0;
        for (HistoryView.DeskDayShare d : days) {
            boolean followed = followed(endOfDay(d.date(), zone).minus(Duration.ofHours(12)), pain);
            if (d.uprightShare() < SLOUCHED_DAY_UPRIGHT_SHARE) {
                n++;
                k += followed ? 1 : 0;
            } else {
                nWithout++;
                kWithout += followed ? 1 : 0;
            }
        }
        return n < MIN_OCCASIONS ? java.util.Optional.empty()
                : java.util.Optional.of(new Pattern("Desk days upright less than half the time", n, k, nWithout, kWithout));
    }

    private static Instant endOfDay(LocalDate d, ZoneId zone) {
        return d.plusDays(1).atStartOfDay(zone).toInstant();
    }

    private static boolean followed(Instant at, List<Instant> pain) {
        Instant until = at.plus(WINDOW);
        return pain.stream().anyMatch(p -> !p.isBefore(at) && !p.isAfter(until));
    }
}
