package dev.formcheck.synthetic;

import dev.formcheck.pose.BodyPart;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The synthetic body in 3D for one pose: every {@link Landmark}'s world position and every
 * {@link Segment}'s orientation. Made by {@link ForwardKinematics}; immutable.
 */
public record Skeleton(Anthropometry body, BodyPose pose, Map<Landmark, Vec3> points, Map<Segment, Rotation> frames) {
    public Skeleton {
        points = Collections.unmodifiableMap(new EnumMap<>(points));
        frames = Collections.unmodifiableMap(new EnumMap<>(frames));
        if (points.size() != Landmark.values().length || frames.size() != Segment.values().length) {
            throw new IllegalArgumentException("a skeleton needs every landmark and every segment");
        }
    }

    public Vec3 point(Landmark landmark) {
        return points.get(landmark);
    }

    /** The 3D position of a COCO keypoint. */
    public Vec3 point(BodyPart part) {
        return points.get(Landmark.of(part));
    }

    public Rotation frame(Segment segment) {
        return frames.get(segment);
    }

    /** The lowest point of the body's landmarks (heels, toes, fingertips...), in metres above the floor. */
    public double lowestY() {
        return points.values().stream().mapToDouble(Vec3::y).min().orElseThrow();
    }
}
