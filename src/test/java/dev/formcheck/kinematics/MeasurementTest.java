package dev.formcheck.kinematics;

import dev.formcheck.pose.BodyPart;
import dev.formcheck.pose.Pose;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MeasurementTest {
    @Test
    void aValueHasItsDegreesAndNoMessage() {
        Measurement m = Measurement.of(123.5);
        assertThat(m.isPresent()).isTrue();
        assertThat(m.valueIfPresent()).hasValue(123.5);
        assertThat(m.whyMissing()).isEmpty();
    }

    @Test
    void aValueMustBeFinite() {
        assertThatThrownBy(() -> Measurement.of(Double.NaN)).hasMessage("a measured angle must be finite, not NaN");
    }

    @Test
    void missingHipsSayISeeNoHips() {
        NotVisible m = NotVisible.of(List.of(BodyPart.LEFT_HIP));
        assertThat(m.isPresent()).isFalse();
        assertThat(m.valueIfPresent()).isEmpty();
        assertThat(m.whyMissing()).hasValue("I can't see your hips");
    }

    @Test
    void severalMissingPartsAreNamedOnceEachHeadToFoot() {
        NotVisible m = NotVisible.of(EnumSet.of(BodyPart.RIGHT_KNEE, BodyPart.LEFT_HIP, BodyPart.RIGHT_HIP, BodyPart.LEFT_EAR));
        assertThat(m.message()).isEqualTo("I can't see your head, hips or knees");
    }

    @Test
    void noPersonSaysStepIntoTheFrame() {
        assertThat(NotVisible.nobody().message()).isEqualTo("I can't see you - step into the frame");
        assertThat(NotVisible.nobody().parts()).hasSize(BodyPart.COUNT);
    }

    @Test
    void aKeypointBelowPointThreeIsNotVisibleAndAtPointThreeItIs() {
        Pose pose = TestPoses.at(0).put(BodyPart.LEFT_HIP, 10, 10, 0.29).put(BodyPart.LEFT_KNEE, 10, 50, 0.3).build();
        assertThat(KeypointVisibility.isVisible(pose, BodyPart.LEFT_HIP)).isFalse();
        assertThat(KeypointVisibility.isVisible(pose, BodyPart.LEFT_KNEE)).isTrue();
        assertThat(KeypointVisibility.require(pose, BodyPart.LEFT_HIP, BodyPart.LEFT_KNEE))
                .hasValueSatisfying(n -> assertThat(n.message()).isEqualTo("I can't see your hips"));
        assertThat(KeypointVisibility.require(pose, BodyPart.LEFT_KNEE)).isEmpty();
    }

    @Test
    void aWrongViewSaysHowToTurn() {
        WrongView w = (WrongView) ViewRequirement.SIDE_ON.check(CameraView.FRONT);
        assertThat(w.whyMissing()).hasValue("Turn side-on so I can see your back");
        assertThat(w.view()).isEqualTo(CameraView.FRONT);
    }
}
