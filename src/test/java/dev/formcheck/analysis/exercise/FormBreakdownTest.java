package dev.formcheck.analysis.exercise;

import static org.assertj.core.api.Assertions.assertThat;

import dev.formcheck.analysis.thresholds.CalibrationFiles;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class FormBreakdownTest {
    private final FormBreakdown.Settings settings = FormBreakdown.Settings.from(CalibrationFiles.defaults());

    @Test
    void theShippedRuleComparesWithTheFirstTwoRepsAndWantsThreeWorseInARow() {
        assertThat(settings).isEqualTo(new FormBreakdown.Settings(2, 3, 8, 0.25, 8));
    }

    @Test
    void aSteadySetWithScatterDoesNotBreakDown() {
        assertThat(FormBreakdown.in(set(new double[] {10, 12, 9, 14, 11, 15, 12, 13}, 90), settings)).isEmpty();
    }

    @Test
    void oneOrTwoBadRepsAreFlagsNotATrend() {
        assertThat(FormBreakdown.in(set(new double[] {10, 10, 25, 11, 24, 26, 10, 12}, 90), settings)).isEmpty();
    }

    @Test
    void aBackRoundingMoreRepAfterRepBreaksDownWhereTheRunBegan() {
        var b = FormBreakdown.in(set(new double[] {10, 12, 14, 19, 21, 24, 27}, 90), settings);
        assertThat(b).hasValueSatisfying(x -> {
            assertThat(x.measure()).isEqualTo(FormBreakdown.Measure.BACK_ROUNDING);
            assertThat(x.fromRep()).isEqualTo(4); // 19, 21, 24 are each 8 deg or more past the level of 11
            assertThat(x.levelDegrees()).isEqualTo(11);
            assertThat(x.reachedDegrees()).isEqualTo(24);
        });
    }

    @Test
    void repsGettingShallowerBreakDownTooAndUnreadBacksAreNotGuessed() {
        List<RepResult> reps = new ArrayList<>();
        double[] range = {90, 92, 85, 66, 64, 60};
        for (int i = 0; i < range.length; i++) {
            reps.add(rep(i + 1, OptionalDouble.empty(), range[i]));
        }
        var b = FormBreakdown.in(reps, settings);
        assertThat(b).hasValueSatisfying(x -> {
            assertThat(x.measure()).isEqualTo(FormBreakdown.Measure.RANGE_OF_MOTION);
            assertThat(x.fromRep()).isEqualTo(4);
        });
    }

    /**
     * The body line (issue 14: "when the worst spine angle, depth or body line drifts rep after
     * rep"): push-ups whose hips sag a little more each rep, every rep inside the sagging limit,
     * the back and the range steady.
     */
    @Test
    void aBodyLineSaggingMoreRepAfterRepBreaksDown() {
        double[] line = {3, 4, 5, 12, 13, 14};
        List<RepResult> reps = new ArrayList<>();
        for (int i = 0; i < line.length; i++) {
            reps.add(new RepResult(i + 1, i * 3_000_000L, i * 3_000_000L + 1_000_000, i * 3_000_000L + 2_000_000, "elbow angle",
                    80, 90, OptionalDouble.of(5), OptionalDouble.empty(), java.util.Optional.empty(), java.util.Optional.empty(),
                    OptionalDouble.of(line[i])));
        }
        var b = FormBreakdown.in(reps, settings);
        assertThat(b).hasValueSatisfying(x -> {
            assertThat(x.measure()).isEqualTo(FormBreakdown.Measure.BODY_LINE);
            assertThat(x.fromRep()).isEqualTo(4); // 12, 13, 14 each 8 deg or more past the level of 3.5
            assertThat(x.reachedDegrees()).isEqualTo(14);
        });
        assertThat(dev.formcheck.feedback.PlainWords.breakdown(b.orElseThrow())).contains("body line");
    }

    @Test
    void tooFewRepsToSeeATrend() {
        assertThat(FormBreakdown.in(set(new double[] {10, 10, 30, 30}, 90), settings)).isEmpty();
    }

    private static List<RepResult> set(double[] worstBack, double range) {
        List<RepResult> reps = new ArrayList<>();
        for (int i = 0; i < worstBack.length; i++) {
            reps.add(rep(i + 1, OptionalDouble.of(worstBack[i]), range));
        }
        return reps;
    }

    private static RepResult rep(int index, OptionalDouble worstBack, double range) {
        long start = index * 3_000_000L;
        return new RepResult(index, start, start + 1_000_000, start + 2_000_000, "thigh inclination", 0, range, worstBack,
                OptionalDouble.empty());
    }
}
