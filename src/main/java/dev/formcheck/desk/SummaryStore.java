package dev.formcheck.desk;

import java.time.LocalDate;
import java.util.Optional;

/** Where daily summaries are kept: files in the user's data directory, a map in tests. */
public interface SummaryStore {
    /** The day's summary saved earlier (a restart after a crash continues it), if any. */
    Optional<DailySummary> load(LocalDate date);

    /** Replaces the day's summary, atomically: a crash leaves the previous version or this one. */
    void save(DailySummary summary);
}
