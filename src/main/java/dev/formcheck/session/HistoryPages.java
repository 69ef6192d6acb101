package dev.formcheck.session;

import dev.formcheck.feedback.PlainWords;
import dev.formcheck.records.History;
import dev.formcheck.report.CategoryChart;
import dev.formcheck.report.HistoryPage;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The history as an HTML page ({@code history --html}): what {@link HistoryView} says, charted.
 * Every week and day of the period is a category, so weeks off show as gaps; a week whose volume
 * broke the build-up rule is drawn as a warning bar.
 */
public final class HistoryPages {
    // Labels are the charts' categories, so each must be unique over the span shown: a week's Monday
    // with its year (a span may pass a year's end), a desk day with its month.
    private static final DateTimeFormatter WEEK = DateTimeFormatter.ofPattern("d MMM yy", Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private HistoryPages() {
    }

    /** The page of {@code view}, loaded for the {@code weeks} weeks up to {@code today}. */
    public static HistoryPage of(HistoryView view, LocalDate today, int weeks) {
        LocalDate first = today.minusWeeks(weeks).plusDays(1);
        List<String> weekNames = new ArrayList<>();
        for (LocalDate m = first.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)); !m.isAfter(today); m = m.plusWeeks(1)) {
            weekNames.add(WEEK.format(m));
        }
        Set<String> warned = new HashSet<>();
        History.volumeWarnings(view.weeks()).forEach(w -> warned.add(w.exercise() + "@" + w.monday()));

        List<CategoryChart> charts = new ArrayList<>();
        if (!view.weeks().isEmpty()) {
            List<CategoryChart.Value> volume = view.weeks().stream().map(w -> new CategoryChart.Value(PlainWords.exercise(w.exercise()),
                    WEEK.format(w.monday()), w.volume(), warned.contains(w.exercise() + "@" + w.monday()), History.volume(w))).toList();
            boolean holdsOnly = view.weeks().stream().allMatch(w -> w.reps() == 0);
            charts.add(CategoryChart.bars("Weekly volume per exercise", "Each bar is a week's " + (holdsOnly ? "seconds held"
                            : "reps (seconds held for a hold)") + ", weeks starting on Monday. A red bar with \"!\" rose more than "
                            + Math.round(100 * History.VOLUME_RISE_LIMIT) + "% over your last week of it: build up gradually.",
                    weekNames, volume, holdsOnly ? " s" : view.weeks().stream().allMatch(w -> w.reps() > 0) ? " reps" : "", 0));
            List<CategoryChart.Value> clean = view.weeks().stream().filter(w -> w.cleanShare().isPresent())
                    .map(w -> new CategoryChart.Value(PlainWords.exercise(w.exercise()), WEEK.format(w.monday()),
                            100 * w.cleanShare().get(), false, String.format(Locale.ROOT, "%.0f%% of %d reps clean",
                            100 * w.cleanShare().get(), w.reps()))).toList();
            if (!clean.isEmpty()) {
                charts.add(CategoryChart.lines("Clean reps: the share of reps with no fault flagged",
                        "Per exercise and week; higher is better. A gap is a week without reps of it.", weekNames, clean, "%", 100));
            }
        }
        if (!view.deskDays().isEmpty()) {
            List<String> days = new ArrayList<>();
            LocalDate from = view.deskDays().get(0).date();
            for (LocalDate d = from; !d.isAfter(today); d = d.plusDays(1)) {
                days.add(DAY.format(d));
            }
            List<CategoryChart.Value> upright = view.deskDays().stream().map(d -> new CategoryChart.Value("sat upright",
                    DAY.format(d.date()), 100 * d.uprightShare(), false, String.format(Locale.ROOT, "upright %.0f%% of %s",
                    100 * d.uprightShare(), HistoryView.hoursMinutes(d.judgedMs())))).toList();
            charts.add(CategoryChart.bars("At the desk: time upright per day", "The share of the time FormCheck watched you "
                    + "at your desk (present, not snoozed) that you sat upright, against your own baseline.", days, upright, "%", 100));
        }
        String period = "The " + weeks + (weeks == 1 ? " week" : " weeks") + " from " + LONG.format(first) + " to "
                + LONG.format(today);
        String empty = view.records().isEmpty() && view.deskDays().isEmpty()
                ? "Nothing kept in these weeks yet. Each 'analyze VIDEO --exercise ...', each workout in the window and each "
                + "day of desk mode is kept and shows here." : null;
        return new HistoryPage("Your FormCheck history", period, view.warnings(), charts, view.lines(10), view.skipped(), empty);
    }
}
