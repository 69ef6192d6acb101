package dev.formcheck.desk;

import java.time.Duration;
import java.time.Instant;

/** Another program holding the camera: since when, and when to try it again. */
final class BusyCamera {
    private final Duration recheck;
    private Instant since;
    private Instant retryAt;

    BusyCamera(Duration recheck) {
        this.recheck = recheck;
    }

    /** The camera was found busy at {@code now}; returns whether it was free until then. */
    boolean foundBusy(Instant now) {
        boolean newly = since == null;
        if (newly) {
            since = now;
        }
        retryAt = now.plus(recheck);
        return newly;
    }

    void opened() {
        since = null;
        retryAt = null;
    }

    boolean isBusy() {
        return since != null;
    }

    Instant retryAt() {
        return retryAt;
    }
}
