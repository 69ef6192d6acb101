package dev.formcheck.ui.model;

import dev.formcheck.journal.BodyArea;
import dev.formcheck.journal.EntryText;
import dev.formcheck.journal.JournalEntry;
import dev.formcheck.journal.Onset;
import dev.formcheck.journal.PainAssessment;
import dev.formcheck.journal.PainQuality;
import dev.formcheck.journal.RedFlag;
import dev.formcheck.journal.SorenessGuide;
import dev.formcheck.journal.Symptom;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The journal form's decisions, without a display: what the typed values mean, what is wrong
 * with them in words, and what to show first (a red flag's "see a doctor now", before anything
 * else, every time).
 *
 * @param hoursAfter as typed; blank when not known
 * @param days as typed; blank when not known
 * @param triggers as typed: one per line or separated by commas
 */
public record JournalForm(Set<BodyArea> areas, Set<PainQuality> qualities, int intensity, Optional<Onset> onset, String hoursAfter,
                          String days, Optional<Boolean> easesWithMovement, String triggers, String relievedBy, Set<Symptom> symptoms,
                          Set<RedFlag> redFlags, String exercise, Optional<String> sessionId, String medications, String notes) {

    /** What saving the form leads to. */
    public sealed interface Outcome {
    }

    /** The form cannot be saved: {@code problem} says what to fix. */
    public record Invalid(String problem) implements Outcome {
    }

    /**
     * An entry ready to save.
     *
     * @param seeADoctorNow shown before anything else (a dialog), empty when no red flag was ticked
     * @param details the reading and the entry, shown after saving
     */
    public record Ready(JournalEntry entry, List<String> seeADoctorNow, List<String> details) implements Outcome {
    }

    /**
     * What the reading pane shows while no entry is chosen: how to start (or to choose one), then
     * what came before the pain so far ({@code patterns}: the lines of {@code journal patterns}).
     */
    public static String overview(int entries, List<String> patterns) {
        String start = entries == 0
                ? "No entries yet. Fill in the form and press \"Save entry\" whenever your back hurts; keep it for at least "
                + "two weeks, so patterns can show."
                : "Choose an entry in the list above to read it again.";
        return start + "\n\nWhat came before your pain\n" + String.join("\n", patterns);
    }

    public Outcome check(Instant now, ZoneId zone) {
        if (areas.isEmpty()) {
            return new Invalid("Tick where it hurts (at least one place).");
        }
        Double hours;
        Integer lasted;
        try {
            hours = blank(hoursAfter) ? null : Double.parseDouble(hoursAfter.strip().replace(',', '.'));
            if (hours != null && !(hours >= 0 && hours <= 24 * 30)) {
                return new Invalid("Hours after exercise: a number from 0 to 720.");
            }
        } catch (NumberFormatException e) {
            return new Invalid("Hours after exercise: a number, such as 18 (or leave it empty).");
        }
        try {
            lasted = blank(days) ? null : Integer.parseInt(days.strip());
            if (lasted != null && (lasted < 0 || lasted > 3650)) {
                return new Invalid("Days it has lasted: a whole number from 0.");
            }
        } catch (NumberFormatException e) {
            return new Invalid("Days it has lasted: a whole number, such as 3 (or leave it empty).");
        }
        JournalEntry entry = JournalEntry.builder(now).areas(areas).qualities(qualities).intensity(intensity)
                .onset(onset.orElse(null)).hoursAfterExercise(hours).daysLasting(lasted).easesWithMovement(easesWithMovement.orElse(null))
                .triggers(list(triggers)).relievedBy(list(relievedBy)).symptoms(symptoms).redFlags(redFlags).exercise(exercise)
                .sessionId(sessionId.orElse(null)).medications(list(medications)).notes(notes).build();
        PainAssessment reading = PainAssessment.of(entry, SorenessGuide.ARTICLE);
        return new Ready(entry, reading.redFlagMessages(), EntryText.details(entry, reading, SorenessGuide.ARTICLE, zone));
    }

    /** Ticking a red flag says so at once, before the form is even saved. */
    public static String onRedFlagTicked(RedFlag flag) {
        return flag.message();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static List<String> list(String typed) {
        if (blank(typed)) {
            return List.of();
        }
        return Arrays.stream(typed.split("[,\\n]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
