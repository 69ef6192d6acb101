package dev.formcheck.kinematics;

import dev.formcheck.pose.BodyPart;
import dev.formcheck.pose.Keypoint;
import dev.formcheck.pose.Pose;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SideSelectorTest {
    static final long FRAME = 40_000;

    /** The side-on body with every left keypoint scoring {@code left} and every right one {@code right}. */
    static Pose scored(long micros, double left, double right) {
        Pose base = TestPoses.standingSideOnFacingRight(micros);
        List<Keypoint> out = new ArrayList<>(base.keypoints());
        for (BodySide side : BodySide.values()) {
            for (BodyPart part : side.parts()) {
                Keypoint k = out.get(part.ordinal());
                out.set(part.ordinal(), new Keypoint(part, k.x(), k.y(), side == BodySide.LEFT ? left : right));
            }
        }
        return new Pose(micros, out);
    }

    @Test
    void theFirstFrameTakesTheSideWhoseScoresSumHigher() {
        assertThat(new SideSelector().select(scored(0, 0.5, 0.8))).isEqualTo(BodySide.RIGHT);
        assertThat(new SideSelector().select(scored(0, 0.8, 0.5))).isEqualTo(BodySide.LEFT);
    }

    @Test
    void aTieGoesToTheLeft() {
        assertThat(new SideSelector().select(scored(0, 0.7, 0.7))).isEqualTo(BodySide.LEFT);
    }

    @Test
    void aFewFramesOfTheOtherSideLeadingDoNotFlipIt() {
        SideSelector selector = new SideSelector();
        for (int i = 0; i < 50; i++) {
            boolean glitch = i % 10 >= 7; // three frames in ten (120 ms) with the right side far ahead
            BodySide side = selector.select(glitch ? scored(i * FRAME, 0.5, 0.9) : scored(i * FRAME, 0.8, 0.6));
            assertThat(side).as("frame %d", i).isEqualTo(BodySide.LEFT);
        }
    }

    @Test
    void theOtherSideTakesOverAfterLeadingForTheWholeDwell() {
        SideSelector selector = new SideSelector();
        for (int i = 0; i < 10; i++) {
            assertThat(selector.select(scored(i * FRAME, 0.8, 0.6))).isEqualTo(BodySide.LEFT);
        }
        int leadStarts = 10;
        int framesOfDwell = (int) (SideSelector.SWITCH_DWELL_MICROS / FRAME);
        for (int i = leadStarts; i < leadStarts + framesOfDwell; i++) {
            assertThat(selector.select(scored(i * FRAME, 0.6, 0.8))).as("frame %d", i).isEqualTo(BodySide.LEFT);
        }
        assertThat(selector.select(scored((leadStarts + framesOfDwell) * FRAME, 0.6, 0.8))).isEqualTo(BodySide.RIGHT);
    }

    @Test
    void aLeadSmallerThanTheMarginNeverSwitches() {
        SideSelector selector = new SideSelector();
        selector.select(scored(0, 0.70, 0.60));
        double perKeypoint = (SideSelector.SWITCH_MARGIN - 0.01) / BodySide.LEFT.parts().size();
        for (int i = 1; i < 100; i++) {
            assertThat(selector.select(scored(i * FRAME, 0.6, 0.6 + perKeypoint))).isEqualTo(BodySide.LEFT);
        }
    }

    @Test
    void anInterruptedLeadStartsTheDwellAgain() {
        SideSelector selector = new SideSelector();
        selector.select(scored(0, 0.8, 0.6));
        int i = 1;
        for (; i < 9; i++) {
            selector.select(scored(i * FRAME, 0.6, 0.8));
        }
        selector.select(scored(i++ * FRAME, 0.8, 0.6)); // one frame back to the left
        for (int n = 0; n < 9; n++, i++) {
            assertThat(selector.select(scored(i * FRAME, 0.6, 0.8))).isEqualTo(BodySide.LEFT);
        }
    }

    @Test
    void aRepeatedTimestampDoesNotAdvanceTheDwell() {
        SideSelector selector = new SideSelector();
        selector.select(scored(0, 0.8, 0.6));
        for (int n = 0; n < 100; n++) {
            assertThat(selector.select(scored(FRAME, 0.6, 0.8))).isEqualTo(BodySide.LEFT);
        }
    }

    @Test
    void anEarlierTimestampStartsOverAndChoosesAfresh() {
        SideSelector selector = new SideSelector();
        selector.select(scored(1_000_000, 0.8, 0.6));
        assertThat(selector.select(scored(0, 0.6, 0.8))).isEqualTo(BodySide.RIGHT);
    }

    @Test
    void resetForgetsTheChoice() {
        SideSelector selector = new SideSelector();
        selector.select(scored(0, 0.8, 0.6));
        selector.reset();
        assertThat(selector.select(scored(FRAME, 0.6, 0.8))).isEqualTo(BodySide.RIGHT);
    }
}
