package dev.formcheck.desk;

import java.time.Duration;
import java.time.Instant;

/**
 * The user's comings and goings: when last seen, since when AWAY (dated from the last time the
 * user was seen), the sitting streak, and the break in progress. AWAY for {@code breakMinAway} is
 * a break taken, which ends the streak.
 */
final class Presence {
    private final Duration awayAfter;
    private final Duration breakMinAway;
    private Instant lastUserSeen;
    private Instant watchingAgainAt;
    private Instant awaySince;
    private Instant streakStart;
    private Instant breakAt;

    /** Starts AWAY as of {@code now}, with no streak. */
    Presence(MonitorSettings settings, Instant now) {
        this.awayAfter = settings.awayAfter();
        this.breakMinAway = settings.breakMinAway();
        this.awaySince = now;
    }

    /** The user was in the chair at {@code now}: the streak goes on (or starts). */
    void userSeen(Instant now, DayTally today) {
        lastUserSeen = now;
        if (streakStart == null) {
            streakStart = now;
        }
        // the streak as far as the user was seen: the minutes before AWAY is confirmed are not sitting
        today.streak(Duration.between(streakStart, now).toMillis());
    }

    /**
     * The monitor was not looking until {@code at} (a snooze ran out, the camera came free): the
     * user's absence counts from then, so the time before stays what it was counted as.
     */
    void watchingAgainFrom(Instant at) {
        watchingAgainAt = at;
    }

    /** Whether the user, once seen, has been missing for {@code awayAfter} by {@code now}. */
    boolean missingLongEnough(Instant now) {
        return lastUserSeen != null && !now.isBefore(missingSince().plus(awayAfter));
    }

    /** Since when the user has not been seen while the monitor was looking; null before the user was first seen. */
    Instant missingSince() {
        if (lastUserSeen == null || watchingAgainAt == null) {
            return lastUserSeen;
        }
        return watchingAgainAt.isAfter(lastUserSeen) ? watchingAgainAt : lastUserSeen;
    }

    void wentAway(Instant since) {
        awaySince = since;
    }

    /** The state left AWAY: the break in progress, if any, ends. */
    void cameBack() {
        awaySince = null;
        breakAt = null;
    }

    /** Whether, with the held state {@code away}, the user has been away long enough for a break. */
    boolean onBreak(boolean away, Instant now) {
        return away && awaySince != null && Duration.between(awaySince, now).compareTo(breakMinAway) >= 0;
    }

    /**
     * Brings the break up to {@code now}: a break that has just begun is recorded and ends the
     * streak; the break in progress has its length updated. Returns whether the streak ended.
     */
    boolean followBreak(boolean away, Instant now, DayTally today) {
        boolean streakEnded = false;
        if (onBreak(away, now) && breakAt == null) {
            breakAt = awaySince;
            today.addBreak(new BreakEntry(BreakEntry.Kind.TAKEN, breakAt, 0));
            streakStart = null;
            streakEnded = true;
        }
        if (breakAt != null && streakStart == null) {
            today.updateLastBreak(new BreakEntry(BreakEntry.Kind.TAKEN, breakAt,
                    Duration.between(breakAt, now).toSeconds() / 60.0));
        }
        return streakEnded;
    }

    /** A new day began at {@code dayStart}. */
    void newDay(Instant dayStart) {
        if (streakStart != null && streakStart.isBefore(dayStart)) {
            streakStart = dayStart; // the streak goes on; the new day's record starts at midnight
        }
    }

    /** When the current streak began; null while there is none. */
    Instant streakStart() {
        return streakStart;
    }
}
