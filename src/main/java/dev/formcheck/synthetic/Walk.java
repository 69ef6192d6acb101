package dev.formcheck.synthetic;

/**
 * Walking into the camera's view to the spot where the exercise is done, or away from it: the
 * standing pose carried along the body's forward axis with a gait laid over it. The legs swing
 * in opposite phase, the swinging knee bends, the arms swing against the legs; the phase follows
 * the distance covered, so the gait slows with the body and fades out (or in) over the last (or
 * first) third. Approximate on purpose: a person crossing the frame for the pose estimator to
 * follow, not a gait study; the stance foot slides a little at mid-stance.
 */
final class Walk {
    /** Seconds of walking in or out. */
    static final double SECONDS = 2.6;
    /** Metres covered: from 1.2 m behind the spot (near the left edge of the side view) to it, at 0.9 m/s at first. */
    static final double DISTANCE_M = 1.2;
    /** Two steps: a 0.65 m step, a usual walking step for an adult. */
    static final double STRIDE_M = 1.3;
    /** Hip swing either way: a 0.65 m step with 0.9 m legs needs about 20 degrees. */
    static final double HIP_SWING_DEG = 20;
    /** Peak knee bend of the swinging leg; about 60 in normal gait, less at this pace. */
    static final double KNEE_SWING_DEG = 50;
    static final double ARM_SWING_DEG = 18;
    /** The gait fades in or out over this fraction of the walk. */
    static final double FADE = 1.0 / 3;

    private Walk() {
    }

    /** Walking in: at 0 s {@link #DISTANCE_M} behind {@code standing}, arriving at it, still, at {@link #SECONDS}. */
    static BodyPose in(Anthropometry body, BodyPose standing, double seconds) {
        double u = clamp(seconds / SECONDS);
        double behind = DISTANCE_M * (1 - u) * (1 - u);
        return stepping(body, standing, -behind, DISTANCE_M - behind, Math.min(1, (1 - u) / FADE));
    }

    /** Walking out: still at {@code standing} at 0 s, {@link #DISTANCE_M} ahead of it at {@link #SECONDS}. */
    static BodyPose out(Anthropometry body, BodyPose standing, double seconds) {
        double u = clamp(seconds / SECONDS);
        double ahead = DISTANCE_M * u * u;
        return stepping(body, standing, ahead, ahead, Math.min(1, u / FADE));
    }

    private static BodyPose stepping(Anthropometry body, BodyPose standing, double forward, double travelled,
                                     double amplitude) {
        double phase = 2 * Math.PI * travelled / STRIDE_M;
        BodyPose p = standing;
        for (Side side : Side.values()) {
            double legPhase = side == Side.LEFT ? phase : phase + Math.PI;
            double swingForward = Math.max(0, Math.cos(legPhase));
            p = add(p, Joint.LEFT_HIP_FLEXION.on(side), amplitude * HIP_SWING_DEG * Math.sin(legPhase));
            p = add(p, Joint.LEFT_KNEE_FLEXION.on(side), amplitude * KNEE_SWING_DEG * swingForward * swingForward);
            p = add(p, Joint.LEFT_SHOULDER_FLEXION.on(side), -amplitude * ARM_SWING_DEG * Math.sin(legPhase));
        }
        Vec3 heading = standing.root().orientation().xAxis();
        Vec3 along = new Vec3(heading.x(), 0, heading.z()).normalized().times(forward);
        BodyPose moved = p.withRoot(p.root().translated(along));
        return ForwardKinematics.onFloor(body, moved);
    }

    private static BodyPose add(BodyPose p, Joint joint, double degrees) {
        return p.with(joint, p.angle(joint) + degrees);
    }

    private static double clamp(double u) {
        return Math.max(0, Math.min(1, u));
    }
}
