package dev.formcheck.desk;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One day at the desk, as the daily summary file stores it (docs/desk.md has the file's schema).
 *
 * @param date the local day
 * @param timeMs milliseconds in each state by {@link #key(Posture)}, plus {@code CAMERA_BUSY} and {@code SNOOZED}
 * @param longestStreakMs the longest sitting streak of the day
 * @param slouchAlerts posture alerts shown
 * @param breakReminders movement-break reminders shown
 * @param breaks the break history, in order
 * @param updatedAt when this summary was last brought up to date
 * @param standingMs of the time at the desk (the posture states), how much the camera saw the user
 *                   standing at a standing desk; 0 where it cannot tell sitting from standing
 */
public record DailySummary(LocalDate date, Map<String, Long> timeMs, long longestStreakMs, int slouchAlerts,
                           int breakReminders, List<BreakEntry> breaks, Instant updatedAt, long standingMs) {
    public static final String CAMERA_BUSY = "CAMERA_BUSY";
    public static final String SNOOZED = "SNOOZED";

    public DailySummary {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(updatedAt, "updatedAt");
        timeMs = Collections.unmodifiableMap(new LinkedHashMap<>(timeMs));
        breaks = List.copyOf(breaks);
        if (standingMs < 0) {
            throw new IllegalArgumentException("standing time cannot be negative, not " + standingMs);
        }
    }

    /** A day with no standing time told (a camera that cannot tell, or a day saved before it was kept). */
    public DailySummary(LocalDate date, Map<String, Long> timeMs, long longestStreakMs, int slouchAlerts,
                        int breakReminders, List<BreakEntry> breaks, Instant updatedAt) {
        this(date, timeMs, longestStreakMs, slouchAlerts, breakReminders, breaks, updatedAt, 0);
    }

    public static DailySummary empty(LocalDate date, Instant now) {
        return new DailySummary(date, Map.of(), 0, 0, 0, List.of(), now);
    }

    /** The key a posture's time is filed under: "UPRIGHT", "LEANING_BACK". */
    public static String key(Posture p) {
        return p.lean().map(l -> p.state().name() + "_" + l.name()).orElse(p.state().name());
    }

    public long millis(String key) {
        return timeMs.getOrDefault(key, 0L);
    }

    /** Time at the desk: every posture state, AWAY, SNOOZED and CAMERA_BUSY left out. */
    public long atDeskMs() {
        return timeMs.entrySet().stream().filter(e -> !e.getKey().equals(DeskState.AWAY.name()) && !e.getKey().equals(SNOOZED)
                && !e.getKey().equals(CAMERA_BUSY)).mapToLong(Map.Entry::getValue).sum();
    }

    /** Time at the desk not seen standing. */
    public long sittingMs() {
        return Math.max(0, atDeskMs() - standingMs);
    }

    /** Every millisecond accounted for, in any state or neither. */
    public long totalMs() {
        return timeMs.values().stream().mapToLong(Long::longValue).sum();
    }
}
