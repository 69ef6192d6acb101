package dev.formcheck.kinematics;

import dev.formcheck.pose.BodyPart;
import dev.formcheck.pose.Pose;

/** The torso's shoulder and hip centres as the visible keypoints give them. Package-private helpers. */
final class Torso {
    private Torso() {
    }

    /** Shoulders' midpoint to hips' midpoint over the visible ones; NaN without a visible shoulder and a visible hip. */
    static double length(Pose pose) {
        Vec2 shoulders = visibleMidpoint(pose, BodyPart.LEFT_SHOULDER, BodyPart.RIGHT_SHOULDER);
        Vec2 hips = visibleMidpoint(pose, BodyPart.LEFT_HIP, BodyPart.RIGHT_HIP);
        return shoulders == null || hips == null ? Double.NaN : shoulders.distanceTo(hips);
    }

    /** The midpoint of {@code a} and {@code b} when both are visible, the visible one when one is, null when neither. */
    static Vec2 visibleMidpoint(Pose pose, BodyPart a, BodyPart b) {
        boolean va = KeypointVisibility.isVisible(pose, a);
        boolean vb = KeypointVisibility.isVisible(pose, b);
        if (va && vb) {
            return Vec2.midpoint(Vec2.of(pose.get(a)), Vec2.of(pose.get(b)));
        }
        if (va || vb) {
            return Vec2.of(pose.get(va ? a : b));
        }
        return null;
    }
}
