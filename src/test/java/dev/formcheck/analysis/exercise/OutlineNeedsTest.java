package dev.formcheck.analysis.exercise;

import dev.formcheck.analysis.thresholds.CalibrationFiles;
import dev.formcheck.pose.BodyPart;
import dev.formcheck.pose.Keypoint;
import dev.formcheck.pose.Pose;
import dev.formcheck.pose.silhouette.BackOutline;
import dev.formcheck.pose.silhouette.OutlineSchedule;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;

import static org.assertj.core.api.Assertions.assertThat;

/** A reading well inside the outline's thresholds is carried twice as long; any other as before. */
class OutlineNeedsTest {
    private static final OutlineNeeds NEEDS = OutlineNeeds.of(CalibrationFiles.defaults());

    private static BackOutline traced(double lumbarDegrees, OptionalDouble sag) {
        return new BackOutline.Traced(0, lumbarDegrees, 1, List.of(), sag);
    }

    private static Pose at(long micros) {
        return new Pose(micros, Arrays.stream(BodyPart.values()).map(part -> new Keypoint(part, 0, 0, 0)).toList());
    }

    @Test
    void aNeutralBackWithAStraightBodyLineIsCalm() {
        assertThat(NEEDS.calm(traced(3, OptionalDouble.of(2)))).isTrue();
        assertThat(NEEDS.calm(traced(-25, OptionalDouble.empty()))).isTrue(); // the natural hollow, however deep
    }

    @Test
    void halfWayToAnyThresholdTheOutlineIsReadAtTheSteadyRate() {
        // rounded back 15 deg (lost neutral 20), hips sagging 12, piked 30: half of each
        assertThat(NEEDS.calm(traced(7.5, OptionalDouble.empty()))).isFalse();
        assertThat(NEEDS.calm(traced(0, OptionalDouble.of(6)))).isFalse();
        assertThat(NEEDS.calm(traced(0, OptionalDouble.of(-15)))).isFalse();
        assertThat(NEEDS.calm(traced(0, OptionalDouble.of(-14.9)))).isTrue();
        assertThat(NEEDS.calm(new BackOutline.Untraced(0, "an arm is in front of your back's outline"))).isFalse();
    }

    @Test
    void aCalmReadingStandsFor133MillisecondsAnyOtherFor66() {
        BackOutline calm = traced(0, OptionalDouble.of(0));
        BackOutline near = traced(10, OptionalDouble.of(0));

        assertThat(NEEDS.needsReading(at(66_000), calm)).isFalse();
        assertThat(NEEDS.needsReading(at(132_999), calm)).isFalse();
        assertThat(NEEDS.needsReading(at(133_000), calm)).isTrue();
        assertThat(NEEDS.needsReading(at(65_999), near)).isFalse();
        assertThat(NEEDS.needsReading(at(OutlineSchedule.STEADY_INTERVAL_MICROS), near)).isTrue();
    }
}
