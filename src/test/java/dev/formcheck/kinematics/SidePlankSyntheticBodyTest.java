package dev.formcheck.kinematics;

import dev.formcheck.pose.BodyPart;
import dev.formcheck.pose.Pose;
import dev.formcheck.synthetic.BodyPose;
import dev.formcheck.synthetic.Camera;
import dev.formcheck.synthetic.ForwardKinematics;
import dev.formcheck.synthetic.Joint;
import dev.formcheck.synthetic.Root;
import dev.formcheck.synthetic.Skeleton;
import dev.formcheck.synthetic.Vec3;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * A side plank of the synthetic body (Winter's proportions) seen by a camera in front of it: the
 * body lies on its right side across the frame, raised {@code incline} degrees at the shoulders.
 * The keypoints are the true joints projected, so this checks the geometry the side plank's file
 * relies on (the view, the thigh's inclination, the frontal line and the side), not MoveNet.
 */
class SidePlankSyntheticBodyTest {
    private static final double INCLINE = 14;

    /** On the right side, the legs swung sideways by {@code sideBend} degrees (right hip abducted, left adducted). */
    private static BodyPose pose(double sideBend) {
        BodyPose p = new BodyPose(new Root(new Vec3(0, 0.4, 0), 0, 0, 90 - INCLINE), Map.of())
                .with(Joint.LEFT_HIP_ABDUCTION, -sideBend)
                .with(Joint.RIGHT_HIP_ABDUCTION, sideBend);
        return ForwardKinematics.onFloor(SyntheticPoses.BODY, p);
    }

    /**
     * How far the hips' midpoint lies below the straight line from the shoulders' to the ankles'
     * midpoints in the world (metres, + towards the floor): the truth sag and pike are about.
     */
    private static double hipsBelowTheLineInTheWorld(double sideBend) {
        Skeleton s = ForwardKinematics.solve(SyntheticPoses.BODY, pose(sideBend));
        Vec3 sh = s.point(BodyPart.LEFT_SHOULDER).lerp(s.point(BodyPart.RIGHT_SHOULDER), 0.5);
        Vec3 hip = s.point(BodyPart.LEFT_HIP).lerp(s.point(BodyPart.RIGHT_HIP), 0.5);
        Vec3 an = s.point(BodyPart.LEFT_ANKLE).lerp(s.point(BodyPart.RIGHT_ANKLE), 0.5);
        double t = (hip.z() - sh.z()) / (an.z() - sh.z());
        return sh.y() + t * (an.y() - sh.y()) - hip.y();
    }

    private static Pose sidePlank(double sideBend) {
        BodyPose p = pose(sideBend);
        Skeleton s = ForwardKinematics.solve(SyntheticPoses.BODY, p);
        Vec3 middle = s.point(BodyPart.LEFT_HIP).lerp(s.point(BodyPart.RIGHT_HIP), 0.5);
        Camera front = Camera.sideView(640, 480).withAzimuth(0).withTarget(middle).withDistance(3.2);
        return SyntheticPoses.projected(p, front, 0, 0.8);
    }

    @Test
    void theGeometryTheSidePlankFileReliesOnHoldsOnTheSyntheticBody() {
        Pose straight = sidePlank(0);
        ViewEstimate view = ViewDetector.detect(straight);
        FrontalBodyLine line = FrontalBodyLine.measure(straight, view);
        // Which way of swinging the legs drops the hips towards the floor, from the world's heights.
        double towardsFloor = hipsBelowTheLineInTheWorld(15) > 0 ? 15 : -15;
        assertThat(hipsBelowTheLineInTheWorld(towardsFloor)).isGreaterThan(0.03);
        assertThat(hipsBelowTheLineInTheWorld(-towardsFloor)).isLessThan(-0.03);
        double sag = FrontalBodyLine.measure(sidePlank(towardsFloor), view).angle().valueIfPresent().getAsDouble();
        double pike = FrontalBodyLine.measure(sidePlank(-towardsFloor), view).angle().valueIfPresent().getAsDouble();
        double thigh = BodyAngleCalculator.thighInclination(straight, BodySide.RIGHT, view)
                .valueIfPresent().getAsDouble();

        assertThat(view.view()).isEqualTo(CameraView.FRONT);
        assertThat(line.angle().valueIfPresent().getAsDouble()).isCloseTo(180, within(3.0));
        assertThat(line.sideDown()).contains(BodySide.RIGHT);
        // The legs swung 15 deg: the line bends by about that much, the right way each time.
        assertThat(sag).isCloseTo(195, within(3.0));
        assertThat(pike).isCloseTo(165, within(3.0));
        // Lying on a forearm: the thigh about as inclined as the body, well inside side-plank.incline.enter_max (35).
        assertThat(thigh).isCloseTo(INCLINE, within(3.0));
    }

    @Test
    void thePipelineKeepsTheSideAndTheLineOverAHeldSecond() {
        Kinematics kinematics = Kinematics.withDefaults();
        Pose pose = sidePlank(0);
        KinematicFrame last = null;
        for (int i = 0; i < 30; i++) {
            last = kinematics.measure(new Pose(i * 33_333L, pose.keypoints()));
        }

        assertThat(last.swapsRepaired()).isEmpty();
        assertThat(last.frontalLine().sideDown()).contains(BodySide.RIGHT);
        assertThat(last.frontalLine().angle().valueIfPresent().getAsDouble()).isCloseTo(180, within(1.0));
        assertThat(last.angles().thighInclination().valueIfPresent().getAsDouble()).isCloseTo(INCLINE, within(3.0));
    }
}
