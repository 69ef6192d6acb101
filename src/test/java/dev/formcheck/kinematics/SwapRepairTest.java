package dev.formcheck.kinematics;

import dev.formcheck.pose.BodyPart;
import dev.formcheck.pose.Keypoint;
import dev.formcheck.pose.Pose;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Swaps injected into keypoint sequences of the synthetic body side-on (camera at its right, so
 * the right side is near), found and undone; no swap is invented where there was none.
 */
class SwapRepairTest {
    static final long FRAME = 33_333;
    static final double NEAR = 0.8;
    static final double FAR = 0.6;

    /** Two seconds of split squats side-on at 30 fps, near side scoring 0.8, far side 0.6. */
    static List<Pose> splitSquats() {
        List<Pose> out = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            double depth = 0.5 - 0.5 * Math.cos(2 * Math.PI * i / 60.0);
            out.add(sided(SyntheticPoses.projected(SyntheticPoses.splitSquat(depth), SyntheticPoses.SIDE, i * FRAME, NEAR)));
        }
        return out;
    }

    static Pose sided(Pose pose) {
        List<Keypoint> out = new ArrayList<>();
        for (Keypoint k : pose.keypoints()) {
            boolean far = k.part().name().startsWith("LEFT_");
            out.add(new Keypoint(k.part(), k.x(), k.y(), far ? FAR : NEAR));
        }
        return new Pose(pose.timestampMicros(), out);
    }

    @Test
    void aLegSwapInjectedForThreeFramesIsFoundAndUndoneInEachOfThem() {
        List<Pose> truth = splitSquats();
        SwapRepair repair = new SwapRepair();
        for (int i = 0; i < truth.size(); i++) {
            boolean injected = i >= 20 && i <= 22;
            Pose input = injected ? SwapRepair.swap(truth.get(i), SwapRepair.LimbGroup.LEGS) : truth.get(i);
            SwapRepair.Result result = repair.repair(input, CameraView.SIDE);
            assertThat(result.swapped()).as("frame %d", i).isEqualTo(injected ? Set.of(SwapRepair.LimbGroup.LEGS) : Set.of());
            assertThat(result.pose().keypoints()).as("frame %d", i).isEqualTo(truth.get(i).keypoints());
        }
    }

    @Test
    void aSwapThatLastsIsRepairedForAsLongAsItLasts() {
        List<Pose> truth = splitSquats();
        SwapRepair repair = new SwapRepair();
        for (int i = 0; i < truth.size(); i++) {
            Pose input = i >= 10 ? SwapRepair.swap(truth.get(i), SwapRepair.LimbGroup.LEGS) : truth.get(i);
            assertThat(repair.repair(input, CameraView.SIDE).pose().keypoints()).as("frame %d", i).isEqualTo(truth.get(i).keypoints());
        }
    }

    @Test
    void legsOnTopOfEachOtherAreNeverCalledSwapped() {
        SwapRepair repair = new SwapRepair();
        for (int i = 0; i < 30; i++) {
            Pose standing = sided(SyntheticPoses.projected(SyntheticPoses.standing(), SyntheticPoses.SIDE, i * FRAME, NEAR));
            Pose input = i % 7 == 3 ? SwapRepair.swap(standing, SwapRepair.LimbGroup.LEGS) : standing;
            assertThat(repair.repair(input, CameraView.SIDE).swapped()).as("frame %d", i).isEmpty();
        }
    }

    @Test
    void framesFurtherApartThanTheGapAreNotCompared() {
        List<Pose> truth = splitSquats();
        SwapRepair repair = new SwapRepair();
        repair.repair(truth.get(20), CameraView.SIDE);
        Pose late = TestPoses.at(SwapRepair.swap(truth.get(21), SwapRepair.LimbGroup.LEGS),
                truth.get(20).timestampMicros() + SwapRepair.MAX_GAP_MICROS + 1);
        assertThat(repair.repair(late, CameraView.SIDE).swapped()).isEmpty();
    }

    @Test
    void anEarlierTimestampStartsOverWithoutComparing() {
        List<Pose> truth = splitSquats();
        SwapRepair repair = new SwapRepair();
        repair.repair(truth.get(30), CameraView.SIDE);
        assertThat(repair.repair(SwapRepair.swap(truth.get(29), SwapRepair.LimbGroup.LEGS), CameraView.SIDE).swapped()).isEmpty();
    }

    @Test
    void aLegLabelledWithTheFarSideInAStillSideViewIsSwappedBackByItsScores() {
        // the torso says the right side is near (0.9 against 0.5), but the leg labelled left
        // carries the near leg's high scores: the labels disagree with the torso
        Pose still = TestPoses.at(0)
                .put(BodyPart.RIGHT_SHOULDER, 300, 200, 0.9).put(BodyPart.LEFT_SHOULDER, 302, 200, 0.5)
                .put(BodyPart.RIGHT_HIP, 300, 300, 0.9).put(BodyPart.LEFT_HIP, 302, 300, 0.5)
                .put(BodyPart.RIGHT_EAR, 300, 170, 0.9).put(BodyPart.LEFT_EAR, 302, 170, 0.4)
                .put(BodyPart.LEFT_KNEE, 340, 370, 0.9).put(BodyPart.RIGHT_KNEE, 280, 380, 0.4)
                .put(BodyPart.LEFT_ANKLE, 330, 450, 0.85).put(BodyPart.RIGHT_ANKLE, 270, 455, 0.4)
                .build();
        SwapRepair.Result side = new SwapRepair().repair(still, CameraView.SIDE);
        assertThat(side.swapped()).containsExactly(SwapRepair.LimbGroup.LEGS);
        assertThat(side.pose().get(BodyPart.RIGHT_KNEE).x()).isEqualTo(340);
        assertThat(side.pose().get(BodyPart.RIGHT_KNEE).score()).isEqualTo(0.9);
        // facing the camera both legs are seen: nothing is inconsistent
        assertThat(new SwapRepair().repair(still, CameraView.FRONT).swapped()).isEmpty();
    }

    @Test
    void swappingTwiceGivesTheSamePoseBack() {
        Pose pose = splitSquats().get(15);
        for (SwapRepair.LimbGroup group : SwapRepair.LimbGroup.values()) {
            assertThat(SwapRepair.swap(SwapRepair.swap(pose, group), group)).isEqualTo(pose);
        }
    }
}
