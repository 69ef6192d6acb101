package dev.formcheck.session;

import dev.formcheck.kinematics.BodyAngles;
import dev.formcheck.kinematics.BodySide;
import dev.formcheck.kinematics.CameraView;
import dev.formcheck.kinematics.Facing;
import dev.formcheck.kinematics.KinematicFrame;
import dev.formcheck.kinematics.Measurement;
import dev.formcheck.kinematics.NotVisible;
import dev.formcheck.kinematics.SpineEstimate;
import dev.formcheck.kinematics.SpineMethod;
import dev.formcheck.kinematics.SpineReading;
import dev.formcheck.kinematics.ViewEstimate;
import dev.formcheck.pose.BodyPart;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Side-on squats as kinematic frames, for session tests: standing (thigh vertical), each rep a
 * smooth 2 s dip to the thigh parallel and back, at 30 fps; the spine reads {@code spine} degrees
 * of flexion throughout, from the keypoints.
 */
public final class SquatFrames {
    public static final double FPS = 30;
    static final double REP_SECONDS = 2;
    private static final NotVisible HIDDEN = NotVisible.of(List.of(BodyPart.LEFT_HIP));

    private SquatFrames() {
    }

    /** Frames from {@code from} to {@code to} seconds with reps starting at {@code repStarts}. */
    public static List<KinematicFrame> squats(double from, double to, double spine, double... repStarts) {
        return squatsTo(0, from, to, spine, repStarts);
    }

    /** As {@link #squats}, each rep's thigh reaching only {@code bottomThigh} degrees (0: the thigh parallel to the floor; 35: a quarter squat). */
    public static List<KinematicFrame> squatsTo(double bottomThigh, double from, double to, double spine, double... repStarts) {
        List<KinematicFrame> frames = new ArrayList<>();
        for (int i = 0; from + i / FPS <= to + 1e-9; i++) {
            double t = from + i / FPS;
            double thigh = 88;
            for (double start : repStarts) {
                double phase = (t - start) / REP_SECONDS;
                if (phase >= 0 && phase <= 1) {
                    thigh = 88 - (88 - bottomThigh) * (1 - Math.cos(2 * Math.PI * phase)) / 2;
                }
            }
            frames.add(frame(Math.round(t * 1e6), thigh, spine));
        }
        return frames;
    }

    public static KinematicFrame frame(long micros, double thigh, double spineFlexion) {
        ViewEstimate view = new ViewEstimate(CameraView.SIDE, 1, 90, 3);
        Measurement trunk = Measurement.of(30 * (88 - thigh) / 88);
        BodyAngles a = new BodyAngles(trunk, Measurement.of(178 - (88 - thigh)), Measurement.of(176 - (88 - thigh)),
                Measurement.of(180), Measurement.of(176), Measurement.of(170), Measurement.of(170), HIDDEN, HIDDEN, HIDDEN,
                Measurement.of(thigh), Measurement.of(88));
        SpineReading spine = new SpineReading.Estimated(new Spine(micros, spineFlexion));
        return new KinematicFrame(micros, true, view, Optional.of(BodySide.LEFT), Optional.of(Facing.RIGHT), a, spine,
                Set.of(), Optional.empty());
    }

    record Spine(long timestampMicros, double flexionDegrees) implements SpineEstimate {
        @Override
        public double confidence() {
            return 0.45;
        }

        @Override
        public SpineMethod method() {
            return SpineMethod.KEYPOINT_HEAD_LINE_AND_HIP_RANGE;
        }
    }
}
