package dev.formcheck.desk;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One monitor run's part of a day: what it counted, under its own id, so that two monitors on
 * the same day (two windows, a window and a command, a restart) each keep their time
 * (docs/decisions/0020-desk-day-shared-by-runs.md).
 *
 * @param id unique to the run (and kept across midnight, when the run goes on into the next day's file)
 * @param startedAt when the run began counting for this day; empty for a day saved before runs were kept apart
 * @param summary what the run counted that day
 */
public record DeskRun(String id, Optional<Instant> startedAt, DailySummary summary) {
    public DeskRun {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(summary, "summary");
        if (id.isBlank()) {
            throw new IllegalArgumentException("a run needs an id");
        }
    }
}
