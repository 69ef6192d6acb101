package dev.formcheck.desk;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static dev.formcheck.desk.MonitorHarness.min;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the monitor does with the OS's word (decision 0085): a locked screen or a sleeping computer
 * is the user away, with the camera released and no reminder; a full-screen program holds
 * reminders as quiet hours do. On a simulated clock with the shipped settings.
 */
class SystemSignalsMonitorTest {

    @Test
    void aLockedScreenIsAwayFromWhenItWasHeardAndReleasesTheCameraUntilUnlocked() {
        MonitorHarness h = new MonitorHarness().hold(Posture.UPRIGHT, min(2));
        Instant heard = h.clock.instant();
        h.monitor.systemAway(heard).orElseThrow();
        assertThat(h.monitor.state()).isEqualTo(Posture.AWAY);
        assertThat(h.monitor.camera()).isInstanceOfSatisfying(CameraDecision.Release.class,
                r -> assertThat(r.why()).isEqualTo(CameraDecision.Release.Why.SYSTEM_AWAY));

        h.idle(min(1));
        assertThat(h.monitor.camera()).isInstanceOf(CameraDecision.Release.class); // still locked after the recheck time
        h.monitor.systemBack();
        assertThat(h.monitor.camera()).isInstanceOf(CameraDecision.Sample.class);
        assertThat(h.monitor.isSystemAway()).isFalse();

        DailySummary s = h.monitor.summary();
        assertThat(s.millis("AWAY")).as("the locked minute is away, not lost")
                .isBetween(min(1).toMillis(), min(1).plusSeconds(10).toMillis());
        assertThat(s.totalMs()).isEqualTo(min(3).toMillis());
    }

    @Test
    void aLockAsLongAsABreakIsABreakTakenAndTheUserIsLookedForAfresh() {
        MonitorHarness h = new MonitorHarness().hold(Posture.UPRIGHT, min(30));
        h.monitor.systemAway(h.clock.instant());
        h.idle(min(3)); // longer than desk.break.min_away (2 min)
        assertThat(h.monitor.summary().breaks()).extracting(BreakEntry::kind).containsExactly(BreakEntry.Kind.TAKEN);
        assertThat(h.monitor.streak()).isZero();
        h.monitor.systemBack();
        h.hold(Posture.UPRIGHT, min(0.5));
        assertThat(h.monitor.state()).isEqualTo(Posture.UPRIGHT);
        assertThat(h.monitor.streak()).isLessThan(min(0.6));
    }

    @Test
    void noReminderComesWhileLocked() {
        MonitorHarness h = new MonitorHarness().hold(Posture.UPRIGHT, min(44));
        h.monitor.systemAway(h.clock.instant());
        h.idle(min(1.5)); // the 45-minute break reminder would fall due here; a short lock is no break either
        assertThat(h.shown).isEmpty();
    }

    @Test
    void sleepHeardOnlyAfterWakingIsAwayFromTheLastSampleAsTheGapRuleDates() {
        MonitorHarness h = new MonitorHarness().hold(Posture.UPRIGHT, min(5));
        Instant lastSeen = h.clock.instant();
        h.clock.advance(min(40)); // asleep: no samples, no ticks, the JVM frozen
        h.monitor.systemAway(h.clock.instant()).orElseThrow();
        h.monitor.systemBack();
        DailySummary s = h.monitor.summary();
        assertThat(s.millis("AWAY")).as("the 40 min asleep")
                .isBetween(min(40).toMillis(), min(40).plusSeconds(15).toMillis());
        assertThat(s.millis("UPRIGHT")).isLessThanOrEqualTo(Duration.between(MonitorHarness.START, lastSeen).toMillis());
    }

    @Test
    void aFullScreenProgramHoldsTheSlouchAlertAndItComesWhenTheProgramLeaves() {
        MonitorHarness h = new MonitorHarness().hold(Posture.UPRIGHT, min(1));
        h.monitor.holdReminders(true);
        h.hold(Posture.SLOUCHED, min(3)); // the alert falls due a minute in
        assertThat(h.titled("Sit tall")).isEmpty();
        assertThat(h.monitor.state()).isEqualTo(Posture.SLOUCHED);
        h.monitor.holdReminders(false);
        assertThat(h.titled("Sit tall")).hasSize(1);
        assertThat(h.titled("Sit tall").get(0).after()).isEqualTo(min(4));
    }
}
