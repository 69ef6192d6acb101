package dev.formcheck.synthetic;

/**
 * Where the body is and which way it faces: the position of the pelvis centre (midway between the
 * hip joints) in the world, and the orientation of the whole body.
 *
 * @param position pelvis centre in metres, world frame (y up, floor at y = 0)
 * @param yawDegrees heading about the vertical: 0 faces the world's +x, 90 faces -z (turning left)
 * @param pitchDegrees the whole body tipped forward (+) about its left-right axis: 90 lies face down
 * @param rollDegrees the whole body tipped to its right (+) about its forward axis: 90 lies on its right side
 */
public record Root(Vec3 position, double yawDegrees, double pitchDegrees, double rollDegrees) {
    public Root {
        if (position == null) {
            throw new IllegalArgumentException("a root needs a position");
        }
        for (double a : new double[] {yawDegrees, pitchDegrees, rollDegrees}) {
            if (!Double.isFinite(a) || Math.abs(a) > 360) {
                throw new IllegalArgumentException("root angles must be within +-360 degrees, not "
                        + yawDegrees + ", " + pitchDegrees + ", " + rollDegrees);
            }
        }
    }

    public static Root at(Vec3 position) {
        return new Root(position, 0, 0, 0);
    }

    /** Yaw, then pitch (forward is rotation about -z), then roll, each in the frame left by the previous. */
    public Rotation orientation() {
        return Rotation.aboutY(yawDegrees).then(Rotation.aboutZ(-pitchDegrees)).then(Rotation.aboutX(rollDegrees));
    }

    public Root withPosition(Vec3 p) {
        return new Root(p, yawDegrees, pitchDegrees, rollDegrees);
    }

    public Root translated(Vec3 by) {
        return withPosition(position.plus(by));
    }

    Root interpolate(Root to, double t) {
        return new Root(position.lerp(to.position, t), lerpAngle(yawDegrees, to.yawDegrees, t),
                lerpAngle(pitchDegrees, to.pitchDegrees, t), lerpAngle(rollDegrees, to.rollDegrees, t));
    }

    /** Reflected through the world's x-y plane: a mirrored yaw and roll, the same pitch. */
    Root mirrored() {
        return new Root(position.mirrored(), -yawDegrees, pitchDegrees, -rollDegrees);
    }

    /** The short way round, so 350 to 10 passes through 0, not 180; the result within -180..180 unless t is 0 or 1. */
    private static double lerpAngle(double from, double to, double t) {
        if (t == 0) {
            return from;
        }
        if (t == 1) {
            return to;
        }
        double delta = ((to - from) % 360 + 540) % 360 - 180;
        double a = from + delta * t;
        return ((a % 360) + 540) % 360 - 180;
    }
}
