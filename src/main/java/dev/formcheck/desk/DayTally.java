package dev.formcheck.desk;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One day's running totals, the mutable side of a {@link DailySummary}: time per bucket, the
 * longest streak, counts of reminders and the break history, as one run counted them (other runs'
 * parts of the day are kept apart: {@link DeskDay}). Owned by one {@link DeskMonitor}.
 */
final class DayTally {
    private final LocalDate day;
    private final Map<String, Long> timeMs = new LinkedHashMap<>();
    private final List<BreakEntry> breaks = new ArrayList<>();
    private long longestStreakMs;
    private int slouchAlerts;
    private int breakReminders;
    private long standingMs;

    DayTally(LocalDate day) {
        this.day = day;
    }

    LocalDate day() {
        return day;
    }

    void add(String bucket, long ms) {
        if (ms > 0) {
            timeMs.merge(bucket, ms, Long::sum);
        }
    }

    /** Moves up to {@code ms} already counted under {@code from} to {@code to} (a state confirmed late). */
    void move(String from, String to, long ms) {
        long moved = Math.min(Math.max(0, ms), timeMs.getOrDefault(from, 0L));
        timeMs.merge(from, -moved, Long::sum);
        timeMs.merge(to, moved, Long::sum);
    }

    /** {@code ms} more (or, negative, less: a stance confirmed late) of the time at the desk seen standing. */
    void standing(long ms) {
        standingMs = Math.max(0, standingMs + ms);
    }

    void streak(long ms) {
        longestStreakMs = Math.max(longestStreakMs, ms);
    }

    void slouchAlert() {
        slouchAlerts++;
    }

    void breakReminder() {
        breakReminders++;
    }

    void addBreak(BreakEntry entry) {
        breaks.add(entry);
    }

    /** A snooze that ended early: its entry, if it is still the last one, records the time it really lasted. */
    void endSnoozeEarly(Instant startedAt, double minutes) {
        if (!breaks.isEmpty()) {
            BreakEntry last = breaks.get(breaks.size() - 1);
            if (last.kind() == BreakEntry.Kind.SNOOZED && last.at().equals(startedAt)) {
                updateLastBreak(new BreakEntry(BreakEntry.Kind.SNOOZED, startedAt, minutes));
            }
        }
    }

    /** Replaces the last entry (a break in progress growing longer). */
    void updateLastBreak(BreakEntry entry) {
        breaks.set(breaks.size() - 1, entry);
    }

    DailySummary snapshot(Instant now) {
        Map<String, Long> positive = new LinkedHashMap<>();
        timeMs.forEach((k, v) -> {
            if (v > 0) {
                positive.put(k, v);
            }
        });
        return new DailySummary(day, positive, longestStreakMs, slouchAlerts, breakReminders, breaks, now, standingMs);
    }
}
