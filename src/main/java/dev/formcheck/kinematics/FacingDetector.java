package dev.formcheck.kinematics;

import dev.formcheck.pose.BodyPart;
import dev.formcheck.pose.Keypoint;
import dev.formcheck.pose.Pose;

import java.util.Optional;

/**
 * Which way the body faces ({@link Facing}) in one pose, from two independent signs on the near
 * side:
 *
 * <ul>
 *   <li><b>the face</b>: the nose (or, when it is not visible, the eye) lies in front of the ear,
 *       so the ear→nose direction, compared with the hip→shoulder direction, tells the front. It
 *       votes only when that direction is at least {@link #MIN_FACE_ANGLE_DEGREES} off the trunk
 *       line (a head bowed all the way along the trunk says nothing);</li>
 *   <li><b>the knee</b>: a knee bends forward, so a bent knee lies in front of the hip→ankle
 *       line. It votes only when the knee angle is below {@link #MAX_KNEE_ANGLE_FOR_VOTE}.</li>
 * </ul>
 *
 * Empty when neither votes or the two disagree. Stateless.
 */
public final class FacingDetector {
    /**
     * The ear→nose line must be at least this far from the trunk line to say which side is the
     * front. Looking straight ahead it is about 90°; 20° still leaves the nose some 4 cm
     * (about 8 px on a body 375 px tall) off the line through the ear. Our choice.
     */
    public static final double MIN_FACE_ANGLE_DEGREES = 20;

    /**
     * A knee votes only when bent to at most 160° (20° of flexion): well beyond the 5-10° a knee
     * can hyperextend backwards, so the bend's direction is the front. Our choice.
     */
    public static final double MAX_KNEE_ANGLE_FOR_VOTE = 160;

    private FacingDetector() {
    }

    public static Optional<Facing> detect(Pose pose, BodySide near) {
        Optional<Facing> face = byFace(pose, near);
        Optional<Facing> knee = byKnee(pose, near);
        if (face.isPresent() && knee.isPresent() && face.get() != knee.get()) {
            return Optional.empty();
        }
        return face.isPresent() ? face : knee;
    }

    static Optional<Facing> byFace(Pose pose, BodySide near) {
        Keypoint ear = firstVisible(pose, near.ear(), near.opposite().ear());
        Keypoint front = firstVisible(pose, BodyPart.NOSE, near.eye(), near.opposite().eye());
        Keypoint shoulder = firstVisible(pose, near.shoulder(), near.opposite().shoulder());
        Keypoint hip = firstVisible(pose, near.hip(), near.opposite().hip());
        if (ear == null || front == null || shoulder == null || hip == null) {
            return Optional.empty();
        }
        Vec2 trunk = Vec2.between(hip, shoulder);
        Vec2 face = Vec2.between(ear, front);
        double lengths = trunk.length() * face.length();
        if (lengths == 0) {
            return Optional.empty();
        }
        double sine = trunk.cross(face) / lengths;
        if (Math.abs(sine) < Math.sin(Math.toRadians(MIN_FACE_ANGLE_DEGREES))) {
            return Optional.empty();
        }
        // The face points clockwise of the trunk's upward direction: the front is clockwise.
        return Optional.of(sine > 0 ? Facing.RIGHT : Facing.LEFT);
    }

    static Optional<Facing> byKnee(Pose pose, BodySide near) {
        Keypoint hip = pose.get(near.hip());
        Keypoint knee = pose.get(near.knee());
        Keypoint ankle = pose.get(near.ankle());
        if (!(KeypointVisibility.isVisible(hip) && KeypointVisibility.isVisible(knee) && KeypointVisibility.isVisible(ankle))) {
            return Optional.empty();
        }
        double angle = Angles.interiorAngle(hip, knee, ankle);
        if (!(angle <= MAX_KNEE_ANGLE_FOR_VOTE)) {
            return Optional.empty();
        }
        // Seen along the leg from the hip, the front is anticlockwise of the leg's downward
        // direction when it is clockwise of the trunk's upward one.
        double side = Vec2.between(hip, ankle).cross(Vec2.between(hip, knee));
        return Optional.of(side < 0 ? Facing.RIGHT : Facing.LEFT);
    }

    private static Keypoint firstVisible(Pose pose, BodyPart... parts) {
        for (BodyPart part : parts) {
            if (KeypointVisibility.isVisible(pose, part)) {
                return pose.get(part);
            }
        }
        return null;
    }
}
