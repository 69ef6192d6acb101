package dev.formcheck.ui.model;

import dev.formcheck.feedback.PlainWords;
import dev.formcheck.records.History;
import dev.formcheck.session.HistoryView;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * What the history screen charts, as plain values: each exercise's weekly volume and share of
 * clean reps, and each desk day's share upright. Labels are words a person reads.
 */
public record HistoryCharts(List<Value> weeklyVolume, List<Value> weeklyCleanShare, List<Value> deskUpright, List<String> text) {
    private static final DateTimeFormatter WEEK = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d", Locale.ENGLISH);

    /** One bar or point: its series (an exercise), its category (a week or a day) and its value. */
    public record Value(String series, String category, double value) {
    }

    public HistoryCharts {
        weeklyVolume = List.copyOf(weeklyVolume);
        weeklyCleanShare = List.copyOf(weeklyCleanShare);
        deskUpright = List.copyOf(deskUpright);
        text = List.copyOf(text);
    }

    public static HistoryCharts of(HistoryView view) {
        List<Value> volume = view.weeks().stream().map(w -> new Value(PlainWords.exercise(w.exercise()),
                WEEK.format(w.monday()), w.volume())).toList();
        List<Value> clean = view.weeks().stream().filter(w -> w.cleanShare().isPresent()).map(w -> new Value(
                PlainWords.exercise(w.exercise()), WEEK.format(w.monday()), 100 * w.cleanShare().get())).toList();
        List<Value> desk = view.deskDays().stream().map(d -> new Value("upright", DAY.format(d.date()), 100 * d.uprightShare())).toList();
        return new HistoryCharts(volume, clean, desk, view.lines(10));
    }

    public boolean isEmpty() {
        return weeklyVolume.isEmpty() && deskUpright.isEmpty();
    }

    /** The weekly volume axis's label: reps, or seconds when only holds were done. */
    public static String volumeAxis(List<History.Week> weeks) {
        return weeks.stream().allMatch(w -> w.reps() == 0) && !weeks.isEmpty() ? "seconds held" : "reps (or seconds held)";
    }
}
