package dev.formcheck.desk;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Today's tally and its saving: saved at least every {@code summaryFlush}, and whenever the
 * monitor asks; a new day starts a new tally (continuing one saved earlier that day).
 */
final class DaySummaryKeeper {
    private final SummaryStore store;
    private final Duration flush;
    private DayTally today;
    private Instant lastSaved;

    DaySummaryKeeper(SummaryStore store, Duration flush, LocalDate day, Instant now) {
        this.store = store;
        this.flush = flush;
        this.lastSaved = now;
        startDay(day);
    }

    DayTally today() {
        return today;
    }

    void startDay(LocalDate day) {
        today = new DayTally(day, store);
    }

    void saveIfDue(Instant now) {
        if (Duration.between(lastSaved, now).compareTo(flush) >= 0) {
            save(now);
        }
    }

    void save(Instant now) {
        store.save(today.snapshot(now));
        lastSaved = now;
    }
}
