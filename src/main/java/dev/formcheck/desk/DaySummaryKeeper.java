package dev.formcheck.desk;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * This run's tally of today and its saving: saved as soon as the run starts, then often enough
 * that a save is never more than {@code summaryFlush} old (it is brought forward by the longest
 * expected wait for the next call, one sample interval), and whenever the monitor asks. The run's
 * part is saved under its own id, so other runs' parts of the same day stay theirs; what they
 * saved is read back at each save for the day's totals.
 */
final class DaySummaryKeeper {
    private final SummaryStore store;
    private final Duration saveBefore;
    private final String runId = UUID.randomUUID().toString();
    private DayTally today;
    private Instant dayStartedAt;
    private DeskDay saved;
    private Instant lastSaved;

    /**
     * @param flush the longest a save may be old
     * @param callInterval the longest expected wait between calls (the sample interval)
     */
    DaySummaryKeeper(SummaryStore store, Duration flush, Duration callInterval, LocalDate day, Instant now) {
        this.store = store;
        Duration early = flush.minus(callInterval);
        this.saveBefore = early.isNegative() || early.isZero() ? flush : early;
        startDay(day, now);
    }

    DayTally today() {
        return today;
    }

    /** A day begins for this run at {@code at} (the run's start, or midnight): saved at once, so even a kill now leaves it on record. */
    void startDay(LocalDate day, Instant at) {
        today = new DayTally(day);
        dayStartedAt = at;
        saved = store.load(day).orElseGet(() -> DeskDay.empty(day));
        save(at);
    }

    void saveIfDue(Instant now) {
        if (Duration.between(lastSaved, now).compareTo(saveBefore) >= 0) {
            save(now);
        }
    }

    void save(Instant now) {
        saved = store.save(new DeskRun(runId, Optional.of(dayStartedAt), today.snapshot(now)));
        lastSaved = now;
    }

    /** Today's totals: every run's part as last saved, this run's as of {@code now}. */
    DailySummary dayTotal(Instant now) {
        return saved.with(new DeskRun(runId, Optional.of(dayStartedAt), today.snapshot(now))).total();
    }
}
