package dev.formcheck.session;

import dev.formcheck.desk.DailySummary;
import dev.formcheck.desk.DeskStance;
import dev.formcheck.desk.Posture;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a desk session stands, published after every sample and every tick while the camera is
 * released: what a window shows (state, streak, the next break, today's time so far).
 *
 * @param at the clock's time
 * @param watching whether the baseline is in place and postures are judged (false while it is being taken)
 * @param posture the held posture (AWAY before the first is confirmed)
 * @param streak the current sitting streak, zero while away
 * @param nextBreakIn time until the break reminder, zero when it is due or away
 * @param pausedUntil the end of a running snooze or pause
 * @param cameraReleased whether the camera is let go now (paused, on a break, busy)
 * @param today today's summary so far, this run and the day's other runs
 * @param stance sitting or standing, when the camera tells them apart (a standing desk with both
 *               baselines); empty otherwise, and while away
 */
public record DeskStatus(Instant at, boolean watching, Posture posture, Duration streak, Duration nextBreakIn,
                         Optional<Instant> pausedUntil, boolean cameraReleased, Optional<DailySummary> today,
                         Optional<DeskStance> stance) {
    public DeskStatus {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(posture, "posture");
        Objects.requireNonNull(streak, "streak");
        Objects.requireNonNull(nextBreakIn, "nextBreakIn");
        Objects.requireNonNull(pausedUntil, "pausedUntil");
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(stance, "stance");
    }

    /** Where the camera does not tell sitting from standing. */
    public DeskStatus(Instant at, boolean watching, Posture posture, Duration streak, Duration nextBreakIn,
                      Optional<Instant> pausedUntil, boolean cameraReleased, Optional<DailySummary> today) {
        this(at, watching, posture, streak, nextBreakIn, pausedUntil, cameraReleased, today, Optional.empty());
    }

    /** Before the baseline: nothing judged yet. */
    static DeskStatus takingBaseline(Instant at) {
        return new DeskStatus(at, false, Posture.AWAY, Duration.ZERO, Duration.ZERO, Optional.empty(), false, Optional.empty());
    }

    public boolean paused() {
        return pausedUntil.isPresent();
    }
}
