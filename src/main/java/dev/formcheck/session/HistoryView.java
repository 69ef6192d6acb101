package dev.formcheck.session;

import dev.formcheck.analysis.exercise.FlagKind;
import dev.formcheck.desk.DailySummary;
import dev.formcheck.desk.DeskDay;
import dev.formcheck.desk.Posture;
import dev.formcheck.desk.SummaryStore;
import dev.formcheck.feedback.PlainWords;
import dev.formcheck.records.History;
import dev.formcheck.records.SessionEvent;
import dev.formcheck.records.SessionRecord;
import dev.formcheck.records.SessionStore;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The history both front ends show, in plain words: workouts week by week, the build-up warnings,
 * the most recent sessions, and desk days. Built from the session records and the desk's daily
 * summaries; the window draws charts from {@link #weeks()} and {@link #deskDays()}.
 */
public final class HistoryView {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.ENGLISH);

    /** A desk day: time judged (present, not snoozed, camera free) and the share of it spent upright. */
    public record DeskDayShare(LocalDate date, long judgedMs, double uprightShare) {
    }

    private final List<SessionRecord> records;
    private final List<String> skipped;
    private final List<History.Week> weeks;
    private final List<DeskDayShare> deskDays;
    private final ZoneId zone;

    private HistoryView(List<SessionRecord> records, List<String> skipped, List<DeskDayShare> deskDays, ZoneId zone) {
        this.records = List.copyOf(records);
        this.skipped = List.copyOf(skipped);
        this.weeks = History.weeks(records, zone);
        this.deskDays = List.copyOf(deskDays);
        this.zone = zone;
    }

    /** The history of the last {@code weeks} weeks up to {@code today}. */
    public static HistoryView load(SessionStore sessions, SummaryStore desk, LocalDate today, int weeks, ZoneId zone) {
        if (weeks < 1) {
            throw new IllegalArgumentException("a history covers at least one week");
        }
        LocalDate first = today.minusWeeks(weeks).plusDays(1);
        SessionStore.Contents contents = sessions.read();
        List<SessionRecord> inRange = contents.records().stream()
                .filter(r -> !r.header().startedAt().atZone(zone).toLocalDate().isBefore(first)).toList();
        List<DeskDayShare> days = new ArrayList<>();
        for (LocalDate d = first; !d.isAfter(today); d = d.plusDays(1)) {
            desk.load(d).map(DeskDay::total).flatMap(HistoryView::share).ifPresent(days::add);
        }
        return new HistoryView(inRange, contents.skipped(), days, zone);
    }

    static Optional<DeskDayShare> share(DailySummary day) {
        long upright = day.millis(DailySummary.key(Posture.UPRIGHT));
        long judged = day.totalMs() - day.millis(DailySummary.key(Posture.AWAY)) - day.millis(DailySummary.CAMERA_BUSY)
                - day.millis(DailySummary.SNOOZED);
        return judged <= 0 ? Optional.empty() : Optional.of(new DeskDayShare(day.date(), judged, (double) upright / judged));
    }

    public List<History.Week> weeks() {
        return weeks;
    }

    public List<DeskDayShare> deskDays() {
        return deskDays;
    }

    public List<SessionRecord> records() {
        return records;
    }

    /** Files that could not be read, each named with why (left as they are). */
    public List<String> skipped() {
        return skipped;
    }

    /** Everything as lines for a console or a plain text view. */
    public List<String> lines(int recentSessions) {
        List<String> out = new ArrayList<>();
        if (records.isEmpty()) {
            out.add("No workouts or analysed videos kept yet. Each 'analyze VIDEO --exercise ...' and each workout in the window is kept here.");
        } else {
            out.add("Workouts, week by week (weeks start on Monday):");
            for (History.Week w : weeks) {
                out.add(String.format(Locale.ROOT, "  week of %s  %-18s %s", DAY.format(w.monday()), PlainWords.exercise(w.exercise()),
                        weekWords(w)));
            }
            List<String> warnings = warnings();
            if (!warnings.isEmpty()) {
                out.add("");
                out.add("Build up gradually:");
                warnings.forEach(w -> out.add("  " + w));
            }
            out.add("");
            out.add("Latest sessions:");
            records.stream().sorted(Comparator.comparing((SessionRecord r) -> r.header().startedAt()).reversed()).limit(recentSessions)
                    .forEach(r -> out.add("  " + sessionWords(r)));
        }
        if (!deskDays.isEmpty()) {
            out.add("");
            out.add("Desk, day by day:");
            deskDays.forEach(d -> out.add(String.format(Locale.ROOT, "  %s  sat upright %.0f%% of %s", DAY.format(d.date()),
                    100 * d.uprightShare(), hoursMinutes(d.judgedMs()))));
        }
        return out;
    }

    /** The weeks whose volume rose more than {@link History#VOLUME_RISE_LIMIT} over the last, in words. */
    public List<String> warnings() {
        return History.volumeWarnings(weeks).stream()
                .map(w -> w.text().replace(w.exercise() + ":", PlainWords.exercise(w.exercise()) + ":")).toList();
    }

    /** "3 h 10 min", "45 min". */
    public static String hoursMinutes(long ms) {
        long minutes = Math.round(ms / 60_000.0);
        return minutes >= 60 ? minutes / 60 + " h " + minutes % 60 + " min" : minutes + " min";
    }

    private static String weekWords(History.Week w) {
        StringBuilder s = new StringBuilder();
        s.append(w.sessions()).append(w.sessions() == 1 ? " session, " : " sessions, ");
        s.append(w.sets()).append(w.sets() == 1 ? " set, " : " sets, ");
        s.append(History.volume(w));
        s.append(", ").append(w.faults() == 0 ? "no flags" : w.faults() + (w.faults() == 1 ? " flag" : " flags"));
        w.cleanShare().ifPresent(c -> s.append(String.format(Locale.ROOT, ", %.0f%% of reps clean", 100 * c)));
        return s.toString();
    }

    private String sessionWords(SessionRecord r) {
        StringBuilder s = new StringBuilder(WHEN.format(r.header().startedAt().atZone(zone)));
        s.append(" - ").append(PlainWords.exercise(r.exercise())).append(", ");
        s.append(SessionRecording.VIDEO_KIND.equals(r.header().kind()) ? "video" : "live");
        s.append(", ").append(r.totalReps() > 0 || r.holds().isEmpty() ? r.totalReps() + (r.totalReps() == 1 ? " rep" : " reps")
                : String.format(Locale.ROOT, "%.0f s held", r.holds().stream().mapToDouble(SessionEvent.Hold::heldS).sum()));
        Map<String, Long> byKind = r.faults().stream().collect(Collectors.groupingBy(SessionEvent.Fault::kind, Collectors.counting()));
        if (!byKind.isEmpty()) {
            s.append(", ").append(byKind.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                    .map(e -> flagWords(e.getKey()) + (e.getValue() > 1 ? " x" + e.getValue() : "")).collect(Collectors.joining(", ")));
        }
        if (!r.complete()) {
            s.append(" (stopped before it ended: kept up to there)");
        }
        s.append(" [").append(r.id()).append("]");
        return s.toString();
    }

    private static final Map<String, FlagKind> KINDS = Arrays.stream(FlagKind.values())
            .collect(Collectors.toMap(Enum::name, Function.identity()));

    /** A flag's plain name; a kind this version does not know (a newer file) is shown in lower-case words. */
    static String flagWords(String kind) {
        FlagKind k = KINDS.get(kind);
        return k != null ? PlainWords.name(k).toLowerCase(Locale.ROOT) : kind.toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
