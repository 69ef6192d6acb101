package dev.formcheck.analysis.exercise;

import dev.formcheck.kinematics.BodyAngles;
import dev.formcheck.kinematics.BodySide;
import dev.formcheck.kinematics.CameraView;
import dev.formcheck.kinematics.Facing;
import dev.formcheck.kinematics.KinematicFrame;
import dev.formcheck.kinematics.Measurement;
import dev.formcheck.kinematics.NotVisible;
import dev.formcheck.kinematics.SilhouetteSpineEstimate;
import dev.formcheck.kinematics.SpineEstimate;
import dev.formcheck.kinematics.SpineMethod;
import dev.formcheck.kinematics.SpineReading;
import dev.formcheck.kinematics.ViewEstimate;
import dev.formcheck.pose.BodyPart;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.DoubleFunction;

/**
 * Kinematic frames made by hand for keypoint-level engine tests: every angle not set is "not
 * visible", so a test states exactly what the engine may see.
 */
final class Frames {
    static final NotVisible HIDDEN = NotVisible.of(List.of(BodyPart.LEFT_HIP));

    private long micros;
    private CameraView view = CameraView.SIDE;
    private Measurement trunk = HIDDEN;
    private Measurement hip = HIDDEN;
    private Measurement knee = HIDDEN;
    private Measurement line = HIDDEN;
    private Measurement head = HIDDEN;
    private Measurement elbow = HIDDEN;
    private Measurement thigh = HIDDEN;
    private Measurement incline = HIDDEN;
    private SpineReading spine = HIDDEN;
    private Optional<SpineEstimate> outline = Optional.empty();
    private dev.formcheck.kinematics.FrontalBodyLine frontal = dev.formcheck.kinematics.FrontalBodyLine.NOT_MEASURED;
    private dev.formcheck.kinematics.LimbSides limbs = dev.formcheck.kinematics.LimbSides.NOT_MEASURED;

    static Frames at(double seconds) {
        Frames f = new Frames();
        f.micros = Math.round(seconds * 1e6);
        return f;
    }

    Frames view(CameraView v) { view = v; return this; }
    Frames trunk(double d) { trunk = Measurement.of(d); return this; }
    Frames hip(double d) { hip = Measurement.of(d); return this; }
    Frames knee(double d) { knee = Measurement.of(d); return this; }
    Frames line(double d) { line = Measurement.of(d); return this; }
    Frames head(double d) { head = Measurement.of(d); return this; }
    Frames elbow(double d) { elbow = Measurement.of(d); return this; }
    Frames thigh(double d) { thigh = Measurement.of(d); return this; }
    Frames incline(double d) { incline = Measurement.of(d); return this; }
    /** The trunk's lean and the knee not measured (the keypoints that give them not seen). */
    Frames withoutTrunkOrKnee() { trunk = HIDDEN; knee = HIDDEN; return this; }
    /** The body's line across the frame seen from the front, resting on {@code down}'s side. */
    Frames frontalLine(double d, BodySide down) { frontal = dev.formcheck.kinematics.FrontalBodyLine.of(d, down); return this; }
    /** The knee on {@code side} clearly the higher (a lunge's front leg). */
    Frames kneeHigher(BodySide side) { limbs = dev.formcheck.kinematics.LimbSides.kneeHigherOn(side); return this; }
    /** The higher-raised arm {@code d} degrees from hanging (arm_elevation). */
    Frames arm(double d) { limbs = dev.formcheck.kinematics.LimbSides.armRaised(d); return this; }
    /** The knees and arms as given (a bird-dog's or dead bug's reach, legs and arm together). */
    Frames limbs(dev.formcheck.kinematics.LimbSides l) { limbs = l; return this; }
    /** One arm reaching on {@code side}, raised {@code d} degrees from hanging. */
    Frames armReaching(BodySide side, double d) { limbs = dev.formcheck.kinematics.LimbSides.armReaching(side, d); return this; }
    Frames spine(double flexion, double confidence) {
        spine = new SpineReading.Estimated(new TestSpine(micros, flexion, confidence));
        return this;
    }

    /**
     * The keypoints' estimate decided by the hip's range (the trunk past a textbook hip range), as
     * {@code KeypointSpineEstimator} gives it, against the user's calibrated neutral or the default.
     */
    Frames hipRangeSpine(double flexion, double confidence, boolean calibrated) {
        spine = new SpineReading.Estimated(new dev.formcheck.kinematics.KeypointSpineEstimate(micros, flexion, confidence,
                dev.formcheck.kinematics.SpineMethod.KEYPOINT_HIP_RANGE, java.util.OptionalDouble.empty(),
                java.util.OptionalDouble.of(flexion * 0.5), true, calibrated));
        return this;
    }

    /** The back's flexion as its outline shows it: flexion only, 0 or more. */
    Frames outline(double flexion, double confidence) {
        outline = Optional.of(new SilhouetteSpineEstimate(micros, flexion, confidence, flexion));
        return this;
    }

    /** A standing-side-on frame: straight hip and knee, head in line, upright trunk, thigh vertical. */
    Frames standing() {
        return trunk(0).hip(178).knee(176).line(180).head(176).thigh(88).incline(88).elbow(170);
    }

    /** Lying face down, straight: a plank (elbows bent) or the top of a push-up. */
    Frames lying(double elbowDegrees) {
        return trunk(80).hip(178).knee(176).line(180).head(176).thigh(0).incline(15).elbow(elbowDegrees);
    }

    KinematicFrame build() {
        ViewEstimate v = new ViewEstimate(view, 1, view == CameraView.SIDE ? 90 : view == CameraView.FRONT ? 0 : 45, 3);
        BodyAngles a = new BodyAngles(trunk, hip, knee, line, head, elbow, elbow, HIDDEN, HIDDEN, HIDDEN, thigh, incline);
        return new KinematicFrame(micros, true, v, Optional.of(BodySide.LEFT), Optional.of(Facing.RIGHT), a, spine, Set.of(),
                outline, false, HIDDEN, frontal, limbs);
    }

    /** Frames every 1/fps seconds from {@code from} to {@code to}, each made by {@code at}. */
    static List<KinematicFrame> series(double from, double to, double fps, DoubleFunction<Frames> at) {
        List<KinematicFrame> out = new ArrayList<>();
        for (int i = 0; from + i / fps <= to + 1e-9; i++) {
            out.add(at.apply(from + i / fps).build());
        }
        return out;
    }

    record TestSpine(long timestampMicros, double flexionDegrees, double confidence) implements SpineEstimate {
        @Override
        public SpineMethod method() {
            return SpineMethod.KEYPOINT_HEAD_LINE_AND_HIP_RANGE;
        }
    }
}
