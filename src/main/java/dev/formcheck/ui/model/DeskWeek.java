package dev.formcheck.ui.model;

import dev.formcheck.desk.DailySummary;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The last 7 days at the desk from the daily summaries: each day's upright share for the chart and
 * a plain verdict against the 7 days before ("You sat upright 71% of the time this week, up from
 * 64% the week before."). Upright share: upright (and leaning back) time over all time judged
 * sitting; days with no judged time are left out, never counted as 0%.
 */
public final class DeskWeek {
    private static final List<String> UPRIGHT = DeskViewModel.CATEGORIES.get("Upright");
    private static final List<String> SITTING = DeskViewModel.CATEGORIES.entrySet().stream()
            .filter(e -> !e.getKey().equals("Away")).flatMap(e -> e.getValue().stream()).toList();

    private final LocalDate today;
    private final Map<LocalDate, DailySummary> days;

    /** @param days the summaries there are, any dates; only the 14 days up to {@code today} count */
    public DeskWeek(LocalDate today, List<DailySummary> days) {
        this.today = today;
        this.days = new LinkedHashMap<>();
        days.forEach(d -> this.days.put(d.date(), d));
    }

    /** The 7 days ending today, oldest first, with their upright percentage where anything was judged. */
    public Map<LocalDate, OptionalDouble> lastSevenDays() {
        Map<LocalDate, OptionalDouble> week = new LinkedHashMap<>();
        for (int back = 6; back >= 0; back--) {
            LocalDate d = today.minusDays(back);
            week.put(d, share(Optional.ofNullable(days.get(d)).stream().toList()));
        }
        return week;
    }

    /** The verdict in plain words. */
    public String verdict() {
        OptionalDouble thisWeek = share(range(0, 6));
        OptionalDouble weekBefore = share(range(7, 13));
        if (thisWeek.isEmpty()) {
            return "No desk time watched in the last 7 days yet.";
        }
        String now = String.format(Locale.ROOT, "You sat upright %d%% of the time this week", Math.round(thisWeek.getAsDouble()));
        if (weekBefore.isEmpty()) {
            return now + ".";
        }
        long before = Math.round(weekBefore.getAsDouble());
        long diff = Math.round(thisWeek.getAsDouble()) - before;
        String change = diff > 0 ? "up from " + before + "%" : diff < 0 ? "down from " + before + "%" : "the same as";
        return now + ", " + change + " the week before.";
    }

    private List<DailySummary> range(int fromBack, int toBack) {
        return days.values().stream().filter(d -> !d.date().isAfter(today.minusDays(fromBack))
                && !d.date().isBefore(today.minusDays(toBack))).toList();
    }

    private static OptionalDouble share(List<DailySummary> summaries) {
        long upright = summaries.stream().mapToLong(d -> UPRIGHT.stream().mapToLong(d::millis).sum()).sum();
        long sitting = summaries.stream().mapToLong(d -> SITTING.stream().mapToLong(d::millis).sum()).sum();
        return sitting == 0 ? OptionalDouble.empty() : OptionalDouble.of(100.0 * upright / sitting);
    }
}
