package dev.formcheck.desk;

import java.time.LocalDate;
import java.util.Optional;

/** Where daily summaries are kept: files in the user's data directory, a map in tests. */
public interface SummaryStore {
    /** The day as saved so far by every run (earlier ones, or another monitor running now), if anything. */
    Optional<DeskDay> load(LocalDate date);

    /**
     * Replaces {@code run}'s part of its day, keeping every other run's part as it is now saved,
     * atomically: a crash leaves the previous version or this one, and two monitors saving at once
     * both keep their time. Returns the day as saved.
     */
    DeskDay save(DeskRun run);
}
