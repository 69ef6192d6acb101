package dev.formcheck.desk;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A day as its summary file keeps it: each run's part, and the day's totals made from them (time
 * and counts added up, the longest streak the longest of any run, the breaks of all runs in order).
 * A run saving again replaces only its own part.
 */
public record DeskDay(LocalDate date, List<DeskRun> runs) {
    public DeskDay {
        Objects.requireNonNull(date, "date");
        runs = List.copyOf(runs);
        for (DeskRun r : runs) {
            if (!r.summary().date().equals(date)) {
                throw new IllegalArgumentException("run " + r.id() + " is for " + r.summary().date() + ", not " + date);
            }
        }
    }

    public static DeskDay empty(LocalDate date) {
        return new DeskDay(date, List.of());
    }

    /** This day with {@code run}'s part replaced (or added), every other run's kept as it was. */
    public DeskDay with(DeskRun run) {
        List<DeskRun> next = new ArrayList<>(runs.size() + 1);
        boolean replaced = false;
        for (DeskRun r : runs) {
            if (r.id().equals(run.id())) {
                next.add(run);
                replaced = true;
            } else {
                next.add(r);
            }
        }
        if (!replaced) {
            next.add(run);
        }
        return new DeskDay(date, next);
    }

    /** The day's totals over every run; {@code updatedAt} the latest of theirs. */
    public DailySummary total() {
        Map<String, Long> time = new LinkedHashMap<>();
        List<BreakEntry> breaks = new ArrayList<>();
        long longest = 0;
        int alerts = 0;
        int reminders = 0;
        long standing = 0;
        Instant updated = null;
        for (DeskRun r : runs) {
            DailySummary s = r.summary();
            s.timeMs().forEach((k, v) -> time.merge(k, v, Long::sum));
            breaks.addAll(s.breaks());
            longest = Math.max(longest, s.longestStreakMs());
            alerts += s.slouchAlerts();
            reminders += s.breakReminders();
            standing += s.standingMs();
            updated = updated == null || s.updatedAt().isAfter(updated) ? s.updatedAt() : updated;
        }
        breaks.sort(Comparator.comparing(BreakEntry::at));
        return new DailySummary(date, time, longest, alerts, reminders, breaks,
                updated == null ? date.atStartOfDay(java.time.ZoneOffset.UTC).toInstant() : updated, standing);
    }
}
