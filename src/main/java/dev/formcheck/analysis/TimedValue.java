package dev.formcheck.analysis;

/** A measured value and the timestamp of its sample. */
public record TimedValue(long timestampMicros, double value) {
}
