package dev.formcheck.session;

import java.util.List;

/**
 * A workout as kept: the exercise and its sets. Minimal and versioned: the exercises and records
 * issues add fields under a new {@link #SCHEMA_VERSION}.
 */
public record WorkoutRecord(int schemaVersion, String exercise, List<SetRecord> sets) {
    public static final int SCHEMA_VERSION = 1;

    public WorkoutRecord {
        sets = List.copyOf(sets);
    }

    public int totalReps() {
        return sets.stream().mapToInt(SetRecord::reps).sum();
    }
}
