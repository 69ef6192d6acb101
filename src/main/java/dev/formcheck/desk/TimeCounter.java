package dev.formcheck.desk;

import java.time.Duration;
import java.time.Instant;

/**
 * Counts the day's time to what the monitor was doing: SNOOZED only up to when the snooze runs out
 * (the user is looked for again from there), CAMERA_BUSY while another program holds the camera,
 * else the held state; time at the desk while the held stance is standing is also counted as
 * standing. A new day starts at local midnight, the old one saved as of then.
 */
final class TimeCounter {
    private final LocalDays days;
    private final DaySummaryKeeper summaryKeeper;
    private final SnoozeTimer snooze;
    private final BusyCamera busyCamera;
    private final Presence presence;
    private Instant countedTo;

    TimeCounter(LocalDays days, DaySummaryKeeper summaryKeeper, SnoozeTimer snooze, BusyCamera busyCamera,
                Presence presence, Instant now) {
        this.days = days;
        this.summaryKeeper = summaryKeeper;
        this.snooze = snooze;
        this.busyCamera = busyCamera;
        this.presence = presence;
        this.countedTo = now;
    }

    /** Counts the time up to {@code now}, {@code state} held; false when the clock stood still or stepped back (no time added). */
    boolean advance(Instant now, Posture state, boolean standing) {
        if (!now.isAfter(countedTo)) {
            return false;
        }
        if (!days.dateOf(now).equals(summaryKeeper.today().day())) {
            Instant midnight = days.dayStart(now);
            count(countedTo, midnight, state, standing);
            summaryKeeper.save(midnight);
            summaryKeeper.startDay(days.dateOf(now), midnight);
            presence.newDay(midnight);
            countedTo = midnight;
        }
        count(countedTo, now, state, standing);
        countedTo = now;
        snooze.expireBy(now);
        return true;
    }

    private void count(Instant from, Instant to, Posture state, boolean standing) {
        if (!to.isAfter(from)) {
            return;
        }
        DayTally today = summaryKeeper.today();
        if (snooze.covers(from)) {
            Instant end = to.isBefore(snooze.until()) ? to : snooze.until();
            today.add(DailySummary.SNOOZED, Duration.between(from, end).toMillis());
            if (end.equals(snooze.until())) {
                presence.watchingAgainFrom(end);
                snooze.expireBy(end);
                count(end, to, state, standing);
            }
            return;
        }
        String bucket = busyCamera.isBusy() ? DailySummary.CAMERA_BUSY : DailySummary.key(state);
        long ms = Duration.between(from, to).toMillis();
        today.add(bucket, ms);
        if (standing && !busyCamera.isBusy() && state.state() != DeskState.AWAY) {
            today.standing(ms);
        }
    }
}
