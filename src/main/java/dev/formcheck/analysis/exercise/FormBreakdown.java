package dev.formcheck.analysis.exercise;

import dev.formcheck.analysis.thresholds.Thresholds;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;

/**
 * Form that gets worse rep after rep within one set: the moment to stop the set, as the article
 * asks ("quality over quantity"). One bad rep is a flag's business; this looks for a trend: the
 * set's first reps set the person's own level for the day, and form has broken down when
 * {@code run} reps in a row are each worse than that level by a margin — the back reading more
 * flexed, or the rep's range of motion shrinking. Each rep's measures come from its
 * {@link RepResult}, so live and recorded sets are judged alike.
 */
public final class FormBreakdown {
    /** What drifted. */
    public enum Measure {
        /** The rep's worst spine reading, degrees of flexion past neutral: larger is worse. */
        BACK_ROUNDING,
        /** The rep's range of motion, degrees: smaller is worse. */
        RANGE_OF_MOTION,
        /** The rep's body line, degrees from straight either way (a push-up's sag or pike): larger is worse. */
        BODY_LINE
    }

    /**
     * The rule's numbers (thresholds {@code breakdown.*}).
     *
     * @param baselineReps the set's first reps that set the person's level
     * @param run reps in a row that must each be worse by the margin
     * @param backDriftDegrees how much more flexed than the level a rep's worst back reading must be
     * @param rangeLossShare how much of the level's range of motion a rep must lose
     * @param lineDriftDegrees how much further from straight than the level a rep's body line must be
     */
    public record Settings(int baselineReps, int run, double backDriftDegrees, double rangeLossShare, double lineDriftDegrees) {
        public Settings {
            if (baselineReps < 1 || run < 2 || backDriftDegrees <= 0 || rangeLossShare <= 0 || rangeLossShare >= 1
                    || lineDriftDegrees <= 0) {
                throw new IllegalArgumentException("a breakdown needs a baseline, a run of two or more reps and positive margins");
            }
        }

        /** Without the body line's margin (hand-built settings): the back's, as both are degrees of the trunk. */
        public Settings(int baselineReps, int run, double backDriftDegrees, double rangeLossShare) {
            this(baselineReps, run, backDriftDegrees, rangeLossShare, backDriftDegrees);
        }

        public static Settings from(Thresholds t) {
            return new Settings((int) Math.round(t.get("breakdown.baseline_reps").value()),
                    (int) Math.round(t.get("breakdown.run").value()), t.degrees("breakdown.back_drift"),
                    t.ratio("breakdown.range_loss"), t.degrees("breakdown.line_drift"));
        }
    }

    /**
     * Form broke down.
     *
     * @param fromRep the rep (its {@link RepResult#index()}) where the run of worse reps began
     * @param measure what drifted
     * @param levelDegrees the set's own level, from its first reps
     * @param reachedDegrees the value of the rep that completed the run
     */
    public record Breakdown(int fromRep, Measure measure, double levelDegrees, double reachedDegrees) {
        /** The same breakdown with its rep counted within the set, whose first rep has index {@code firstRepIndex}. */
        public Breakdown numberedInSet(int firstRepIndex) {
            return new Breakdown(fromRep - firstRepIndex + 1, measure, levelDegrees, reachedDegrees);
        }
    }

    private FormBreakdown() {
    }

    /** Whether form broke down in the reps of one set, in order; the earliest breakdown when it did. */
    public static Optional<Breakdown> in(List<RepResult> setReps, Settings settings) {
        Optional<Breakdown> back = drift(setReps, settings, Measure.BACK_ROUNDING,
                r -> r.worstSpineFlexionDegrees(), (level, v) -> v - level >= settings.backDriftDegrees());
        Optional<Breakdown> range = drift(setReps, settings, Measure.RANGE_OF_MOTION,
                r -> OptionalDouble.of(r.rangeOfMotionDegrees()),
                (level, v) -> level > 0 && (level - v) / level >= settings.rangeLossShare());
        Optional<Breakdown> line = drift(setReps, settings, Measure.BODY_LINE,
                RepResult::worstBodyLineDegrees, (level, v) -> v - level >= settings.lineDriftDegrees());
        // the earliest; on a tie the back first, then the range, then the line
        return java.util.stream.Stream.of(back, range, line).flatMap(Optional::stream)
                .min(java.util.Comparator.comparingInt(Breakdown::fromRep));
    }

    private interface Worse {
        boolean than(double level, double value);
    }

    private static Optional<Breakdown> drift(List<RepResult> reps, Settings s, Measure measure,
                                             Function<RepResult, OptionalDouble> value, Worse worse) {
        if (reps.size() < s.baselineReps() + s.run()) {
            return Optional.empty();
        }
        double[] first = new double[s.baselineReps()];
        for (int i = 0; i < first.length; i++) {
            OptionalDouble v = value.apply(reps.get(i));
            if (v.isEmpty()) {
                return Optional.empty(); // no level to compare with: not judged, never guessed
            }
            first[i] = v.getAsDouble();
        }
        double level = median(first);
        int inARow = 0;
        for (int i = s.baselineReps(); i < reps.size(); i++) {
            OptionalDouble v = value.apply(reps.get(i));
            inARow = v.isPresent() && worse.than(level, v.getAsDouble()) ? inARow + 1 : 0;
            if (inARow == s.run()) {
                return Optional.of(new Breakdown(reps.get(i - s.run() + 1).index(), measure, level, v.getAsDouble()));
            }
        }
        return Optional.empty();
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
