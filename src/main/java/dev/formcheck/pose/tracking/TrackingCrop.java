package dev.formcheck.pose.tracking;

import dev.formcheck.pose.BodyPart;
import dev.formcheck.pose.Keypoint;
import dev.formcheck.pose.Pose;

import java.util.List;
import java.util.Optional;

/**
 * Where to look in the next frame, the rule of MoveNet's own runtime (TF.js pose-detection,
 * {@code movenet/crop_utils.ts}: {@code torsoVisible}, {@code determineTorsoAndBodyRange},
 * {@code determineNextCropRegion}), written afresh over frame pixels:
 *
 * <ol>
 *   <li>The torso is visible when a hip and a shoulder each score above
 *       {@link TrackingSettings#minCropKeypointScore()}; otherwise: the full frame.</li>
 *   <li>The square is centred on the midpoint of the hips. Its half-side is the largest of the
 *       torso's reach from that centre (the four torso joints, whatever their score) times
 *       {@link TrackingSettings#torsoExpansion()} and the body's reach (every keypoint scoring at
 *       least the minimum) times {@link TrackingSettings#bodyExpansion()}, per axis.</li>
 *   <li>The half-side is capped at the centre's largest distance to a frame edge; a square wider
 *       than the frame's longer side is pointless: the full frame.</li>
 * </ol>
 * One addition of ours: a square under a pixel (every keypoint in one spot) is no person either.
 */
final class TrackingCrop {
    private static final List<BodyPart> TORSO =
            List.of(BodyPart.LEFT_SHOULDER, BodyPart.RIGHT_SHOULDER, BodyPart.LEFT_HIP, BodyPart.RIGHT_HIP);

    /** Half-side of a one-pixel square. */
    private static final double MIN_HALF = 0.5;

    private TrackingCrop() {
    }

    /** A square in frame pixels, not yet rounded: centre and half-side. */
    record Square(double centreX, double centreY, double half) {
        double left() {
            return centreX - half;
        }

        double top() {
            return centreY - half;
        }

        double size() {
            return 2 * half;
        }
    }

    static boolean torsoVisible(Pose pose, double minScore) {
        return (pose.get(BodyPart.LEFT_HIP).score() > minScore || pose.get(BodyPart.RIGHT_HIP).score() > minScore)
                && (pose.get(BodyPart.LEFT_SHOULDER).score() > minScore
                        || pose.get(BodyPart.RIGHT_SHOULDER).score() > minScore);
    }

    /** The square around the person in {@code pose}, or empty for the full frame. */
    static Optional<Square> next(Pose pose, int frameWidth, int frameHeight, TrackingSettings settings) {
        double minScore = settings.minCropKeypointScore();
        if (!torsoVisible(pose, minScore)) {
            return Optional.empty();
        }
        Keypoint leftHip = pose.get(BodyPart.LEFT_HIP);
        Keypoint rightHip = pose.get(BodyPart.RIGHT_HIP);
        double cx = (leftHip.x() + rightHip.x()) / 2;
        double cy = (leftHip.y() + rightHip.y()) / 2;

        double torsoX = 0;
        double torsoY = 0;
        for (BodyPart part : TORSO) {
            Keypoint k = pose.get(part);
            torsoX = Math.max(torsoX, Math.abs(cx - k.x()));
            torsoY = Math.max(torsoY, Math.abs(cy - k.y()));
        }
        double bodyX = 0;
        double bodyY = 0;
        for (Keypoint k : pose.keypoints()) {
            if (k.score() >= minScore) {
                bodyX = Math.max(bodyX, Math.abs(cx - k.x()));
                bodyY = Math.max(bodyY, Math.abs(cy - k.y()));
            }
        }
        double half = Math.max(Math.max(torsoX, torsoY) * settings.torsoExpansion(),
                Math.max(bodyX, bodyY) * settings.bodyExpansion());
        double toFarthestEdge = Math.max(Math.max(cx, frameWidth - cx), Math.max(cy, frameHeight - cy));
        half = Math.min(half, toFarthestEdge);
        if (half > Math.max(frameWidth, frameHeight) / 2.0 || half < MIN_HALF) {
            return Optional.empty();
        }
        return Optional.of(new Square(cx, cy, half));
    }
}
