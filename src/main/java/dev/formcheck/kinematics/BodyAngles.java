package dev.formcheck.kinematics;

/**
 * Every angle of one frame, in degrees, each a {@link Measurement} (a value, or why there is
 * none). Sagittal angles are on the near side ({@link KinematicFrame#side()}) and need a side-on
 * view ({@link ViewRequirement#SIDE_ON}, oblique tolerated) and a known {@link Facing}; symmetry
 * needs the camera in front ({@link ViewRequirement#FACING_CAMERA}); elbows and the thigh's
 * inclination any view; the body's incline side-on without a facing (it is unsigned).
 *
 * @param trunkInclination hip→shoulder from the upward vertical, + leaning forward, - leaning
 *     back: 0 upright, 90 lying face down, -90 lying on the back
 * @param hip shoulder-hip-knee on the front of the body: 180 straight, smaller as the hip flexes
 *     (90 sitting), above 180 extended (the back leg of a lunge)
 * @param knee hip-knee-ankle on the back of the leg: 180 straight, smaller as it bends, above 180
 *     hyperextended
 * @param bodyLineToAnkle shoulder-hip-ankle on the front of the body: 180 a straight body;
 *     below 180 the hips pike (a plank's hips too high), above 180 they sag (too low)
 * @param headNeck ear-shoulder-hip on the front of the body: 180 the ear in line with the trunk,
 *     smaller as the head and shoulders come forward and down, larger as the head goes back
 * @param leftElbow shoulder-elbow-wrist, 0..180, 180 straight (no side: a projected bend reads the
 *     same either way)
 * @param rightElbow likewise
 * @param kneeSymmetry left knee minus right knee (hip-knee-ankle, 0..180 each), 0 when even
 * @param hipSymmetry left hip minus right hip (shoulder-hip-knee, 0..180 each)
 * @param elbowSymmetry left elbow minus right elbow
 * @param thighInclination how far the thigh (hip→knee) points below the horizontal: +90 standing
 *     (knee straight below the hip), 0 thigh parallel to the floor, negative below parallel (knee
 *     above the hip). Read from the vertical drop hip→knee over the longer of thigh and shin, so
 *     it holds from the front too, where the thigh is foreshortened but the shin is not (see
 *     {@link BodyAngleCalculator#thighInclination}); near side, or both legs' mean from the front
 * @param bodyIncline shoulder→ankle against the horizontal, 0..90 unsigned: 0 lying flat, about
 *     12 a forearm plank, about 25 a high plank, 90 standing
 */
public record BodyAngles(
        Measurement trunkInclination,
        Measurement hip,
        Measurement knee,
        Measurement bodyLineToAnkle,
        Measurement headNeck,
        Measurement leftElbow,
        Measurement rightElbow,
        Measurement kneeSymmetry,
        Measurement hipSymmetry,
        Measurement elbowSymmetry,
        Measurement thighInclination,
        Measurement bodyIncline) {

    public BodyAngles {
        for (Measurement m : new Measurement[] {trunkInclination, hip, knee, bodyLineToAnkle, headNeck,
                leftElbow, rightElbow, kneeSymmetry, hipSymmetry, elbowSymmetry, thighInclination, bodyIncline}) {
            if (m == null) {
                throw new IllegalArgumentException("every angle needs a measurement or a reason it has none");
            }
        }
    }

    /**
     * The body line through the knee (shoulder-hip-knee, on the front): the line a knee plank or a
     * glute bridge is judged by. It is the same three points as {@link #hip()}, so the same value.
     */
    public Measurement bodyLineToKnee() {
        return hip;
    }

    /** These angles with another body line to the ankle. */
    public BodyAngles withBodyLineToAnkle(Measurement line) {
        return new BodyAngles(trunkInclination, hip, knee, line, headNeck, leftElbow, rightElbow, kneeSymmetry,
                hipSymmetry, elbowSymmetry, thighInclination, bodyIncline);
    }

    /** Every angle unavailable for the same reason (no person, or no torso in view). */
    public static BodyAngles none(Unavailable why) {
        Measurement m = (Measurement) why;
        return new BodyAngles(m, m, m, m, m, m, m, m, m, m, m, m);
    }
}
