package dev.formcheck.desk;

import dev.formcheck.platform.OsSignals;
import dev.formcheck.platform.Reading;
import dev.formcheck.platform.Signal;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static dev.formcheck.desk.MonitorHarness.min;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * session.OsFollower between what the OS says and desk mode's monitor and coach (decision 0085),
 * on a simulated clock: here beside the monitor's test harness. The readings are reported as the
 * watchers report them; the session's thread takes and applies them before each sample.
 */
class OsFollowerTest {
    private static final Duration TICK = FollowedMonitor.TICK;
    private final OsSignals os = OsSignals.none("not asked in this test");
    private final FollowedMonitor desk = new FollowedMonitor(os);
    private final List<Reminder> given = desk.given;
    private final List<String> said = desk.said;
    private final DeskMonitor monitor = desk.monitor;

    @Test
    void theEscalationHoldsItsReminderWhileAProgramIsFullScreenAndGivesItAfter() {
        hold(Posture.UPRIGHT, min(1));
        os.report(Signal.FULL_SCREEN, Reading.ON);
        hold(Posture.SLOUCHED, min(8)); // unheld: a notice at 1 min, a sound at 3, the panel at 7
        assertThat(given).isEmpty();
        assertThat(said).contains("a full-screen program is in front: reminders wait until it leaves");

        os.report(Signal.FULL_SCREEN, Reading.OFF);
        hold(Posture.SLOUCHED, TICK);
        assertThat(given).extracting(Reminder::step).containsExactly(Reminder.Step.NOTICE);
        assertThat(given.get(0).kind()).isEqualTo(Reminder.Kind.POSTURE);
        assertThat(said).contains("no full-screen program in front now: reminders come again");
        hold(Posture.SLOUCHED, min(2.5));
        assertThat(given).extracting(Reminder::step).as("then it escalates as usual")
                .containsExactly(Reminder.Step.NOTICE, Reminder.Step.SOUND);
    }

    @Test
    void aLockedScreenReleasesTheCameraAndCountsAsAwayUntilUnlocked() {
        hold(Posture.UPRIGHT, min(1));
        os.report(Signal.SCREEN_LOCKED, Reading.ON);
        hold(Posture.UPRIGHT, TICK); // the session takes the news before its next sample
        assertThat(monitor.state()).isEqualTo(Posture.AWAY);
        assertThat(monitor.camera()).isInstanceOfSatisfying(CameraDecision.Release.class,
                r -> assertThat(r.why()).isEqualTo(CameraDecision.Release.Why.SYSTEM_AWAY));
        assertThat(said).contains("screen locked: camera released, you count as away until it is unlocked", "UPRIGHT -> AWAY");

        idle(min(10));
        os.report(Signal.SCREEN_LOCKED, Reading.OFF);
        idle(TICK);
        assertThat(monitor.camera()).isInstanceOf(CameraDecision.Sample.class);
        assertThat(said).contains("screen unlocked: watching again");
        assertThat(monitor.summary().millis("AWAY")).isGreaterThanOrEqualTo(min(10).toMillis());
    }

    @Test
    void sleepAndLockTogetherLastUntilBothEnd() {
        hold(Posture.UPRIGHT, min(1));
        os.report(Signal.SCREEN_LOCKED, Reading.ON);
        os.report(Signal.ASLEEP, Reading.ON);
        idle(min(1));
        os.report(Signal.ASLEEP, Reading.OFF); // woken, still locked
        idle(TICK);
        assertThat(monitor.isSystemAway()).isTrue();
        os.report(Signal.SCREEN_LOCKED, new Reading.Unknown("the system message bus stopped answering"));
        idle(TICK);
        assertThat(monitor.isSystemAway()).as("a signal no longer heard counts as off").isFalse();
        assertThat(said).contains("the computer no longer says whether your screen is locked (the system message bus stopped answering)");
    }

    private void hold(Posture p, Duration d) {
        desk.hold(p, d);
    }

    private void idle(Duration d) {
        desk.idle(d);
    }
}
