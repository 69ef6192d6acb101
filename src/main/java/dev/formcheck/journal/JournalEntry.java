package dev.formcheck.journal;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * One pain journal entry, in the source article's fields.
 *
 * @param id unique, so two windows or two commands writing at once never clash
 * @param writtenAt when the entry was made
 * @param areas where it hurts (at least one)
 * @param qualities what it feels like
 * @param intensity 0 (none) to 10 (worst imaginable)
 * @param onset when it started relative to exercise, if known
 * @param hoursAfterExercise how long after exercise it started, if known
 * @param daysLasting for how many days it has lasted so far, if known
 * @param easesWithMovement whether moving gently makes it better, if known
 * @param triggers movements or activities that bring it on, in the person's words
 * @param relievedBy what helps, in the person's words
 * @param symptoms what comes with it
 * @param redFlags warning signs ticked (each one means "see a doctor now")
 * @param exercise what the person did, in their words (e.g. "deadlift 3 x 5 at 60 kg"), may be empty
 * @param sessionId the recorded session this entry is linked to, if any
 * @param medications medications or treatments taken, in the person's words
 * @param notes anything else
 */
public record JournalEntry(UUID id, Instant writtenAt, Set<BodyArea> areas, Set<PainQuality> qualities, int intensity,
                           Optional<Onset> onset, Optional<Double> hoursAfterExercise, Optional<Integer> daysLasting,
                           Optional<Boolean> easesWithMovement, List<String> triggers, List<String> relievedBy,
                           Set<Symptom> symptoms, Set<RedFlag> redFlags, String exercise, Optional<String> sessionId,
                           List<String> medications, String notes) {
    public static final int MAX_INTENSITY = 10;

    public JournalEntry {
        if (areas == null || areas.isEmpty()) {
            throw new IllegalArgumentException("say where it hurts (at least one body area)");
        }
        if (intensity < 0 || intensity > MAX_INTENSITY) {
            throw new IllegalArgumentException("intensity is from 0 (no pain) to 10 (worst imaginable), not " + intensity);
        }
        hoursAfterExercise.ifPresent(h -> {
            if (!(h >= 0)) {
                throw new IllegalArgumentException("hours after exercise cannot be negative: " + h);
            }
        });
        daysLasting.ifPresent(d -> {
            if (d < 0) {
                throw new IllegalArgumentException("days lasting cannot be negative: " + d);
            }
        });
        areas = java.util.Collections.unmodifiableSet(EnumSet.copyOf(areas)); // enum order: head to feet
        qualities = copy(qualities, PainQuality.class);
        symptoms = copy(symptoms, Symptom.class);
        redFlags = copy(redFlags, RedFlag.class);
        triggers = List.copyOf(triggers);
        relievedBy = List.copyOf(relievedBy);
        medications = List.copyOf(medications);
        exercise = exercise == null ? "" : exercise.strip();
        notes = notes == null ? "" : notes.strip();
    }

    private static <E extends Enum<E>> Set<E> copy(Set<E> values, Class<E> type) {
        return values == null || values.isEmpty() ? Set.of() : java.util.Collections.unmodifiableSet(EnumSet.copyOf(values));
    }

    /** A new entry's identity and time; the rest filled in by {@link Builder}. */
    public static Builder builder(Instant writtenAt) {
        return new Builder(UUID.randomUUID(), writtenAt);
    }

    /** Fills an entry step by step (the window's form, the command's options). */
    public static final class Builder {
        private UUID id;
        private final Instant writtenAt;
        private Set<BodyArea> areas = Set.of();
        private Set<PainQuality> qualities = Set.of();
        private int intensity;
        private Onset onset;
        private Double hoursAfterExercise;
        private Integer daysLasting;
        private Boolean easesWithMovement;
        private List<String> triggers = List.of();
        private List<String> relievedBy = List.of();
        private Set<Symptom> symptoms = Set.of();
        private Set<RedFlag> redFlags = Set.of();
        private String exercise = "";
        private String sessionId;
        private List<String> medications = List.of();
        private String notes = "";

        private Builder(UUID id, Instant writtenAt) {
            this.id = id;
            this.writtenAt = writtenAt;
        }

        /** Keeps an existing entry's identity (reading a file). */
        public Builder id(UUID v) { this.id = v; return this; }
        public Builder areas(Set<BodyArea> v) { this.areas = v; return this; }
        public Builder qualities(Set<PainQuality> v) { this.qualities = v; return this; }
        public Builder intensity(int v) { this.intensity = v; return this; }
        public Builder onset(Onset v) { this.onset = v; return this; }
        public Builder hoursAfterExercise(Double v) { this.hoursAfterExercise = v; return this; }
        public Builder daysLasting(Integer v) { this.daysLasting = v; return this; }
        public Builder easesWithMovement(Boolean v) { this.easesWithMovement = v; return this; }
        public Builder triggers(List<String> v) { this.triggers = v; return this; }
        public Builder relievedBy(List<String> v) { this.relievedBy = v; return this; }
        public Builder symptoms(Set<Symptom> v) { this.symptoms = v; return this; }
        public Builder redFlags(Set<RedFlag> v) { this.redFlags = v; return this; }
        public Builder exercise(String v) { this.exercise = v; return this; }
        public Builder sessionId(String v) { this.sessionId = v; return this; }
        public Builder medications(List<String> v) { this.medications = v; return this; }
        public Builder notes(String v) { this.notes = v; return this; }

        public JournalEntry build() {
            return new JournalEntry(id, writtenAt, areas, qualities, intensity, Optional.ofNullable(onset),
                    Optional.ofNullable(hoursAfterExercise), Optional.ofNullable(daysLasting),
                    Optional.ofNullable(easesWithMovement), triggers, relievedBy, symptoms, redFlags, exercise,
                    Optional.ofNullable(sessionId).filter(s -> !s.isBlank()), medications, notes);
        }
    }
}
