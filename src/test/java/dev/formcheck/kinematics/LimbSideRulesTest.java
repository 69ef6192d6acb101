package dev.formcheck.kinematics;

import dev.formcheck.pose.BodyPart;
import dev.formcheck.pose.Keypoint;
import dev.formcheck.pose.Pose;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The higher knee and the reaching arm are named by the rules given (the user's thresholds), not by
 * constants: a hand-made pose in image pixels (y down), torso 200 px, the left knee 60 px (0.3 torso)
 * above the right, the left arm straight overhead (180) and the right level (90).
 */
class LimbSideRulesTest {
    private static Pose lungeReaching() {
        List<Keypoint> k = new ArrayList<>();
        for (BodyPart p : BodyPart.values()) {
            k.add(new Keypoint(p, 320, 0, 0.9));
        }
        put(k, BodyPart.LEFT_SHOULDER, 350, 0);
        put(k, BodyPart.RIGHT_SHOULDER, 290, 0);
        put(k, BodyPart.LEFT_HIP, 350, 200);
        put(k, BodyPart.RIGHT_HIP, 290, 200);
        put(k, BodyPart.LEFT_KNEE, 350, 240);
        put(k, BodyPart.RIGHT_KNEE, 290, 300);
        put(k, BodyPart.LEFT_ELBOW, 350, -150);
        put(k, BodyPart.RIGHT_ELBOW, 140, 0);
        return new Pose(0, k);
    }

    private static void put(List<Keypoint> k, BodyPart p, double x, double y) {
        k.set(p.ordinal(), new Keypoint(p, x, y, 0.9));
    }

    @Test
    void theShippedRulesNameTheHigherKneeAndTheReachingArm() {
        LimbSides sides = LimbSides.measure(lungeReaching(), LimbSideRules.defaults());
        assertThat(sides.higherKnee()).contains(BodySide.LEFT);
        assertThat(sides.raisedArm()).contains(BodySide.LEFT);
    }

    @Test
    void stricterRulesGivenThroughTheKinematicsSettingsNameNeither() {
        LimbSideRules strict = new LimbSideRules(0.35, 100);
        KinematicFrame frame = new Kinematics(KinematicsSettings.defaults().withLimbs(strict)).measure(lungeReaching());
        assertThat(frame.limbSides().higherKnee()).isEqualTo(Optional.empty());
        assertThat(frame.limbSides().raisedArm()).isEqualTo(Optional.empty());
        assertThat(new Kinematics(KinematicsSettings.defaults()).measure(lungeReaching()).limbSides().higherKnee()).contains(BodySide.LEFT);
    }

    @Test
    void rulesOutsideTheirRangeAreRefusedWithTheRange() {
        assertThatThrownBy(() -> new LimbSideRules(0, 40)).hasMessageContaining("above 0 and at most 1");
        assertThatThrownBy(() -> new LimbSideRules(0.25, 200)).hasMessageContaining("below 180 degrees");
    }
}
