package dev.formcheck.pose;

import java.util.List;

/**
 * The 17 keypoints of one person in one frame, in COCO order, with the frame's timestamp.
 * MoveNet SinglePose always answers with 17 points; whether a person is really there is read from
 * their scores by the stages downstream.
 *
 * @param timestampMicros the frame's presentation time (0 for a still photo)
 */
public record Pose(long timestampMicros, List<Keypoint> keypoints) {
    public Pose {
        keypoints = List.copyOf(keypoints);
        if (keypoints.size() != BodyPart.COUNT) {
            throw new IllegalArgumentException("a pose has " + BodyPart.COUNT + " keypoints, not " + keypoints.size());
        }
        for (int i = 0; i < keypoints.size(); i++) {
            if (keypoints.get(i).part().ordinal() != i) {
                throw new IllegalArgumentException("keypoint " + i + " is " + keypoints.get(i).part() + "; COCO order is required");
            }
        }
    }

    public Keypoint get(BodyPart part) {
        return keypoints.get(part.ordinal());
    }

    public double meanScore() {
        return keypoints.stream().mapToDouble(Keypoint::score).average().orElse(0);
    }
}
