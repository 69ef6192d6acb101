package dev.formcheck.desk;

import dev.formcheck.analysis.thresholds.CalibrationFiles;
import dev.formcheck.feedback.Notifier;
import dev.formcheck.platform.OsSignals;
import dev.formcheck.session.DeskSession;
import dev.formcheck.session.OsFollower;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import static dev.formcheck.desk.MonitorHarness.min;

/**
 * Desk mode's monitor and coach on a simulated clock with the shipped settings, following what the
 * OS says through session.OsFollower as the desk session does: before each sample or tick the news
 * is taken and applied. Records the reminders given (with their step) and the lines said.
 */
final class FollowedMonitor {
    static final Duration TICK = MonitorHarness.TICK;

    final SimulatedClock clock = new SimulatedClock(MonitorHarness.START);
    final OsFollower follower;
    final ReminderCoach coach = new ReminderCoach(ReminderSettings.from(CalibrationFiles.defaults()), min(2), min(5), clock.getZone());
    final List<Reminder> given = new CopyOnWriteArrayList<>();
    final List<String> said = new CopyOnWriteArrayList<>();
    final DeskMonitor monitor;
    final DeskSession.Events events = new DeskSession.Events() {
        @Override
        public void said(Instant at, String line) {
            said.add(line);
        }

        @Override
        public void warning(String warning) {
        }
    };

    FollowedMonitor(OsSignals os) {
        this.follower = new OsFollower(os);
        Notifier notifier = n -> coach.reminded(n, clock.instant()).ifPresent(given::add);
        monitor = new DeskMonitor(MonitorSettings.from(CalibrationFiles.defaults(), Optional.empty()), new PostureClassifier(
                PostureThresholds.from(CalibrationFiles.defaults()), MonitorHarness.frontBaseline()), notifier, clock,
                new MonitorHarness.MemoryStore());
    }

    /** Samples at 2 fps for {@code d}, each judged as {@code p}. */
    FollowedMonitor hold(Posture p, Duration d) {
        for (Duration t = Duration.ZERO; t.compareTo(d) < 0; t = t.plus(TICK)) {
            clock.advance(TICK);
            follow();
            monitor.observe(new SampleVerdict.Judged(clock.instant().toEpochMilli() * 1000, DeskView.FRONT, p, Map.of()))
                    .ifPresent(c -> events.stateChanged(c.at(), c.from(), c.to()));
            coach.postureIs(monitor.state(), Optional.empty(), monitor.isSystemAway(), clock.instant()).ifPresent(given::add);
        }
        return this;
    }

    /** Time passes with the camera released, ticking at the sample rate. */
    FollowedMonitor idle(Duration d) {
        for (Duration t = Duration.ZERO; t.compareTo(d) < 0; t = t.plus(TICK)) {
            clock.advance(TICK);
            follow();
            monitor.tick();
        }
        return this;
    }

    private void follow() {
        follower.take(events);
        follower.apply(monitor, Optional.of(coach), events);
    }
}
