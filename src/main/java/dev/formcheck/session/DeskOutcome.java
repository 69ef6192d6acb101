package dev.formcheck.session;

import dev.formcheck.desk.DailySummary;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * How a desk session ended.
 *
 * @param stopped whether a stop from outside ended it (not its time or its frames running out)
 * @param summary the day's summary, empty when nothing was judged (no baseline was ever taken)
 * @param summaryFile where the day was kept; empty for a recorded video, which keeps nothing
 */
public record DeskOutcome(boolean stopped, Optional<DailySummary> summary, Optional<Path> summaryFile) {
    public DeskOutcome {
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(summaryFile, "summaryFile");
    }
}
