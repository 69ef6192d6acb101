package dev.formcheck.report;

import dev.formcheck.capture.RgbImage;
import dev.formcheck.feedback.JointClarity;
import dev.formcheck.feedback.PlainWords;
import dev.formcheck.kinematics.BodySide;
import dev.formcheck.kinematics.KinematicFrame;
import dev.formcheck.media.KeyFrameImages;
import dev.formcheck.pose.BodyPart;
import dev.formcheck.pose.Keypoint;
import dev.formcheck.pose.Pose;
import dev.formcheck.pose.silhouette.BackOutline;
import dev.formcheck.pose.tracking.TrackedPose;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The key frames as the report shows them: the frame with the skeleton and the back's outline
 * drawn by {@link KeyFrameImages} (the overlay video's drawing), and the angles the judgement
 * measured there written next to their joints (as SVG text over the picture, so they stay sharp).
 */
final class KeyFramePictures {
    private KeyFramePictures() {
    }

    /** The pictures of {@code moments}; a moment whose frame was not decoded is left out. */
    static List<ReportContent.KeyFrame> of(RecordingEvidence e, List<KeyMoments.KeyMoment> moments, Map<Integer, RgbImage> stills) {
        ReportSeries series = new ReportSeries(e);
        JointClarity clarity = new JointClarity(e.thresholds());
        List<ReportContent.KeyFrame> pictures = new ArrayList<>();
        for (KeyMoments.KeyMoment m : moments) {
            RgbImage still = stills.get(m.frame());
            if (still == null) {
                continue;
            }
            Optional<Pose> pose = e.poses().get(m.frame()) instanceof TrackedPose.PersonFound found
                    ? Optional.of(found.smoothed()) : Optional.empty();
            Optional<BackOutline> outline = e.outline(m.frame());
            byte[] jpeg = KeyFrameImages.jpeg(still, pose, outline);
            int fontSize = (int) Math.max(14, Math.min(still.width(), still.height()) / 22.0);
            List<ReportContent.Label> labels = apart(pose.map(p -> labels(e.kinematics().get(m.frame()), p, series, m.frame(), clarity))
                    .orElse(List.of()), fontSize);
            pictures.add(new ReportContent.KeyFrame(m.caption(), "data:image/jpeg;base64,"
                    + Base64.getEncoder().encodeToString(jpeg), still.width(), still.height(), fontSize, labels,
                    outline.filter(o -> o instanceof BackOutline.Traced t && t.contour().size() >= 2).isPresent()));
        }
        return pictures;
    }

    /** The near side's knee, hip and elbow angles at their joints, the back's reading between hip and shoulder. */
    private static List<ReportContent.Label> labels(KinematicFrame k, Pose pose, ReportSeries series, int frame,
                                                    JointClarity clarity) {
        List<ReportContent.Label> labels = new ArrayList<>();
        BodySide side = k.side().orElse(BodySide.LEFT);
        // an angle from keypoints the model was unsure of is not written (JointClarity): a backlit arm read 5°
        if (clarity.clear(pose, JointClarity.Joint.KNEE, Optional.of(side))) {
            at(pose, side.knee(), k.angles().knee().valueIfPresent(), "knee ", labels);
        }
        if (clarity.clear(pose, JointClarity.Joint.HIP, Optional.of(side))) {
            at(pose, side.hip(), k.angles().hip().valueIfPresent(), "hip ", labels);
        }
        if (clarity.clear(pose, JointClarity.Joint.ELBOW, Optional.of(side))) {
            at(pose, side.elbow(), side == BodySide.LEFT ? k.angles().leftElbow().valueIfPresent()
                    : k.angles().rightElbow().valueIfPresent(), "elbow ", labels);
        }
        OptionalDouble back = series.back(frame);
        Keypoint hip = pose.get(side.hip());
        Keypoint shoulder = pose.get(side.shoulder());
        if (back.isPresent() && visible(hip) && visible(shoulder)) {
            double b = back.getAsDouble();
            String words = Math.round(b) == 0 ? "back at neutral"
                    : "back " + PlainWords.degrees(Math.abs(b)) + (b > 0 ? " rounder" : " more arched");
            labels.add(new ReportContent.Label(round((hip.x() + shoulder.x()) / 2 + 12), round((hip.y() + shoulder.y()) / 2 - 12), words));
        }
        return labels;
    }

    /**
     * The labels moved down, one by one from the top, until none overlaps another (joints close
     * together, as a push-up's hip, back and elbow, would otherwise print over each other).
     */
    static List<ReportContent.Label> apart(List<ReportContent.Label> labels, int fontSize) {
        double charWidth = 0.6 * fontSize; // about a bold sans-serif letter's width
        List<ReportContent.Label> placed = new ArrayList<>();
        labels.stream().sorted(java.util.Comparator.comparingDouble(ReportContent.Label::y)).forEach(l -> {
            double y = l.y();
            for (ReportContent.Label other : placed) {
                boolean sideBySide = l.x() < other.x() + other.text().length() * charWidth
                        && other.x() < l.x() + l.text().length() * charWidth;
                if (sideBySide && Math.abs(y - other.y()) < 1.15 * fontSize) {
                    y = other.y() + 1.15 * fontSize;
                }
            }
            placed.add(new ReportContent.Label(l.x(), round(y), l.text()));
        });
        return placed;
    }

    private static void at(Pose pose, BodyPart part, OptionalDouble angle, String name, List<ReportContent.Label> labels) {
        Keypoint k = pose.get(part);
        if (angle.isPresent() && visible(k)) {
            labels.add(new ReportContent.Label(round(k.x() + 12), round(k.y() - 8), name + PlainWords.degrees(angle.getAsDouble())));
        }
    }

    private static boolean visible(Keypoint k) {
        return k.score() >= dev.formcheck.media.SkeletonOverlay.MIN_SCORE;
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
