package dev.formcheck.synthetic;

/** The synthetic body moving: a pose at every time from 0 to {@link #durationSeconds()}. */
public interface Motion {
    double durationSeconds();

    /** The pose at {@code seconds}; times outside 0..duration give the first or last pose. */
    BodyPose poseAt(double seconds);
}
