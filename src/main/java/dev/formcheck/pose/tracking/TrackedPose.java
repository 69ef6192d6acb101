package dev.formcheck.pose.tracking;

import dev.formcheck.pose.CropRegion;
import dev.formcheck.pose.Pose;
import dev.formcheck.pose.StageTimings;

/**
 * What tracking made of one frame: a person ({@link PersonFound}) or explicitly none
 * ({@link NoPerson}), never null. Immutable. Every record carries the frame's timestamp, the
 * square the model looked at, and the time the estimate took.
 */
public sealed interface TrackedPose permits TrackedPose.PersonFound, TrackedPose.NoPerson {
    /** The frame's presentation time. */
    long timestampMicros();

    /** The square of the frame the model ran on (the full frame or a tracking crop). */
    CropRegion crop();

    /** Preprocess, inference and decode time of this frame's estimate. */
    StageTimings timings();

    /** Mean score of the 17 raw keypoints, what presence was decided on. */
    double meanScore();

    /**
     * A person: the model's keypoints as they came ({@code raw}, frame pixels) and smoothed over
     * time ({@code smoothed}: causal when live, forward-backward after
     * {@link ZeroLagSmoother}). Both carry the frame's timestamp and the raw scores.
     */
    record PersonFound(long timestampMicros, Pose raw, Pose smoothed, CropRegion crop, StageTimings timings)
            implements TrackedPose {
        public PersonFound {
            if (raw == null || smoothed == null || crop == null || timings == null) {
                throw new IllegalArgumentException("a found person needs raw and smoothed keypoints, a crop and timings");
            }
            if (raw.timestampMicros() != timestampMicros || smoothed.timestampMicros() != timestampMicros) {
                throw new IllegalArgumentException("keypoints at " + raw.timestampMicros() + " / "
                        + smoothed.timestampMicros() + " µs do not belong to the frame at " + timestampMicros + " µs");
            }
        }

        @Override
        public double meanScore() {
            return raw.meanScore();
        }

        /** The same frame with other smoothed keypoints. */
        public PersonFound withSmoothed(Pose other) {
            return new PersonFound(timestampMicros, raw, other, crop, timings);
        }
    }

    /**
     * No person: the model's keypoints scored below the presence threshold on average. They are
     * kept as {@code raw} for the record (what the model guessed, and how unsure it was) but are
     * never smoothed or judged.
     */
    record NoPerson(long timestampMicros, Pose raw, CropRegion crop, StageTimings timings) implements TrackedPose {
        public NoPerson {
            if (raw == null || crop == null || timings == null) {
                throw new IllegalArgumentException("a frame without a person still needs its raw keypoints, crop and timings");
            }
            if (raw.timestampMicros() != timestampMicros) {
                throw new IllegalArgumentException("keypoints at " + raw.timestampMicros()
                        + " µs do not belong to the frame at " + timestampMicros + " µs");
            }
        }

        @Override
        public double meanScore() {
            return raw.meanScore();
        }
    }
}
