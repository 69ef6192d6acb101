package dev.formcheck.pose;

import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * Decoding: MoveNet's [1, 1, 17, 3] (y, x, score) output, normalised across the square the model
 * saw, to keypoints in frame pixels.
 */
final class KeypointDecoder {
    private KeypointDecoder() {
    }

    static Pose decode(FloatBuffer output, CropRegion crop, long timestampMicros) {
        List<Keypoint> keypoints = new ArrayList<>(BodyPart.COUNT);
        for (BodyPart part : BodyPart.values()) {
            int base = part.ordinal() * 3;
            double y = output.get(base);
            double x = output.get(base + 1);
            double score = output.get(base + 2);
            keypoints.add(new Keypoint(part, crop.frameX(x), crop.frameY(y), score));
        }
        return new Pose(timestampMicros, keypoints);
    }
}
