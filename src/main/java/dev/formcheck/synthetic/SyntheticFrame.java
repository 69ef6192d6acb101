package dev.formcheck.synthetic;

import dev.formcheck.capture.RgbImage;
import dev.formcheck.pose.BodyPart;

import java.util.List;

/**
 * A rendered frame with the truth about it: the 17 COCO keypoints where the body really is, in
 * COCO order, and the skeleton they come from.
 */
public record SyntheticFrame(RgbImage image, List<TrueKeypoint> keypoints, Skeleton skeleton) {
    public SyntheticFrame {
        keypoints = List.copyOf(keypoints);
        if (keypoints.size() != BodyPart.COUNT) {
            throw new IllegalArgumentException("a frame has " + BodyPart.COUNT + " true keypoints, not " + keypoints.size());
        }
        for (int i = 0; i < keypoints.size(); i++) {
            if (keypoints.get(i).part().ordinal() != i) {
                throw new IllegalArgumentException("true keypoint " + i + " is " + keypoints.get(i).part() + "; COCO order is required");
            }
        }
    }

    public TrueKeypoint keypoint(BodyPart part) {
        return keypoints.get(part.ordinal());
    }

    public long timestampMicros() {
        return image.timestampMicros();
    }
}
