package dev.formcheck.analysis.calibration;

import dev.formcheck.kinematics.Kinematics;
import dev.formcheck.pose.Keypoint;
import dev.formcheck.pose.Pose;
import dev.formcheck.synthetic.Anthropometry;
import dev.formcheck.synthetic.BodyPose;
import dev.formcheck.synthetic.Camera;
import dev.formcheck.synthetic.ForwardKinematics;
import dev.formcheck.synthetic.Joint;
import dev.formcheck.synthetic.Renderer;
import dev.formcheck.synthetic.SyntheticFrame;
import dev.formcheck.synthetic.TrueKeypoint;
import dev.formcheck.synthetic.Visibility;

import java.util.ArrayList;
import java.util.List;

/** The synthetic body's true keypoints, as a stream of calibration samples. */
final class Bodies {
    static final Anthropometry BODY = Anthropometry.adult();
    /** Side-on, the body facing the image's right edge; azimuth 0 faces the camera. */
    static final Camera SIDE = Camera.sideView(640, 480);
    static final Camera FRONT = SIDE.withAzimuth(0);
    /** A confident MoveNet keypoint: well above KeypointVisibility.MIN_SCORE. */
    static final double SCORE = 0.8;
    /** What Thunder gives keypoints hidden behind the body: lower, not zero (docs/kinematics.md). */
    static final double HIDDEN_SCORE = 0.6;
    static final long FRAME_MICROS = 33_333;

    private Bodies() {
    }

    static BodyPose standing() {
        return ForwardKinematics.standing(BODY);
    }

    /** Hips flexed {@code hips} degrees with the trunk upright over them, knees {@code knees}: sitting at 90/90. */
    static BodyPose sitting(double hips, double knees) {
        BodyPose p = standing()
                .withBothSides(Joint.LEFT_HIP_FLEXION, hips)
                .withBothSides(Joint.LEFT_KNEE_FLEXION, knees);
        return ForwardKinematics.onFloor(BODY, p);
    }

    /** Leaning forward {@code tilt} degrees from the hips over straight legs. */
    static BodyPose leaning(double tilt) {
        BodyPose p = standing().with(Joint.PELVIS_TILT, tilt).withBothSides(Joint.LEFT_HIP_FLEXION, tilt);
        return ForwardKinematics.onFloor(BODY, p);
    }

    /** Upright, knees bent {@code knees} degrees and shins leaning so the feet stay flat. */
    static BodyPose kneesBent(double knees) {
        BodyPose p = standing()
                .withBothSides(Joint.LEFT_HIP_FLEXION, knees / 2)
                .withBothSides(Joint.LEFT_KNEE_FLEXION, knees)
                .withBothSides(Joint.LEFT_ANKLE_DORSIFLEXION, knees / 2);
        return ForwardKinematics.onFloor(BODY, p);
    }

    /**
     * The true keypoints as the renderer sees them: hidden ones (the far side, side-on) score
     * lower, as MoveNet's do, so kinematics picks the near side.
     */
    static Pose keypoints(BodyPose pose, Camera camera) {
        SyntheticFrame frame = Renderer.withDefaults().render(ForwardKinematics.solve(BODY, pose), camera, 0);
        List<Keypoint> out = new ArrayList<>();
        for (TrueKeypoint k : frame.keypoints()) {
            double score = k.visibility() == Visibility.VISIBLE ? SCORE : k.visibility() == Visibility.OCCLUDED ? HIDDEN_SCORE : 0;
            out.add(new Keypoint(k.part(), k.x(), k.y(), score));
        }
        return new Pose(0, out);
    }

    /** {@code count} frames of one pose, measured as one stream from {@code fromFrame}. */
    static List<CalibrationSample> frames(Kinematics kinematics, BodyPose pose, Camera camera, int fromFrame, int count) {
        Pose still = keypoints(pose, camera);
        List<CalibrationSample> out = new ArrayList<>();
        for (int i = fromFrame; i < fromFrame + count; i++) {
            Pose p = new Pose(i * FRAME_MICROS, still.keypoints());
            out.add(CalibrationSample.of(kinematics.measure(p), p));
        }
        return out;
    }

    static List<CalibrationSample> frames(BodyPose pose, Camera camera, int count) {
        return frames(Kinematics.withDefaults(), pose, camera, 0, count);
    }
}
