package dev.formcheck.analysis.calibration;

import dev.formcheck.analysis.thresholds.SegmentProportions;
import dev.formcheck.analysis.thresholds.StanceNeutral;
import dev.formcheck.kinematics.BodyAngles;
import dev.formcheck.kinematics.BodySide;
import dev.formcheck.kinematics.CameraView;
import dev.formcheck.kinematics.KeypointVisibility;
import dev.formcheck.kinematics.KinematicFrame;
import dev.formcheck.kinematics.Measurement;
import dev.formcheck.kinematics.NeutralPosture;
import dev.formcheck.pose.BodyPart;
import dev.formcheck.pose.Keypoint;
import dev.formcheck.pose.Pose;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The user's neutral stance from frames of them standing still side-on: a frame qualifies when
 * the view is side-on or oblique, the head line, hip line, trunk and knee are measured, the trunk
 * is upright and the knee straight ({@link CalibrationCriteria}), and the head and hip lines lie
 * within {@link NeutralPosture}'s limits. The result is the median of each quantity over the
 * qualifying frames; segments are measured on the near side.
 */
public final class StanceCalibration {
    /** What the user should do when too few frames qualify. */
    public static final String ADVICE = "Stand side-on to the camera, upright, so your ear, shoulder, hip, knee "
            + "and ankle are in view.";

    private StanceCalibration() {
    }

    public static CalibrationOutcome<StanceNeutral> measure(List<CalibrationSample> samples, CalibrationCriteria criteria,
                                                           CalibrationRun run) {
        Optional<String> restless = Stillness.whyNot(samples, criteria);
        if (restless.isPresent()) {
            return new CalibrationOutcome.Rejected<>("These frames are not a still neutral posture: " + restless.get());
        }
        Rejections rejections = new Rejections();
        List<Qualified> kept = new ArrayList<>();
        for (CalibrationSample s : samples) {
            Optional<String> why = whyNot(s.frame(), criteria);
            if (why.isPresent()) {
                rejections.add(why.get());
            } else {
                kept.add(Qualified.of(s));
            }
        }
        if (kept.size() < criteria.minFrames()) {
            return new CalibrationOutcome.Rejected<>(rejections.message(
                    criteria.minFrames() == CalibrationCriteria.MIN_FRAMES_PHOTOS ? "photos" : "frames",
                    kept.size(), samples.size(), criteria.minFrames(), ADVICE));
        }
        OptionalDouble torso = median(kept, Qualified::torso, criteria.minFrames());
        if (torso.isEmpty()) {
            return new CalibrationOutcome.Rejected<>("Your shoulder and hip on the side towards the camera were not "
                    + "both clear in enough frames to measure your torso. " + ADVICE);
        }
        SegmentProportions segments = new SegmentProportions(torso.getAsDouble(),
                median(kept, Qualified::thigh, criteria.minFrames()), median(kept, Qualified::shank, criteria.minFrames()),
                median(kept, Qualified::upperArm, criteria.minFrames()), median(kept, Qualified::forearm, criteria.minFrames()));
        StanceNeutral neutral = new StanceNeutral(run.provenance(kept.size()), mostCommonView(kept),
                median(kept, Qualified::headLine, 1).getAsDouble(), median(kept, Qualified::hipLine, 1).getAsDouble(),
                median(kept, Qualified::trunk, 1).getAsDouble(), segments);
        return new CalibrationOutcome.Accepted<>(neutral, samples.size());
    }

    /** Why this frame is not a neutral stance, in the user's words; empty when it is one. */
    static Optional<String> whyNot(KinematicFrame frame, CalibrationCriteria criteria) {
        if (!frame.personFound()) {
            return Optional.of("no one was in view");
        }
        CameraView view = frame.view().view();
        if (!StanceNeutral.VIEWS.contains(view)) {
            return Optional.of(view == CameraView.FRONT ? "the camera saw you from the front or back"
                    : "too little of you was in view to tell which way you faced");
        }
        BodyAngles a = frame.angles();
        for (Measurement m : List.of(a.headNeck(), a.hip(), a.trunkInclination(), a.knee())) {
            if (!m.isPresent()) {
                return m.whyMissing().map(w -> "\"" + w + "\""); // kinematics' own sentence, quoted
            }
        }
        double trunk = a.trunkInclination().valueIfPresent().getAsDouble();
        if (Math.abs(trunk) > criteria.uprightToleranceDegrees()) {
            return Optional.of(String.format(Locale.ROOT, "you leaned more than %.0f° from upright",
                    criteria.uprightToleranceDegrees()));
        }
        if (a.knee().valueIfPresent().getAsDouble() < criteria.standingKneeMinDegrees()) {
            return Optional.of(String.format(Locale.ROOT, "your knees were bent (under %.0f°)",
                    criteria.standingKneeMinDegrees()));
        }
        double hip = a.hip().valueIfPresent().getAsDouble();
        if (hip < NeutralPosture.MIN_HIP_LINE || hip > NeutralPosture.MAX_HIP_LINE) {
            return Optional.of(String.format(Locale.ROOT, "your hips were bent or pushed forward (hip line %.0f°, "
                    + "standing is %.0f-%.0f°)", hip, NeutralPosture.MIN_HIP_LINE, NeutralPosture.MAX_HIP_LINE));
        }
        double head = a.headNeck().valueIfPresent().getAsDouble();
        if (head < NeutralPosture.MIN_HEAD_LINE || head > NeutralPosture.MAX_HEAD_LINE) {
            return Optional.of(String.format(Locale.ROOT, "your head was far out of line with your back (head line "
                    + "%.0f°, upright is %.0f-%.0f°)", head, NeutralPosture.MIN_HEAD_LINE, NeutralPosture.MAX_HEAD_LINE));
        }
        return Optional.empty();
    }

    /** A qualifying frame's quantities; a segment is NaN when its keypoints were not clear. */
    private record Qualified(CameraView view, double headLine, double hipLine, double trunk, double torso,
                             double thigh, double shank, double upperArm, double forearm) {
        static Qualified of(CalibrationSample s) {
            KinematicFrame f = s.frame();
            BodySide near = f.side().orElseThrow();
            Pose pose = s.pose().orElseThrow();
            double torso = length(pose, near.shoulder(), near.hip());
            return new Qualified(f.view().view(), value(f.angles().headNeck()), value(f.angles().hip()),
                    value(f.angles().trunkInclination()), torso,
                    ratio(length(pose, near.hip(), near.knee()), torso), ratio(length(pose, near.knee(), near.ankle()), torso),
                    ratio(length(pose, near.shoulder(), near.elbow()), torso),
                    ratio(length(pose, near.elbow(), near.wrist()), torso));
        }

        private static double value(Measurement m) {
            return m.valueIfPresent().getAsDouble();
        }

        /** A segment over the torso; NaN outside the proportions a body can show (a keypoint on the wrong part). */
        private static double ratio(double segment, double torso) {
            double r = segment / torso;
            return r >= SegmentProportions.MIN_RATIO && r <= SegmentProportions.MAX_RATIO ? r : Double.NaN;
        }

        /** Pixels between two clear keypoints, NaN when either is unclear. */
        private static double length(Pose pose, BodyPart a, BodyPart b) {
            Keypoint ka = pose.get(a);
            Keypoint kb = pose.get(b);
            if (!KeypointVisibility.isVisible(ka) || !KeypointVisibility.isVisible(kb)) {
                return Double.NaN;
            }
            double d = Math.hypot(ka.x() - kb.x(), ka.y() - kb.y());
            return d > 0 ? d : Double.NaN;
        }
    }

    /** The median over the frames where the quantity is a number, if at least {@code atLeast} have it. */
    private static OptionalDouble median(List<Qualified> kept, java.util.function.ToDoubleFunction<Qualified> quantity,
                                         int atLeast) {
        List<Double> values = new ArrayList<>();
        for (Qualified q : kept) {
            double v = quantity.applyAsDouble(q);
            if (Double.isFinite(v)) {
                values.add(v);
            }
        }
        return Medians.of(values, atLeast);
    }

    private static CameraView mostCommonView(List<Qualified> kept) {
        long side = kept.stream().filter(q -> q.view() == CameraView.SIDE).count();
        return side * 2 >= kept.size() ? CameraView.SIDE : CameraView.OBLIQUE;
    }
}
