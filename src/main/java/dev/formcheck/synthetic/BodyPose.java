package dev.formcheck.synthetic;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * One posture of the synthetic body: where it stands ({@link Root}) and every {@link Joint}'s angle
 * in degrees. Immutable; every {@code with...} returns a new pose.
 *
 * <p>Frames: the world has y up and the floor at y = 0. The body's own frame has x forward, y up
 * and z to its right; with a zero root orientation it coincides with the world's axes.
 *
 * @param angles every joint's angle in degrees; joints left out are 0
 */
public record BodyPose(Root root, Map<Joint, Double> angles) {
    public BodyPose {
        if (root == null) {
            throw new IllegalArgumentException("a pose needs a root");
        }
        EnumMap<Joint, Double> copy = new EnumMap<>(Joint.class);
        for (Joint j : Joint.values()) {
            Double v = angles.get(j);
            double degrees = v == null ? 0 : v;
            j.check(degrees);
            copy.put(j, degrees);
        }
        angles = Collections.unmodifiableMap(copy);
    }

    /** Standing straight with every joint at 0, the pelvis centre at {@code pelvis}. */
    public static BodyPose neutral(Vec3 pelvis) {
        return new BodyPose(Root.at(pelvis), Map.of());
    }

    public double angle(Joint joint) {
        return angles.get(joint);
    }

    public BodyPose with(Joint joint, double degrees) {
        EnumMap<Joint, Double> copy = new EnumMap<>(angles);
        copy.put(joint, degrees);
        return new BodyPose(root, copy);
    }

    /** {@code joint} and its mirror on the other side set to the same angle (the spine: just the one). */
    public BodyPose withBothSides(Joint joint, double degrees) {
        return with(joint, degrees).with(joint.mirror(), degrees);
    }

    public BodyPose withRoot(Root newRoot) {
        return new BodyPose(newRoot, angles);
    }

    /**
     * The pose a fraction {@code t} of the way to {@code to}: every angle and the root position
     * linearly, root angles the short way round. {@code t} = 0 gives this pose, 1 gives {@code to}.
     */
    public BodyPose interpolate(BodyPose to, double t) {
        if (!(t >= 0 && t <= 1)) {
            throw new IllegalArgumentException("interpolation fraction must be 0..1, not " + t);
        }
        EnumMap<Joint, Double> mixed = new EnumMap<>(Joint.class);
        for (Joint j : Joint.values()) {
            // a(1 - t) + bt rather than a + (b - a)t: exactly a at 0 and exactly b at 1.
            mixed.put(j, angle(j) * (1 - t) + to.angle(j) * t);
        }
        return new BodyPose(root.interpolate(to.root, t), mixed);
    }

    /**
     * The mirror image through the world's x-y plane: left and right joint angles swapped, the
     * root reflected. Its forward kinematics is this pose's, reflected, with sides exchanged.
     */
    public BodyPose mirrored() {
        EnumMap<Joint, Double> swapped = new EnumMap<>(Joint.class);
        for (Joint j : Joint.values()) {
            swapped.put(j.mirror(), angle(j));
        }
        return new BodyPose(root.mirrored(), swapped);
    }
}
