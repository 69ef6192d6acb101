package dev.formcheck.kinematics;

import dev.formcheck.pose.BodyPart;
import dev.formcheck.pose.Keypoint;
import dev.formcheck.pose.Pose;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The one rule for whether a keypoint may be measured from: its MoveNet score is at least
 * {@link #MIN_SCORE} and its position is a number. Every calculator in this package asks here
 * first; a quantity whose keypoints fail is {@link NotVisible}, never a value.
 */
public final class KeypointVisibility {
    /**
     * MoveNet keypoint score below which a keypoint is treated as not seen. 0.3 is the per-keypoint
     * threshold of MoveNet's own demo: TF.js {@code pose-detection/demos/live_video} draws a
     * keypoint only when its score is at least {@code scoreThreshold} (renderer_canvas2d.js
     * {@code drawKeypoint}), which {@code params.js} sets to 0.3 for MoveNet; issue 4 takes the same
     * figure, as a mean, for "a person is there". It is a floor against guesses, not proof of
     * sight: on our rendered body Thunder scores keypoints that are really hidden (the far side
     * side-on, the face from behind) a median 0.51, visible ones 0.60, and lets only 12 of 92
     * hidden ones fall below 0.3 (HiddenKeypointScoresTest, docs/kinematics.md).
     */
    public static final double MIN_SCORE = 0.3;

    private KeypointVisibility() {
    }

    public static boolean isVisible(Keypoint k) {
        return k.score() >= MIN_SCORE && Double.isFinite(k.x()) && Double.isFinite(k.y());
    }

    public static boolean isVisible(Pose pose, BodyPart part) {
        return isVisible(pose.get(part));
    }

    /** The parts among {@code needed} that are not visible; empty when all are. */
    public static Set<BodyPart> missing(Pose pose, BodyPart... needed) {
        Set<BodyPart> out = EnumSet.noneOf(BodyPart.class);
        for (BodyPart part : needed) {
            if (!isVisible(pose.get(part))) {
                out.add(part);
            }
        }
        return out;
    }

    /** {@link NotVisible} naming the missing parts among {@code needed}, or empty when all are visible. */
    public static Optional<NotVisible> require(Pose pose, BodyPart... needed) {
        Set<BodyPart> gone = missing(pose, needed);
        return gone.isEmpty() ? Optional.empty() : Optional.of(NotVisible.of(gone));
    }
}
