package dev.formcheck.desk;

import java.time.Duration;
import java.time.Instant;

/**
 * What the runner should do with the camera: release it while snoozed, while the OS says the screen
 * is locked or the computer asleep, while another program holds it (until it is due to be tried
 * again) and on a break (reopened every {@code cameraRecheck} to look); otherwise sample at
 * {@code sampleInterval}.
 */
final class CameraChoice {
    private final Duration sampleInterval;
    private final Duration recheck;

    CameraChoice(MonitorSettings settings) {
        this.sampleInterval = settings.sampleInterval();
        this.recheck = settings.cameraRecheck();
    }

    /** The decision at {@code now}; {@code lastSample} is null before the first sample. */
    CameraDecision decide(Instant now, SnoozeTimer snooze, BusyCamera busyCamera, boolean systemAway, boolean onBreak,
                          Instant lastSample) {
        if (snooze.isActive(now)) {
            return new CameraDecision.Release(snooze.until(), CameraDecision.Release.Why.SNOOZED);
        }
        if (systemAway) { // asked again after a while; the OS's "unlocked" or "woken" ends it at once
            return new CameraDecision.Release(now.plus(recheck), CameraDecision.Release.Why.SYSTEM_AWAY);
        }
        if (busyCamera.isBusy()) {
            return now.isBefore(busyCamera.retryAt())
                    ? new CameraDecision.Release(busyCamera.retryAt(), CameraDecision.Release.Why.CAMERA_BUSY)
                    : new CameraDecision.Sample(sampleInterval); // time to try it again
        }
        if (onBreak) {
            Instant look = (lastSample == null ? now : lastSample).plus(recheck);
            if (now.isBefore(look)) {
                return new CameraDecision.Release(look, CameraDecision.Release.Why.ON_BREAK);
            }
        }
        return new CameraDecision.Sample(sampleInterval);
    }
}
