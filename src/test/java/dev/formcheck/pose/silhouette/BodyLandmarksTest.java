package dev.formcheck.pose.silhouette;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** BlazePose's body line: the hips' angle off shoulder→ankle, + away from the back (the side facing up). */
class BodyLandmarksTest {
    static final int LEFT_SHOULDER = 11;
    static final int RIGHT_SHOULDER = 12;
    static final int LEFT_HIP = 23;
    static final int RIGHT_HIP = 24;
    static final int LEFT_ANKLE = 27;
    static final int RIGHT_ANKLE = 28;

    /**
     * A body lying along y = 200, shoulders at {@code shoulderX}, ankles at {@code ankleX}, the hips
     * midway and {@code hipDrop} pixels lower in the image (negative: higher); every landmark seen.
     */
    static List<BodyLandmarks.Landmark> lying(double shoulderX, double ankleX, double hipDrop) {
        List<BodyLandmarks.Landmark> all = new ArrayList<>();
        for (int i = 0; i < BodyLandmarks.COUNT; i++) {
            all.add(new BodyLandmarks.Landmark(0, 0, 0.9));
        }
        double hipX = (shoulderX + ankleX) / 2;
        for (int i : new int[] {LEFT_SHOULDER, RIGHT_SHOULDER}) {
            all.set(i, new BodyLandmarks.Landmark(shoulderX, 200, 0.9));
        }
        for (int i : new int[] {LEFT_HIP, RIGHT_HIP}) {
            all.set(i, new BodyLandmarks.Landmark(hipX, 200 + hipDrop, 0.9));
        }
        for (int i : new int[] {LEFT_ANKLE, RIGHT_ANKLE}) {
            all.set(i, new BodyLandmarks.Landmark(ankleX, 200, 0.9));
        }
        return all;
    }

    /** The hip drop that bends a 200-pixel body by {@code degrees} at the hips midway. */
    static double dropFor(double degrees) {
        return 100 * Math.tan(Math.toRadians(degrees / 2));
    }

    static double sag(List<BodyLandmarks.Landmark> all) {
        return new BodyLandmarks(all).bodyLineSagDegrees().orElseThrow();
    }

    @Test
    void hipsBelowTheLineSagPositivelyWhicheverWayTheHeadPoints() {
        assertThat(sag(lying(100, 300, dropFor(20)))).isCloseTo(20, within(1e-9));
        assertThat(sag(lying(300, 100, dropFor(20)))).isCloseTo(20, within(1e-9));
    }

    @Test
    void hipsAboveTheLineArePikedNegativelyWhicheverWayTheHeadPoints() {
        assertThat(sag(lying(100, 300, -dropFor(35)))).isCloseTo(-35, within(1e-9));
        assertThat(sag(lying(300, 100, -dropFor(35)))).isCloseTo(-35, within(1e-9));
    }

    @Test
    void aStraightBodyIsZero() {
        assertThat(sag(lying(100, 300, 0))).isCloseTo(0, within(1e-9));
    }

    @Test
    void aTiltedBodyIsMeasuredAgainstItsOwnLine() {
        // the sagging body of the first test turned 30 degrees about the shoulder, feet lower
        List<BodyLandmarks.Landmark> flat = lying(100, 300, dropFor(20));
        double c = Math.cos(Math.toRadians(30));
        double s = Math.sin(Math.toRadians(30));
        List<BodyLandmarks.Landmark> tilted = flat.stream().map(l -> new BodyLandmarks.Landmark(
                100 + c * (l.x() - 100) - s * (l.y() - 200), 200 + s * (l.x() - 100) + c * (l.y() - 200), l.visibility()))
                .toList();
        assertThat(sag(tilted)).isCloseTo(20, within(1e-9));
    }

    @Test
    void aLandmarkNotSeenIsLeftOutAndTheOtherSideStandsForTheJoint() {
        List<BodyLandmarks.Landmark> all = lying(100, 300, dropFor(20));
        // the far hip, unseen, is placed far off the line: it must not count
        all.set(RIGHT_HIP, new BodyLandmarks.Landmark(200, 400, 0.1));
        assertThat(sag(all)).isCloseTo(20, within(1e-9));
    }

    @Test
    void aJointWithNeitherSideSeenGivesNoBodyLine() {
        List<BodyLandmarks.Landmark> all = lying(100, 300, dropFor(20));
        all.set(LEFT_ANKLE, new BodyLandmarks.Landmark(300, 200, 0.2));
        all.set(RIGHT_ANKLE, new BodyLandmarks.Landmark(300, 200, 0.49));
        assertThat(new BodyLandmarks(all).bodyLineSagDegrees()).isEmpty();
    }

    @Test
    void aVerticalLineHasNoSideFacingUpAndGivesNoBodyLine() {
        List<BodyLandmarks.Landmark> all = lying(100, 300, 0);
        for (int i : new int[] {LEFT_SHOULDER, RIGHT_SHOULDER}) {
            all.set(i, new BodyLandmarks.Landmark(200, 100, 0.9));
        }
        for (int i : new int[] {LEFT_ANKLE, RIGHT_ANKLE}) {
            all.set(i, new BodyLandmarks.Landmark(200, 300, 0.9));
        }
        assertThat(new BodyLandmarks(all).bodyLineSagDegrees()).isEmpty();
    }

    @Test
    void badLandmarksAreRejectedWithAMessage() {
        assertThatThrownBy(() -> new BodyLandmarks(List.of())).hasMessageContaining("33 landmarks");
        assertThatThrownBy(() -> new BodyLandmarks.Landmark(0, 0, 1.5)).hasMessageContaining("visibility 0..1");
        assertThatThrownBy(() -> new BodyLandmarks.Landmark(Double.NaN, 0, 0.5)).hasMessageContaining("finite");
    }
}
