package dev.formcheck.pose.tracking;

import dev.formcheck.pose.BodyPart;
import dev.formcheck.pose.CropRegion;
import dev.formcheck.pose.Pose;
import dev.formcheck.pose.StageTimings;
import dev.formcheck.pose.tracking.TrackedPose.NoPerson;
import dev.formcheck.pose.tracking.TrackedPose.PersonFound;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class ZeroLagSmootherTest {
    private static final long FRAME_MICROS = 33_333;
    private static final int FRAMES = 300;
    /** The lag search steps through shifts this far apart, in seconds. */
    private static final double LAG_STEP_S = 0.0005;
    private static final CropRegion CROP = CropRegion.fullFrame(640, 480);

    /**
     * A hip drifting slowly, as in a slow squat filmed from afar: 0.02 of the frame either way at
     * 0.25 Hz. Slow movement is where the One Euro filter smooths most and so lags most. Measured
     * lag with the defaults: 16 ms causal, 0 ms forward-backward.
     */
    @Test
    void theOfflineSmootherDoesNotTrailAMovementTheCausalFilterTrails() {
        Trace trace = new Trace(0.25, 0.02, 0, 1);
        double causal = lagSeconds(trace, causal(trace, OneEuroSettings.MOVENET_KEYPOINTS));
        double offline = lagSeconds(trace, ZeroLagSmoother.smooth(trace.values, trace.times, OneEuroSettings.MOVENET_KEYPOINTS));
        assertThat(causal).as("causal lag, s").isGreaterThan(0.010);
        assertThat(Math.abs(offline)).as("offline lag, s").isLessThanOrEqualTo(0.001);
    }

    /**
     * The same on a noisy trace (seeded), with a filter heavy enough (a steady 1 Hz cutoff, lag
     * about 1/(2π) s) that its lag stands far above what noise does to the measurement.
     */
    @Test
    void onANoisyTraceTheOfflineSmootherLagsLessAndStraysNoFurtherFromTheTruth() {
        OneEuroSettings heavy = new OneEuroSettings(1, 0, 1);
        Trace trace = new Trace(0.5, 0.1, 0.002, 42);
        double[] causal = causal(trace, heavy);
        double[] offline = ZeroLagSmoother.smooth(trace.values, trace.times, heavy);
        assertThat(lagSeconds(trace, causal)).as("causal lag, s").isGreaterThan(0.1);
        assertThat(Math.abs(lagSeconds(trace, offline))).as("offline lag, s").isLessThan(0.01);
        assertThat(rmsError(trace, offline)).isLessThan(rmsError(trace, causal));
    }

    @Test
    void aTrackIsCutWhereThePersonWasGoneLongerThanTheHold() {
        // 30 frames found, 20 without (667 ms > 500 ms hold), 30 found
        List<TrackedPose> frames = new ArrayList<>();
        Random noise = new Random(5);
        for (int i = 0; i < 80; i++) {
            long t = i * FRAME_MICROS;
            boolean gone = i >= 30 && i < 50;
            Pose raw = Bodies.standing(t, 320 + 2 * noise.nextGaussian(), 0.8);
            frames.add(gone ? new NoPerson(t, Bodies.standing(t, 320, 0.1), CROP, StageTimings.NONE) : new PersonFound(t, raw, raw, CROP, StageTimings.NONE));
        }
        ZeroLagSmoother smoother = new ZeroLagSmoother(TrackingSettings.defaults());
        List<TrackedPose> all = smoother.smooth(frames, 640, 480);
        List<TrackedPose> secondAlone = smoother.smooth(frames.subList(50, 80), 640, 480);

        assertThat(all).hasSize(80);
        assertThat(all.subList(30, 50)).as("frames without a person are kept as they are").isEqualTo(frames.subList(30, 50));
        assertThat(all.subList(50, 80)).as("the second track is smoothed on its own").isEqualTo(secondAlone);
        PersonFound middle = (PersonFound) all.get(15);
        assertThat(middle.raw()).isEqualTo(((PersonFound) frames.get(15)).raw());
        assertThat(middle.smoothed().get(BodyPart.NOSE).x()).isNotEqualTo(middle.raw().get(BodyPart.NOSE).x());
        assertThat(middle.smoothed().get(BodyPart.NOSE).score()).isEqualTo(0.8);
    }

    @Test
    void aShortGapDoesNotCutTheTrack() {
        List<TrackedPose> frames = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            long t = i * FRAME_MICROS;
            Pose raw = Bodies.standing(t, i < 10 ? 320 : 330, 0.8);
            frames.add(i == 9 ? new NoPerson(t, Bodies.standing(t, 320, 0.1), CROP, StageTimings.NONE) : new PersonFound(t, raw, raw, CROP, StageTimings.NONE));
        }
        List<TrackedPose> out = new ZeroLagSmoother(TrackingSettings.defaults()).smooth(frames, 640, 480);
        assertThat(((PersonFound) out.get(10)).smoothed().get(BodyPart.NOSE).x())
                .as("pulled back towards the 320 before the gap").isLessThan(330.0);
    }

    @Test
    void aSingleFrameTrackAndAConstantTrackComeBackUnchanged() {
        Pose still = Bodies.standing(0, 320, 0.8);
        List<TrackedPose> one = List.of(new PersonFound(0, still, still, CROP, StageTimings.NONE));
        assertThat(new ZeroLagSmoother(TrackingSettings.defaults()).smooth(one, 640, 480)).isEqualTo(one);

        double[] constant = {0.3, 0.3, 0.3, 0.3};
        assertThat(ZeroLagSmoother.smooth(constant, new long[] {0, 1, 2, 3}, OneEuroSettings.MOVENET_KEYPOINTS))
                .containsExactly(constant);
    }

    @Test
    void decreasingTimestampsAreRefusedWhereTheyDecrease() {
        assertThatThrownBy(() -> ZeroLagSmoother.smooth(new double[] {1, 2, 3}, new long[] {0, 20, 10},
                OneEuroSettings.MOVENET_KEYPOINTS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("timestamps must not decrease: 20 µs then 10 µs at index 2");
    }

    // ---- a synthetic trace and its measurements ----

    /** A sine of {@code hz} and {@code amplitude} about 0.5 at 30 fps, with seeded Gaussian noise. */
    private static final class Trace {
        final double hz;
        final double amplitude;
        final long[] times = new long[FRAMES];
        final double[] values = new double[FRAMES];

        Trace(double hz, double amplitude, double noise, long seed) {
            this.hz = hz;
            this.amplitude = amplitude;
            Random random = new Random(seed);
            for (int i = 0; i < FRAMES; i++) {
                times[i] = i * FRAME_MICROS;
                values[i] = truth(times[i] / 1e6) + noise * random.nextGaussian();
            }
        }

        double truth(double seconds) {
            return 0.5 + amplitude * Math.sin(2 * Math.PI * hz * seconds);
        }
    }

    private static double[] causal(Trace trace, OneEuroSettings settings) {
        OneEuroFilter filter = new OneEuroFilter(settings);
        double[] out = new double[FRAMES];
        for (int i = 0; i < FRAMES; i++) {
            out[i] = filter.filter(trace.values[i], trace.times[i]);
        }
        return out;
    }

    /**
     * How far behind the truth {@code out} runs: the shift of the (analytic) truth that fits it
     * best, searched within ±0.4 s. The first and last second are left out (filter start-up).
     */
    private static double lagSeconds(Trace trace, double[] out) {
        double best = 0;
        double bestError = Double.MAX_VALUE;
        for (double shift = -0.4; shift <= 0.4; shift += LAG_STEP_S) {
            double error = 0;
            for (int i = 30; i < FRAMES - 30; i++) {
                double d = out[i] - trace.truth(trace.times[i] / 1e6 - shift);
                error += d * d;
            }
            if (error < bestError) {
                bestError = error;
                best = shift;
            }
        }
        return best;
    }

    private static double rmsError(Trace trace, double[] out) {
        double sum = 0;
        for (int i = 30; i < FRAMES - 30; i++) {
            double d = out[i] - trace.truth(trace.times[i] / 1e6);
            sum += d * d;
        }
        return Math.sqrt(sum / (FRAMES - 60));
    }
}
