package dev.formcheck.synthetic;

/**
 * The synthetic body's dimensions in metres, as fractions of its standing height.
 *
 * <p>Source of the fractions marked "Winter": D. A. Winter, <i>Biomechanics and Motor Control of
 * Human Movement</i>, 4th ed. (Wiley, 2009), Fig. 4.1, segment lengths as fractions of body height
 * H, after R. Drillis and R. Contini, <i>Body Segment Parameters</i>, Technical Report 1166.03,
 * New York University, 1966. The heights above the floor it gives for a standing person
 * (hip 0.530 H, knee 0.285 H, ankle 0.039 H, shoulder 0.818 H, chin 0.870 H, eyes 0.936 H) agree
 * with its lengths: 0.530 - 0.285 = 0.245 (thigh), 0.285 - 0.039 = 0.246 (leg).
 *
 * <p>Everything marked "ours" is a modelling choice, not from the table: where joint centres sit
 * inside the outer widths, how the trunk is divided into spine segments, and the limb radii
 * (rounded from typical adult girths, e.g. mid-thigh about 55 cm and calf about 37 cm for a
 * 1.75 m adult). They only need to look like a person, and are tuned by measuring what MoveNet
 * makes of the rendered body (see {@code docs/decisions/0005-synthetic-body.md}).
 *
 * @param height standing height, top of the head to the soles, in metres
 */
public record Anthropometry(double height) {
    /** Winter: hip (greater trochanter) height standing. */
    static final double HIP_HEIGHT = 0.530;
    /** Winter: shoulder (acromion) height standing. */
    static final double SHOULDER_HEIGHT = 0.818;
    /** Winter: chin height standing. */
    static final double CHIN_HEIGHT = 0.870;
    /** Winter: eye height standing. */
    static final double EYE_HEIGHT = 0.936;
    /** Winter: hip (greater trochanter) to knee. */
    static final double THIGH = 0.245;
    /** Winter: knee to ankle. */
    static final double SHANK = 0.246;
    /** Winter: ankle joint above the sole. */
    static final double ANKLE_HEIGHT = 0.039;
    /** Winter: foot length, heel to toe. */
    static final double FOOT_LENGTH = 0.152;
    /** Winter: foot width. */
    static final double FOOT_WIDTH = 0.055;
    /** Winter: shoulder to elbow. */
    static final double UPPER_ARM = 0.186;
    /** Winter: elbow to wrist. */
    static final double FOREARM = 0.146;
    /** Winter: wrist to fingertip. */
    static final double HAND = 0.108;
    /** Winter: shoulder width (outer). */
    static final double SHOULDER_WIDTH = 0.259;
    /** Winter: hip width (outer). */
    static final double HIP_WIDTH = 0.191;

    /** Ours: hip joint centres are about half the outer hip width apart. */
    static final double HIP_JOINT_SPACING = 0.52 * HIP_WIDTH;
    /** Ours: the deltoid's radius, outside the shoulder joint centre on each side. */
    static final double DELTOID_RADIUS = 0.030;
    /** Ours: shoulder joint centres lie a deltoid's radius inside the outer shoulder width on each side. */
    static final double SHOULDER_JOINT_SPACING = SHOULDER_WIDTH - 2 * DELTOID_RADIUS;
    /** Ours: hip joint centres up to the lumbosacral joint. */
    static final double PELVIS_SEGMENT = 0.050;
    /** Ours: lumbosacral to thoracolumbar joint (the lumbar spine). */
    static final double LUMBAR_SEGMENT = 0.090;
    /** Ours: thoracolumbar joint to the base of the neck (the thoracic spine). */
    static final double THORACIC_SEGMENT = 0.170;
    /** Ours: base of the neck to the head's pivot (atlanto-occipital joint), standing at 0.905 H. */
    static final double NECK_SEGMENT = 0.905 - (HIP_HEIGHT + PELVIS_SEGMENT + LUMBAR_SEGMENT + THORACIC_SEGMENT);
    /** Ours: the ankle joint lies a quarter of the foot's length in front of the heel. */
    static final double HEEL_BEHIND_ANKLE = 0.25 * FOOT_LENGTH;

    /** Head (an ellipsoid): half of Winter's chin-to-top 0.130 H tall; front-back and side radii ours. */
    static final double HEAD_RADIUS_VERTICAL = (1.0 - CHIN_HEIGHT) / 2;
    static final double HEAD_RADIUS_FORWARD = 0.058;
    static final double HEAD_RADIUS_LATERAL = 0.046;

    public Anthropometry {
        if (!(height >= 0.5 && height <= 2.5)) {
            throw new IllegalArgumentException("body height must be 0.5..2.5 m, not " + height);
        }
    }

    /** A 1.75 m adult. */
    public static Anthropometry adult() {
        return new Anthropometry(1.75);
    }

    public double thigh() {
        return THIGH * height;
    }

    public double shank() {
        return SHANK * height;
    }

    public double ankleHeight() {
        return ANKLE_HEIGHT * height;
    }

    public double footLength() {
        return FOOT_LENGTH * height;
    }

    public double footWidth() {
        return FOOT_WIDTH * height;
    }

    public double heelBehindAnkle() {
        return HEEL_BEHIND_ANKLE * height;
    }

    public double upperArm() {
        return UPPER_ARM * height;
    }

    public double forearm() {
        return FOREARM * height;
    }

    public double hand() {
        return HAND * height;
    }

    /** Distance between the hip joint centres. */
    public double hipJointSpacing() {
        return HIP_JOINT_SPACING * height;
    }

    /** Distance between the shoulder joint centres. */
    public double shoulderJointSpacing() {
        return SHOULDER_JOINT_SPACING * height;
    }

    public double pelvisSegment() {
        return PELVIS_SEGMENT * height;
    }

    public double lumbarSegment() {
        return LUMBAR_SEGMENT * height;
    }

    public double thoracicSegment() {
        return THORACIC_SEGMENT * height;
    }

    public double neckSegment() {
        return NECK_SEGMENT * height;
    }

    /** How far below the base of the neck the shoulder joints hang, so they stand at Winter's 0.818 H. */
    public double shoulderBelowNeckBase() {
        return (HIP_HEIGHT + PELVIS_SEGMENT + LUMBAR_SEGMENT + THORACIC_SEGMENT - SHOULDER_HEIGHT) * height;
    }

    /** The pelvis centre's height when standing straight on flat feet (Winter's hip height). */
    public double standingHipHeight() {
        return HIP_HEIGHT * height;
    }

    /** Head ellipsoid centre relative to the head pivot, in the neck's frame (forward, up). */
    public Vec3 headCentreFromPivot() {
        double centreHeight = (1.0 + CHIN_HEIGHT) / 2;
        return new Vec3(0.012 * height, (centreHeight - 0.905) * height, 0);
    }

    /** Head ellipsoid radii: forward, vertical, lateral. */
    public Vec3 headRadii() {
        return new Vec3(HEAD_RADIUS_FORWARD * height, HEAD_RADIUS_VERTICAL * height, HEAD_RADIUS_LATERAL * height);
    }

    /** Right eye relative to the head centre (the left one mirrored): at Winter's eye height. */
    public Vec3 rightEyeFromHeadCentre() {
        return new Vec3(0.050 * height, (EYE_HEIGHT - (1.0 + CHIN_HEIGHT) / 2) * height, 0.018 * height);
    }

    /** Nose tip relative to the head centre (ours). */
    public Vec3 noseFromHeadCentre() {
        return new Vec3(0.061 * height, -0.020 * height, 0);
    }

    /** Right ear (ear canal) relative to the head centre, the left one mirrored (ours). */
    public Vec3 rightEarFromHeadCentre() {
        return new Vec3(-0.008 * height, -0.004 * height, HEAD_RADIUS_LATERAL * height);
    }

    // ---- radii for drawing (ours) ----

    /** A limb's radius at its proximal and distal joint, in metres. */
    public record Taper(double proximal, double distal) {
    }

    /** A trunk section's half-widths: to the side and front-to-back, in metres. */
    public record CrossSection(double lateral, double sagittal) {
    }

    /** Radius of the deltoid drawn over each shoulder joint. */
    public double deltoidRadius() {
        return DELTOID_RADIUS * height;
    }

    /** Upper arm radius at the shoulder and at the elbow. */
    public Taper upperArmRadii() {
        return new Taper(0.030 * height, 0.023 * height);
    }

    public Taper forearmRadii() {
        return new Taper(0.024 * height, 0.017 * height);
    }

    public double handRadius() {
        return 0.019 * height;
    }

    public Taper thighRadii() {
        return new Taper(0.055 * height, 0.036 * height);
    }

    public Taper shankRadii() {
        return new Taper(0.037 * height, 0.022 * height);
    }

    public double neckRadius() {
        return 0.034 * height;
    }

    /**
     * Trunk cross-sections (lateral and front-back half-widths) of the pelvis, abdomen and chest:
     * the chest and pelvis about Winter's hip width wide, front-back depths ours.
     */
    public CrossSection pelvisHalfWidths() {
        return new CrossSection(HIP_WIDTH / 2 * height, 0.068 * height);
    }

    public CrossSection abdomenHalfWidths() {
        return new CrossSection(0.084 * height, 0.064 * height);
    }

    public CrossSection chestHalfWidths() {
        return new CrossSection(0.094 * height, 0.072 * height);
    }
}
