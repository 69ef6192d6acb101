package dev.formcheck.desk;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** Days as the user's clock has them: the summary is kept per local day, starting at midnight. */
record LocalDays(ZoneId zone) {
    LocalDate dateOf(Instant t) {
        return LocalDate.ofInstant(t, zone);
    }

    Instant dayStart(Instant t) {
        return dateOf(t).atStartOfDay(zone).toInstant();
    }
}
