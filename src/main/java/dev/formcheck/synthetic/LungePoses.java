package dev.formcheck.synthetic;

/**
 * A lunge as poses: from standing, feet together, down to the bottom with one leg in front and both
 * knees bent to a right angle (the source article's "knees at approximately 90 degrees"), the
 * trunk upright, arms hanging; then back up to standing. The front foot stays planted where it
 * stood; the back leg reaches behind, its knee dropping towards the floor and the foot on its toes.
 * Between the two, every joint goes linearly with the depth, so the back foot sweeps back as the
 * body lowers (a reverse lunge's step, folded into the descent).
 */
final class LungePoses {
    /** Front hip and knee at the bottom: the thigh about level, the shin vertical. */
    static final double FRONT_HIP_DEG = 90;
    static final double FRONT_KNEE_DEG = 90;
    /** Back thigh a little behind vertical, the knee bent to a right angle, the foot on its toes. Our choice. */
    static final double BACK_HIP_DEG = -5;
    static final double BACK_KNEE_DEG = 90;
    static final double BACK_ANKLE_DEG = -45;
    /** Arms hanging with a little bend at the elbows. */
    static final double ELBOWS_DEG = 8;

    private LungePoses() {
    }

    /**
     * The lunge at {@code depth} (0 standing, 1 the bottom) with {@code front} the front leg, the
     * trunk tipped forward by {@code lean} degrees at the hips (an upright lunge: 0), the spine and
     * head faults added by {@code spine}.
     */
    static BodyPose at(Anthropometry body, Side front, double depth, double lean,
                       java.util.function.UnaryOperator<BodyPose> spine) {
        Side back = front.opposite();
        BodyPose p = ForwardKinematics.standing(body)
                .with(Joint.PELVIS_TILT, lean)
                .with(Joint.LEFT_HIP_FLEXION.on(front), FRONT_HIP_DEG * depth + lean)
                .with(Joint.LEFT_KNEE_FLEXION.on(front), FRONT_KNEE_DEG * depth)
                .with(Joint.LEFT_HIP_FLEXION.on(back), BACK_HIP_DEG * depth + lean)
                .with(Joint.LEFT_KNEE_FLEXION.on(back), BACK_KNEE_DEG * depth)
                .with(Joint.LEFT_ANKLE_DORSIFLEXION.on(back), BACK_ANKLE_DEG * depth)
                .withBothSides(Joint.LEFT_SHOULDER_FLEXION, lean)
                .withBothSides(Joint.LEFT_ELBOW_FLEXION, ELBOWS_DEG);
        p = spine.apply(p);
        Landmark ankle = front == Side.LEFT ? Landmark.LEFT_ANKLE : Landmark.RIGHT_ANKLE;
        // The front foot stays where the feet stood: only forward and up are corrected, so the body
        // does not jump sideways when the front leg changes between reps.
        Vec3 a = ForwardKinematics.solve(body, p).point(ankle);
        return p.withRoot(p.root().translated(new Vec3(-a.x(), body.ankleHeight() - a.y(), 0)));
    }
}
