package dev.formcheck.kinematics;

import dev.formcheck.pose.BodyPart;
import dev.formcheck.pose.Keypoint;
import dev.formcheck.pose.Pose;
import dev.formcheck.synthetic.Anthropometry;
import dev.formcheck.synthetic.BodyPose;
import dev.formcheck.synthetic.Camera;
import dev.formcheck.synthetic.ForwardKinematics;
import dev.formcheck.synthetic.ImagePoint;
import dev.formcheck.synthetic.Joint;
import dev.formcheck.synthetic.Renderer;
import dev.formcheck.synthetic.Root;
import dev.formcheck.synthetic.Skeleton;
import dev.formcheck.synthetic.SyntheticFrame;
import dev.formcheck.synthetic.TrueKeypoint;
import dev.formcheck.synthetic.Vec3;
import dev.formcheck.synthetic.Visibility;

import java.util.ArrayList;
import java.util.List;

/** Keypoints of the synthetic body with known joint angles and camera azimuth. */
final class SyntheticPoses {
    static final Anthropometry BODY = Anthropometry.adult();
    /** The standard side-view camera: azimuth 90 sees the body's right side, the body facing the image's right edge. */
    static final Camera SIDE = Camera.sideView(640, 480);

    /**
     * Scores given to true keypoints by visibility. Thunder on the rendered body gives visible
     * keypoints about 0.6-0.8 and hidden ones about as much (docs/kinematics.md); these keep the
     * near side a little ahead, as MoveNet does.
     */
    static final double VISIBLE_SCORE = 0.8;
    static final double OCCLUDED_SCORE = 0.6;

    private SyntheticPoses() {
    }

    /** The true keypoints as the renderer sees them (with occlusion), scored by visibility. */
    static Pose rendered(BodyPose pose, Camera camera, long micros) {
        SyntheticFrame frame = Renderer.withDefaults().render(ForwardKinematics.solve(BODY, pose), camera, micros);
        return truth(frame);
    }

    static Pose truth(SyntheticFrame frame) {
        List<Keypoint> out = new ArrayList<>();
        for (TrueKeypoint k : frame.keypoints()) {
            double score = k.visibility() == Visibility.VISIBLE ? VISIBLE_SCORE
                    : k.visibility() == Visibility.OCCLUDED ? OCCLUDED_SCORE : 0;
            out.add(new Keypoint(k.part(), k.x(), k.y(), score));
        }
        return new Pose(frame.timestampMicros(), out);
    }

    /** The true keypoints projected (no rendering, no occlusion), every one scored {@code score}. */
    static Pose projected(BodyPose pose, Camera camera, long micros, double score) {
        Skeleton s = ForwardKinematics.solve(BODY, pose);
        List<Keypoint> out = new ArrayList<>();
        for (BodyPart part : BodyPart.values()) {
            ImagePoint p = camera.project(s.point(part));
            out.add(new Keypoint(part, p.x(), p.y(), score));
        }
        return new Pose(micros, out);
    }

    static BodyPose standing() {
        return ForwardKinematics.standing(BODY);
    }

    /**
     * A hinge: pelvis tilted forward {@code tilt} degrees over straight-ish legs (knees
     * {@code knees} degrees bent, shanks leaning so the feet stay flat), arms hanging, plus
     * the given lumbar, thoracic and neck flexion.
     */
    static BodyPose hinge(double tilt, double knees, double lumbar, double thoracic, double neck) {
        double shank = knees / 2;
        double thigh = knees - shank;
        BodyPose p = standing()
                .with(Joint.PELVIS_TILT, tilt)
                .with(Joint.LUMBAR_FLEXION, lumbar)
                .with(Joint.THORACIC_FLEXION, thoracic)
                .with(Joint.NECK_FLEXION, neck)
                .withBothSides(Joint.LEFT_HIP_FLEXION, tilt + thigh)
                .withBothSides(Joint.LEFT_KNEE_FLEXION, knees)
                .withBothSides(Joint.LEFT_ANKLE_DORSIFLEXION, shank)
                .withBothSides(Joint.LEFT_SHOULDER_FLEXION, tilt + lumbar + thoracic);
        return ForwardKinematics.onFloor(BODY, p);
    }

    /**
     * A squat: thigh {@code thighFromVertical} degrees forward of hanging straight down (90
     * parallel to the floor, more below parallel), shank leaning {@code shank} forward so the foot
     * stays flat, trunk leaning {@code trunk} forward (all of it tilting the pelvis), back and neck
     * neutral, arms forward to the horizontal, ankles on the floor.
     */
    static BodyPose squat(double thighFromVertical, double shank, double trunk) {
        BodyPose p = standing()
                .with(Joint.PELVIS_TILT, trunk)
                .withBothSides(Joint.LEFT_HIP_FLEXION, thighFromVertical + trunk)
                .withBothSides(Joint.LEFT_KNEE_FLEXION, thighFromVertical + shank)
                .withBothSides(Joint.LEFT_ANKLE_DORSIFLEXION, shank)
                .withBothSides(Joint.LEFT_SHOULDER_FLEXION, 90 + trunk);
        return ForwardKinematics.onFloor(BODY, p);
    }

    /**
     * A plank on straight arms, face down, head towards the world's +x: the body pitched 90°
     * forward, shoulders flexed 90° so the arms reach the floor, hips flexed {@code pike}
     * (negative sags).
     */
    static BodyPose plank(double pike) {
        BodyPose p = new BodyPose(new Root(new Vec3(0, 0.5, 0), 0, 90 - pike, 0), java.util.Map.of())
                .withBothSides(Joint.LEFT_HIP_FLEXION, pike)
                .withBothSides(Joint.LEFT_SHOULDER_FLEXION, 90 - pike)
                .with(Joint.NECK_FLEXION, 0);
        return ForwardKinematics.onFloor(BODY, p);
    }

    /**
     * A straight-bodied plank on the floor, face down, head towards the world's +x, the body
     * raised {@code incline} degrees from the floor at the shoulders (about 12 on the forearms,
     * about 25 on straight arms), arms vertical.
     */
    static BodyPose inclinedPlank(double incline) {
        BodyPose p = new BodyPose(new Root(new Vec3(0, 0.5, 0), 0, 90 - incline, 0), java.util.Map.of())
                .withBothSides(Joint.LEFT_SHOULDER_FLEXION, 90 - incline)
                .with(Joint.NECK_FLEXION, 0);
        return ForwardKinematics.onFloor(BODY, p);
    }

    /**
     * A split squat, left leg forward, {@code depth} 0 (standing in the split) to 1 (bottom):
     * left hip flexed 30-75°, left knee 10-90°, right hip extended 15°, right knee 10-80°.
     */
    static BodyPose splitSquat(double depth) {
        BodyPose p = standing()
                .with(Joint.LEFT_HIP_FLEXION, 30 + 45 * depth)
                .with(Joint.LEFT_KNEE_FLEXION, 10 + 80 * depth)
                .with(Joint.LEFT_ANKLE_DORSIFLEXION, 10 + 20 * depth)
                .with(Joint.RIGHT_HIP_FLEXION, -15)
                .with(Joint.RIGHT_KNEE_FLEXION, 10 + 70 * depth)
                .with(Joint.RIGHT_ANKLE_DORSIFLEXION, -10);
        return ForwardKinematics.onFloor(BODY, p);
    }
}
