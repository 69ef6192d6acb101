package dev.formcheck.analysis.exercise;

import dev.formcheck.kinematics.CameraView;
import dev.formcheck.kinematics.NeutralPosture;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** How the spine signals combine the keypoints' estimate and the outline's (flexion only). */
class FaultSignalSpineTest {
    private static final double GATE = 0.35;
    private static final SignalContext UNCALIBRATED = new SignalContext(NeutralPosture.defaults(), GATE, 160);
    private static final SignalContext CALIBRATED = new SignalContext(NeutralPosture.calibrated(180, 180), GATE, 160);

    private static Frames side() {
        return Frames.at(1).view(CameraView.SIDE);
    }

    @Test
    void flexionIsTheLargerOfTheTrustedEstimates() {
        Magnitude m = FaultSignal.SPINE_FLEXION.measure(side().spine(5, 0.5).outline(22, 0.7).build(), UNCALIBRATED);
        assertThat(m.degrees().getAsDouble()).isCloseTo(22, within(1e-9));
        Magnitude keypointsLarger = FaultSignal.SPINE_FLEXION.measure(side().spine(30, 0.5).outline(4, 0.7).build(), UNCALIBRATED);
        assertThat(keypointsLarger.degrees().getAsDouble()).isCloseTo(30, within(1e-9));
    }

    @Test
    void anUntrustedEstimateNeverDecidesEvenWhenLarger() {
        Magnitude m = FaultSignal.SPINE_FLEXION.measure(side().spine(40, 0.2).outline(3, 0.7).build(), UNCALIBRATED);
        assertThat(m.degrees().getAsDouble()).isCloseTo(3, within(1e-9));
    }

    @Test
    void theOutlineAloneJudgesFlexionButNeverExtension() {
        Frames outlineOnly = side().outline(0, 0.7);
        assertThat(FaultSignal.SPINE_FLEXION.measure(outlineOnly.build(), UNCALIBRATED).degrees().getAsDouble()).isZero();
        Magnitude extension = FaultSignal.SPINE_EXTENSION.measure(outlineOnly.build(), UNCALIBRATED);
        assertThat(extension.isKnown()).as("a flat outline does not say the back is not arched").isFalse();
    }

    @Test
    void extensionIsTheKeypointsCallWhateverTheOutlineSays() {
        Magnitude m = FaultSignal.SPINE_EXTENSION.measure(side().spine(-20, 0.5).outline(0, 0.7).build(), UNCALIBRATED);
        assertThat(m.degrees().getAsDouble()).isCloseTo(20, within(1e-9));
    }

    @Test
    void aFlatOutlineIsNoEvidenceOfANeutralSpineForTheDeparture() {
        // keypoints untrusted, outline reads 0: the back may be arched, so the departure is unknown, not 0
        Magnitude flat = FaultSignal.SPINE_DEPARTURE.measure(side().spine(-25, 0.2).outline(0, 0.7).build(), CALIBRATED);
        assertThat(flat.isKnown()).isFalse();
        Magnitude rounded = FaultSignal.SPINE_DEPARTURE.measure(side().spine(-25, 0.2).outline(24, 0.7).build(), CALIBRATED);
        assertThat(rounded.degrees().getAsDouble()).isCloseTo(24, within(1e-9));
    }
}
