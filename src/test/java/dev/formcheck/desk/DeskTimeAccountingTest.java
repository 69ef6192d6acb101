package dev.formcheck.desk;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static dev.formcheck.desk.MonitorHarness.min;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where the day's time goes around a snooze, a busy camera and a machine that slept: each stretch is
 * counted as what the monitor knew of it, split where a snooze ran out, and time nobody watched is
 * not sitting.
 */
class DeskTimeAccountingTest {
    static final Duration SAMPLE = MonitorHarness.TICK;
    static final Duration TWO_SAMPLES = SAMPLE.multipliedBy(2);

    @Test
    void aLaptopAsleepPastTheEndOfASnoozeCountsOnlyTheSnoozeAsSnoozedAndTheRestAsAway() {
        MonitorHarness h = new MonitorHarness().hold(Posture.UPRIGHT, min(40));
        h.monitor.snooze(min(15));
        Instant snoozeEnds = h.clock.instant().plus(min(15));
        h.idle(min(5));
        h.clock.advance(Duration.ofHours(3)); // the lid closed: no call at all until it opens
        h.hold(Posture.UPRIGHT, min(1));

        DailySummary s = h.monitor.summary();
        assertThat(s.millis(DailySummary.SNOOZED)).isEqualTo(min(15).toMillis());
        Duration unwatched = Duration.between(snoozeEnds, MonitorHarness.START.plus(min(45)).plus(Duration.ofHours(3)));
        assertThat(s.millis("AWAY")).as("from the snooze's end to the first sample after the lid opened")
                .isBetween(unwatched.toMillis(), unwatched.plus(TWO_SAMPLES).toMillis());
        assertThat(s.millis("UPRIGHT")).isBetween(min(41).minus(TWO_SAMPLES).toMillis(), min(41).toMillis());
        assertThat(s.totalMs()).isEqualTo(Duration.between(MonitorHarness.START, h.clock.instant()).toMillis());
        assertThat(s.breaks()).extracting(BreakEntry::kind).containsExactly(BreakEntry.Kind.SNOOZED, BreakEntry.Kind.TAKEN);
        assertThat(s.breaks().get(1).at()).isEqualTo(snoozeEnds);
        assertThat(h.monitor.streak()).as("a new streak since the lid opened").isLessThanOrEqualTo(min(1));
        assertThat(s.longestStreakMs()).as("the hours asleep are no sitting").isLessThanOrEqualTo(min(40).toMillis());
    }

    @Test
    void nobodyInTheChairAfterASnoozeIsAwayFromItsEndAndLeavesTheTimeBeforeItAlone() {
        MonitorHarness h = new MonitorHarness().hold(Posture.UPRIGHT, min(40));
        h.monitor.snooze(min(15));
        h.idle(min(15));
        h.hold(Posture.AWAY, min(1));

        DailySummary s = h.monitor.summary();
        assertThat(h.monitor.state()).isEqualTo(Posture.AWAY);
        assertThat(s.millis("UPRIGHT")).isBetween(min(40).minus(SAMPLE).toMillis(), min(40).toMillis());
        assertThat(s.millis(DailySummary.SNOOZED)).isEqualTo(min(15).toMillis());
        assertThat(s.millis("AWAY")).isBetween(min(1).toMillis(), min(1).plus(SAMPLE).toMillis());
    }

    @Test
    void nobodyInTheChairOnceTheCameraIsFreeIsAwayFromThenAndLeavesTheTimeBeforeItAlone() {
        MonitorHarness h = new MonitorHarness().hold(Posture.UPRIGHT, min(10));
        h.monitor.cameraBusy();
        h.idle(min(10));
        h.monitor.cameraOpened();
        h.hold(Posture.AWAY, min(1));

        DailySummary s = h.monitor.summary();
        assertThat(s.millis("UPRIGHT")).isBetween(min(10).minus(SAMPLE).toMillis(), min(10).toMillis());
        assertThat(s.millis(DailySummary.CAMERA_BUSY)).isEqualTo(min(10).toMillis());
        assertThat(s.millis("AWAY")).isBetween(min(1).toMillis(), min(1).plus(SAMPLE).toMillis());
    }

    @Test
    void aMachineAsleepWhileWatchingIsAwayNotSittingAndEndsTheStreak() {
        MonitorHarness h = new MonitorHarness().hold(Posture.UPRIGHT, min(30));
        Instant lastSeen = h.clock.instant();
        h.clock.advance(Duration.ofHours(2));
        h.hold(Posture.UPRIGHT, min(1));

        DailySummary s = h.monitor.summary();
        assertThat(s.millis("AWAY")).as("from the last sample before to the first after, and the run's first half second")
                .isBetween(Duration.ofHours(2).toMillis(), Duration.ofHours(2).plus(TWO_SAMPLES).toMillis());
        assertThat(s.millis("UPRIGHT")).isBetween(min(31).minus(TWO_SAMPLES).toMillis(), min(31).toMillis());
        assertThat(s.breaks()).singleElement().satisfies(b -> {
            assertThat(b.kind()).isEqualTo(BreakEntry.Kind.TAKEN);
            assertThat(b.at()).isEqualTo(lastSeen);
        });
        assertThat(h.titled("Time to move")).as("the two hours asleep are no sitting streak").isEmpty();
    }

    @Test
    void aBusyCameraIsTriedAgainAMinuteAfterItWasLastFoundBusy() {
        MonitorHarness h = new MonitorHarness().hold(Posture.UPRIGHT, min(10));
        h.monitor.cameraBusy();
        h.idle(min(1).minusSeconds(1));
        assertThat(h.monitor.camera()).isInstanceOf(CameraDecision.Release.class);
        h.idle(Duration.ofSeconds(1));
        assertThat(h.monitor.camera()).as("time to try the camera again").isInstanceOf(CameraDecision.Sample.class);

        h.monitor.cameraBusy(); // still held by the other program
        assertThat(h.monitor.camera()).isEqualTo(new CameraDecision.Release(h.clock.instant().plus(min(1)),
                CameraDecision.Release.Why.CAMERA_BUSY));
        assertThat(h.monitor.isCameraBusy()).isTrue();
    }

    @Test
    void aMachineAsleepWhileTheCameraWasBusyIsCountedAsCameraBusyNeverAway() {
        MonitorHarness h = new MonitorHarness().hold(Posture.UPRIGHT, min(10));
        long awayBefore = h.monitor.summary().millis("AWAY");
        h.monitor.cameraBusy();
        h.clock.advance(Duration.ofHours(2));
        h.monitor.cameraBusy();

        DailySummary s = h.monitor.summary();
        assertThat(s.millis(DailySummary.CAMERA_BUSY)).isEqualTo(Duration.ofHours(2).toMillis());
        assertThat(s.millis("AWAY")).isEqualTo(awayBefore);
    }
    @Test
    void leavingWhileAPostureAwaitsConfirmationFilesTheAbsenceAsAwayNotAsThatPosture() {
        // back for 5 s (UPRIGHT still awaiting its 10 s), gone for 41 s, back for 30 s
        MonitorHarness h = new MonitorHarness().hold(Posture.UPRIGHT, min(1)).hold(Posture.AWAY, min(1))
                .hold(Posture.UPRIGHT, Duration.ofSeconds(5)).hold(Posture.AWAY, Duration.ofSeconds(41))
                .hold(Posture.UPRIGHT, Duration.ofSeconds(30));

        DailySummary s = h.monitor.summary();
        assertThat(s.millis("UPRIGHT")).as("the minute, the 30 s and at most the 5 s before leaving; never the 41 s away")
                .isBetween(Duration.ofSeconds(90).minus(TWO_SAMPLES).toMillis(), Duration.ofSeconds(95).toMillis());
        assertThat(s.millis("AWAY")).isGreaterThanOrEqualTo(Duration.ofSeconds(60 + 41).toMillis());
        assertThat(s.totalMs()).isEqualTo(Duration.between(MonitorHarness.START, h.clock.instant()).toMillis());
    }

    @Test
    void aGapWithNoSamplesIsNoEvidenceForAPostureAwaitingConfirmation() {
        // nobody came for a minute; then 5 s upright, 41 s with no sample at all (the camera stalled), 30 s upright
        MonitorHarness h = new MonitorHarness().hold(Posture.AWAY, min(1)).hold(Posture.UPRIGHT, Duration.ofSeconds(5));
        h.clock.advance(Duration.ofSeconds(41));
        h.hold(Posture.UPRIGHT, Duration.ofSeconds(30));

        DailySummary s = h.monitor.summary();
        assertThat(s.millis("UPRIGHT")).as("only the 30 s after the gap").isBetween(Duration.ofSeconds(30).minus(TWO_SAMPLES).toMillis(),
                Duration.ofSeconds(30).toMillis());
    }

    @Test
    void samplesOffTheMillisecondGridLoseNoFractionOverTime() {
        MonitorHarness h = new MonitorHarness();
        for (int i = 0; i < 7200; i++) { // an hour at 2 fps, each sample 0.7 ms late on the last
            h.clock.advance(Duration.ofNanos(500_000_700));
            h.monitor.observe(new SampleVerdict.Judged(h.clock.instant().toEpochMilli() * 1000, DeskView.FRONT, Posture.UPRIGHT,
                    java.util.Map.of()));
        }
        long elapsedMs = Duration.between(MonitorHarness.START, h.clock.instant()).toMillis();
        assertThat(h.monitor.summary().totalMs()).isEqualTo(elapsedMs);
    }
}
