package dev.formcheck.pose.tracking;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class OneEuroFilterTest {
    /** 30 fps. */
    private static final long FRAME_MICROS = 33_333;
    /**
     * Keypoint noise of one standard deviation, in frame fractions: 1.2 px across a 608-px-wide
     * frame, the order of MoveNet Lightning's frame-to-frame jitter on a still person.
     */
    private static final double NOISE = 0.002;
    /** Filtered jitter must be at most this share of the raw jitter. Measured with the defaults: 0.80. */
    private static final double MAX_JITTER_RATIO = 0.9;

    private final OneEuroFilter filter = new OneEuroFilter(OneEuroSettings.MOVENET_KEYPOINTS);

    @Test
    void aConstantInputStaysExactlyConstant() {
        for (int i = 0; i < 100; i++) {
            assertThat(filter.filter(0.37, i * FRAME_MICROS)).isEqualTo(0.37);
        }
    }

    @Test
    void aNoisyStepIsFollowedWithLessJitterThanTheRawTrace() {
        Random noise = new Random(20_120_505);
        double rawSquares = 0;
        double filteredSquares = 0;
        double afterTwoFrames = 0;
        for (int i = 0; i < 120; i++) {
            double truth = i < 60 ? 0.4 : 0.6;
            double raw = truth + NOISE * noise.nextGaussian();
            double out = filter.filter(raw, i * FRAME_MICROS);
            boolean settled = (i >= 10 && i < 60) || i >= 70;
            if (settled) {
                rawSquares += (raw - truth) * (raw - truth);
                filteredSquares += (out - truth) * (out - truth);
            }
            if (i == 61) {
                afterTwoFrames = out;
            }
        }
        assertThat(Math.sqrt(filteredSquares / rawSquares)).as("filtered / raw jitter").isLessThan(MAX_JITTER_RATIO);
        assertThat(afterTwoFrames).as("two frames after a step of 0.2").isCloseTo(0.6, within(0.02));
    }

    /** A still signal is smoothed at the minimum cutoff; a moving one at a higher cutoff, so it lags less. */
    @Test
    void aFastMovementIsFollowedWithLessLagThanASlowOne() {
        double slowLag = rampLag(0.01);
        double fastLag = rampLag(1.0);
        assertThat(fastLag).as("lag behind a ramp of one frame width per second, s").isLessThan(0.005);
        assertThat(slowLag).as("lag behind a ramp of 1%% of the frame per second, s").isGreaterThan(2 * fastLag);
    }

    /** Seconds the output trails a ramp of {@code speed} frame fractions per second, once settled. */
    private static double rampLag(double speed) {
        OneEuroFilter f = new OneEuroFilter(OneEuroSettings.MOVENET_KEYPOINTS);
        double out = 0;
        int n = 90;
        for (int i = 0; i < n; i++) {
            out = f.filter(speed * i * FRAME_MICROS / 1e6, i * FRAME_MICROS);
        }
        return (speed * (n - 1) * FRAME_MICROS / 1e6 - out) / speed;
    }

    @Test
    void theFirstValueAndTheFirstAfterResetPassUnchanged() {
        assertThat(filter.filter(0.8, 1_000)).isEqualTo(0.8);
        filter.filter(0.1, 1_000 + FRAME_MICROS);
        filter.reset();
        assertThat(filter.filter(0.25, 1_000 + 2 * FRAME_MICROS)).isEqualTo(0.25);
        assertThat(filter.filter(0.25, 1_000 + 3 * FRAME_MICROS)).as("no memory of 0.8 or 0.1").isEqualTo(0.25);
    }

    @Test
    void aRepeatedTimestampReturnsThePreviousOutputAndIsOtherwiseIgnored() {
        OneEuroFilter twin = new OneEuroFilter(OneEuroSettings.MOVENET_KEYPOINTS);
        filter.filter(0.5, 0);
        twin.filter(0.5, 0);
        double out = filter.filter(0.52, FRAME_MICROS);
        twin.filter(0.52, FRAME_MICROS);

        assertThat(filter.filter(0.9, FRAME_MICROS)).as("same timestamp again").isEqualTo(out);
        assertThat(filter.filter(0.51, 2 * FRAME_MICROS)).as("as if the duplicate never came")
                .isEqualTo(twin.filter(0.51, 2 * FRAME_MICROS));
    }

    @Test
    void anEarlierTimestampStartsOverFromThatValue() {
        filter.filter(0.5, 10 * FRAME_MICROS);
        filter.filter(0.6, 11 * FRAME_MICROS);
        OneEuroFilter fresh = new OneEuroFilter(OneEuroSettings.MOVENET_KEYPOINTS);

        assertThat(filter.filter(0.2, 0)).as("the stream looped back to its start").isEqualTo(0.2);
        fresh.filter(0.2, 0);
        assertThat(filter.filter(0.21, FRAME_MICROS)).isEqualTo(fresh.filter(0.21, FRAME_MICROS));
    }

    @Test
    void theSmoothingFactorIsThatOfAFirstOrderLowPass() {
        // tau = 1 s at a cutoff of 1/(2 pi) Hz: one second between samples weighs old and new equally
        assertThat(OneEuroFilter.alpha(1 / (2 * Math.PI), 1.0)).isCloseTo(0.5, within(1e-12));
        assertThat(OneEuroFilter.alpha(2.5, 1 / 30.0)).as("TF.js's figure at 30 fps").isCloseTo(0.3436, within(1e-4));
    }

    @Test
    void aValueThatIsNotANumberIsRefused() {
        assertThatThrownBy(() -> filter.filter(Double.NaN, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("cannot filter NaN");
    }

    @Test
    void settingsOutOfRangeAreRefusedWithTheRange() {
        assertThatThrownBy(() -> new OneEuroSettings(0, 1, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("minimum cutoff must be in (0, 1000.0] Hz, not 0.0");
        assertThatThrownBy(() -> new OneEuroSettings(1, -1, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("beta must be finite and >= 0, not -1.0");
        assertThatThrownBy(() -> new OneEuroSettings(1, 1, Double.NaN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("derivative cutoff must be in (0, 1000.0] Hz, not NaN");
    }
}
