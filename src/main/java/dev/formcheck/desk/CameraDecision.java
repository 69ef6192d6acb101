package dev.formcheck.desk;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * What the runner must do with the camera now: keep it open and sample at an interval, or release
 * it until a given time. Decided by {@link DeskMonitor}; the runner only obeys.
 */
public sealed interface CameraDecision permits CameraDecision.Sample, CameraDecision.Release {
    /** Keep the camera open and hand over one frame per {@code interval}. */
    record Sample(Duration interval) implements CameraDecision {
        public Sample {
            Objects.requireNonNull(interval, "interval");
        }
    }

    /** Close the camera until {@code until}, then ask again. */
    record Release(Instant until, Why why) implements CameraDecision {
        /** SYSTEM_AWAY: the OS says the screen is locked or the computer asleep (decision 0085). */
        public enum Why { SNOOZED, ON_BREAK, CAMERA_BUSY, SYSTEM_AWAY }

        public Release {
            Objects.requireNonNull(until, "until");
            Objects.requireNonNull(why, "why");
        }
    }
}
