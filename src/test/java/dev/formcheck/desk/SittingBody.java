package dev.formcheck.desk;

import dev.formcheck.pose.BodyPart;
import dev.formcheck.pose.Keypoint;
import dev.formcheck.pose.Pose;
import dev.formcheck.synthetic.Anthropometry;
import dev.formcheck.synthetic.BodyPose;
import dev.formcheck.synthetic.Camera;
import dev.formcheck.synthetic.ForwardKinematics;
import dev.formcheck.synthetic.ImagePoint;
import dev.formcheck.synthetic.Joint;
import dev.formcheck.synthetic.Root;
import dev.formcheck.synthetic.Skeleton;
import dev.formcheck.synthetic.Vec3;

import java.util.ArrayList;
import java.util.List;

/**
 * Our synthetic body sitting on a chair (hips and knees at 90 deg, pelvis 0.5 m up), posed into
 * the desk postures by joint angles and placed by its root, seen by a webcam on the monitor
 * (front: 0.7 m away at head height, 640x480) or a camera beside the desk (side: 1.6 m, its right
 * side). Keypoints are the body's true ones projected, with MoveNet-like scores: 0.9 in view, the
 * far side 0.6 from the side, 0.05 out of frame.
 */
public final class SittingBody {
    public static final Anthropometry ADULT = Anthropometry.adult();
    public static final Camera FRONT = new Camera(0, 0, 0.7, new Vec3(0, 1.05, 0), 55, 640, 480);
    public static final Camera SIDE = new Camera(90, 0, 1.6, new Vec3(0, 0.85, 0), 55, 640, 480);

    public enum Shape { UPRIGHT, SLOUCHED, FORWARD_HEAD, LEAN_IN, LEAN_LEFT, LEAN_RIGHT, LEAN_BACK, MOVED_BACK, REACH }

    public static BodyPose sitting() {
        return BodyPose.neutral(new Vec3(0, 0.5, 0))
                .withBothSides(Joint.LEFT_HIP_FLEXION, 90).withBothSides(Joint.LEFT_KNEE_FLEXION, 90)
                .withBothSides(Joint.LEFT_SHOULDER_FLEXION, 30).withBothSides(Joint.LEFT_ELBOW_FLEXION, 70);
    }

    public static BodyPose pose(Shape shape) {
        BodyPose p = sitting();
        Root r = p.root();
        return switch (shape) {
            case UPRIGHT -> p;
            // slumped: pelvis rolled back, the spine rounded, sunk down and back into the seat (as the real
            // desk-front frames show: smaller and lower)
            case SLOUCHED -> p.with(Joint.PELVIS_TILT, -15).with(Joint.LUMBAR_FLEXION, 20).with(Joint.THORACIC_FLEXION, 40).with(Joint.NECK_FLEXION, -35)
                    .withRoot(r.translated(new Vec3(-0.3, -0.08, 0)));
            // the head carried forward and down on an upright trunk
            case FORWARD_HEAD -> p.with(Joint.NECK_FLEXION, 35);
            // the whole upper body brought towards the screen from the hips
            case LEAN_IN -> p.with(Joint.PELVIS_TILT, 25).with(Joint.NECK_FLEXION, -10);
            case LEAN_LEFT -> p.withRoot(new Root(r.position(), 0, 0, -14));
            case LEAN_RIGHT -> p.withRoot(new Root(r.position(), 0, 0, 14));
            // reclined against the backrest, the gaze kept on the screen
            case LEAN_BACK -> p.with(Joint.PELVIS_TILT, -28).with(Joint.NECK_FLEXION, 20);
            // the chair rolled back from the desk, sitting as tall as before
            case MOVED_BACK -> p.withRoot(r.translated(new Vec3(-0.15, 0, 0)));
            // reaching for the mouse: leaning forward and to the right, the right arm out
            case REACH -> p.with(Joint.PELVIS_TILT, 20).with(Joint.RIGHT_SHOULDER_FLEXION, 70).with(Joint.RIGHT_ELBOW_FLEXION, 10)
                    .withRoot(new Root(r.position(), 0, 0, 6));
        };
    }

    /** The keypoints {@code camera} sees of {@code body}, at {@code timestampMicros}. */
    public static Pose seen(BodyPose body, Camera camera, long timestampMicros) {
        Skeleton s = ForwardKinematics.solve(ADULT, body);
        boolean side = camera.azimuthDegrees() == SIDE.azimuthDegrees();
        List<Keypoint> kps = new ArrayList<>();
        for (BodyPart part : BodyPart.values()) {
            ImagePoint p = camera.project(s.point(part));
            boolean inFrame = p.inFrontOfCamera() && p.x() >= 0 && p.x() < camera.width() && p.y() >= 0 && p.y() < camera.height();
            boolean far = side && part.name().startsWith("LEFT");
            kps.add(new Keypoint(part, p.x(), p.y(), !inFrame ? 0.05 : far ? 0.6 : 0.9));
        }
        return new Pose(timestampMicros, kps);
    }

    /** Someone walking past 2 m behind the user's chair, upright, seen by the same camera. */
    public static BodyPose passerBy(double sidewaysMetres) {
        return BodyPose.neutral(new Vec3(-2.0, ADULT.standingHipHeight(), sidewaysMetres));
    }

    private SittingBody() {
    }
}
