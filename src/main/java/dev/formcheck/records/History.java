package dev.formcheck.records;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The history the records add up to: per exercise and week (weeks start on Monday), sessions,
 * sets, reps, hold time, faults and the share of clean reps; and the article's gradual-progression
 * advice made concrete, a warning when a week's volume of an exercise rises more than
 * {@link #VOLUME_RISE_LIMIT} over the week before.
 */
public final class History {
    /**
     * "Increase training gradually": the common 10% rule of thumb for weekly training volume, as
     * the source article's advice to progress gradually is usually made concrete.
     */
    public static final double VOLUME_RISE_LIMIT = 0.10;
    private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private History() {
    }

    /** One exercise in one week. Volume is reps for a rep exercise and seconds held for a hold. */
    public record Week(String exercise, LocalDate monday, int sessions, int sets, int reps, double holdSeconds, int faults,
                       int cleanReps) {
        public double volume() {
            return reps > 0 ? reps : holdSeconds;
        }

        /** Clean reps over reps, empty when no rep was counted. */
        public Optional<Double> cleanShare() {
            return reps == 0 ? Optional.empty() : Optional.of((double) cleanReps / reps);
        }
    }

    /** A week whose volume rose too fast, in words. */
    public record Warning(String exercise, LocalDate monday, double previousVolume, double volume, String text) {
    }

    /** The weeks of every exercise, oldest first, exercises in name order within a week. */
    public static List<Week> weeks(List<SessionRecord> records, ZoneId zone) {
        Map<String, Map<LocalDate, int[]>> counts = new TreeMap<>();
        Map<String, Map<LocalDate, double[]>> held = new TreeMap<>();
        for (SessionRecord r : records) {
            LocalDate monday = r.header().startedAt().atZone(zone).toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            int[] c = counts.computeIfAbsent(r.exercise(), k -> new TreeMap<>()).computeIfAbsent(monday, k -> new int[5]);
            c[0]++;
            c[1] += Math.max(r.sets().size(), r.totalReps() > 0 || !r.holds().isEmpty() ? 1 : 0);
            c[2] += r.totalReps();
            c[3] += r.faults().size();
            c[4] += r.cleanReps();
            held.computeIfAbsent(r.exercise(), k -> new TreeMap<>()).computeIfAbsent(monday, k -> new double[1])[0] +=
                    r.holds().stream().mapToDouble(SessionEvent.Hold::heldS).sum();
        }
        List<Week> out = new ArrayList<>();
        counts.forEach((exercise, byWeek) -> byWeek.forEach((monday, c) -> out.add(new Week(exercise, monday, c[0], c[1], c[2],
                held.get(exercise).get(monday)[0], c[3], c[4]))));
        out.sort((a, b) -> a.monday().equals(b.monday()) ? a.exercise().compareTo(b.exercise()) : a.monday().compareTo(b.monday()));
        return out;
    }

    /**
     * Each week whose volume rose more than the limit over the last earlier week of the same
     * exercise. After weeks off, the comparison is with the last week trained: coming back at
     * three times the volume is the jump the advice warns about.
     */
    public static List<Warning> volumeWarnings(List<Week> weeks) {
        List<Warning> out = new ArrayList<>();
        for (Week w : weeks) {
            weeks.stream().filter(p -> p.exercise().equals(w.exercise()) && p.monday().isBefore(w.monday()) && p.volume() > 0)
                    .max(java.util.Comparator.comparing(Week::monday))
                    .filter(p -> w.volume() > p.volume() * (1 + VOLUME_RISE_LIMIT))
                    .ifPresent(p -> out.add(new Warning(w.exercise(), w.monday(), p.volume(), w.volume(), String.format(Locale.ROOT,
                            "%s: the week of %s had %s, %.0f%% more than %s (%s). Build up by about 10%% a week "
                                    + "at most, so your back adapts to the load.",
                            w.exercise(), DAY.format(w.monday()), volume(w), 100 * (w.volume() / p.volume() - 1),
                            p.monday().equals(w.monday().minusWeeks(1)) ? "the week before"
                                    : "your last week of it, the week of " + DAY.format(p.monday()),
                            volume(p)))));
        }
        return out;
    }

    /** "30 reps" or "95 s held". */
    public static String volume(Week w) {
        return w.reps() > 0 ? w.reps() + (w.reps() == 1 ? " rep" : " reps")
                : String.format(Locale.ROOT, "%.0f s held", w.holdSeconds());
    }
}
