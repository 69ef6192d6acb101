package dev.formcheck.pose.tracking;

import dev.formcheck.pose.CropRegion;
import dev.formcheck.pose.StageTimings;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TrackingSettingsTest {
    private static final TrackingSettings D = TrackingSettings.defaults();

    @Test
    void defaultsAreTheDocumentedConstants() {
        assertThat(D).isEqualTo(new TrackingSettings(0.3, 500_000, 0.2, 1.9, 1.2, 0.9,
                new OneEuroSettings(2.5, 300, 2.5)));
    }

    @Test
    void aTrackEndsAfterAGapLongerThanTheHoldOrWhenTimeGoesBack() {
        assertThat(D.endsTrack(1_000_000, 1_500_000)).as("exactly the hold").isFalse();
        assertThat(D.endsTrack(1_000_000, 1_500_001)).isTrue();
        assertThat(D.endsTrack(1_000_000, 999_999)).as("earlier").isTrue();
        assertThat(D.endsTrack(1_000_000, 1_000_000)).isFalse();
    }

    @Test
    void valuesOutOfRangeAreRefusedWithTheRange() {
        assertThatThrownBy(() -> new TrackingSettings(0, D.holdMicros(), 0.2, 1.9, 1.2, 0.9, D.smoothing()))
                .hasMessage("minimum person score must be in (0, 1], not 0.0");
        assertThatThrownBy(() -> new TrackingSettings(0.3, -1, 0.2, 1.9, 1.2, 0.9, D.smoothing()))
                .hasMessage("hold must be 0..10000000 µs, not -1");
        assertThatThrownBy(() -> new TrackingSettings(0.3, 0, 1.0, 1.9, 1.2, 0.9, D.smoothing()))
                .hasMessage("minimum crop keypoint score must be in [0, 1), not 1.0");
        assertThatThrownBy(() -> new TrackingSettings(0.3, 0, 0.2, 0.5, 1.2, 0.9, D.smoothing()))
                .hasMessage("torso expansion must be in [1, 5], not 0.5");
        assertThatThrownBy(() -> new TrackingSettings(0.3, 0, 0.2, 1.9, 6, 0.9, D.smoothing()))
                .hasMessage("body expansion must be in [1, 5], not 6.0");
        assertThatThrownBy(() -> new TrackingSettings(0.3, 0, 0.2, 1.9, 1.2, 0, D.smoothing()))
                .hasMessage("crop smoothing must be in (0, 1], not 0.0");
        assertThatThrownBy(() -> new TrackingSettings(0.3, 0, 0.2, 1.9, 1.2, 0.9, null))
                .hasMessage("tracking needs One Euro settings for the keypoints");
    }

    @Test
    void aPersonFoundRefusesKeypointsFromAnotherFrame() {
        CropRegion crop = CropRegion.fullFrame(640, 480);
        assertThatThrownBy(() -> new TrackedPose.PersonFound(33_333, Bodies.standing(33_333, 320, 0.8),
                Bodies.standing(0, 320, 0.8), crop, StageTimings.NONE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("keypoints at 33333 / 0 µs do not belong to the frame at 33333 µs");
    }

    @Test
    void noPersonRefusesKeypointsOfAnotherFrame() {
        assertThatThrownBy(() -> new TrackedPose.NoPerson(33333, Bodies.standing(0, 320, 0.1),
                CropRegion.fullFrame(10, 10), StageTimings.NONE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("keypoints at 0 µs do not belong to the frame at 33333 µs");
    }
}
