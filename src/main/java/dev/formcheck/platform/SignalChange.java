package dev.formcheck.platform;

import java.time.Instant;
import java.util.Objects;

/** A signal's reading changed at {@code at} (the system clock's time when FormCheck heard it). */
public record SignalChange(Instant at, Signal signal, Reading reading) {
    public SignalChange {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(signal, "signal");
        Objects.requireNonNull(reading, "reading");
    }
}
