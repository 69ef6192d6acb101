package dev.formcheck.journal;

import java.util.ArrayList;
import java.util.List;

/**
 * How an entry reads against the article's guidance: red flags first, then the signs of pain
 * worth attention, then whether it looks like ordinary soreness. Explained, never a diagnosis.
 *
 * @param verdict the overall reading
 * @param redFlagMessages one "see a doctor now" message per red flag ticked, to show before anything else
 * @param reasons why the verdict, in plain words, one line each
 */
public record PainAssessment(Verdict verdict, List<String> redFlagMessages, List<String> reasons) {
    public PainAssessment {
        redFlagMessages = List.copyOf(redFlagMessages);
        reasons = List.copyOf(reasons);
    }

    /** The overall reading of an entry, most urgent first. */
    public enum Verdict implements Labelled {
        SEE_A_DOCTOR_NOW("See a doctor now"),
        CONCERNING("This does not read like normal soreness"),
        LIKELY_SORENESS("This reads like normal muscle soreness"),
        UNCLEAR("Not enough to tell: keep noting it");

        private final String label;

        Verdict(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }

    /** Reads {@code entry} against {@code guide}. */
    public static PainAssessment of(JournalEntry entry, SorenessGuide guide) {
        List<String> redFlags = entry.redFlags().stream().map(RedFlag::message).toList();
        List<String> concerns = concerns(entry, guide);
        if (!redFlags.isEmpty()) {
            List<String> reasons = new ArrayList<>(entry.redFlags().stream().map(f -> "Warning sign: " + f.label()).toList());
            reasons.addAll(concerns);
            return new PainAssessment(Verdict.SEE_A_DOCTOR_NOW, redFlags, reasons);
        }
        if (!concerns.isEmpty()) {
            return new PainAssessment(Verdict.CONCERNING, List.of(), concerns);
        }
        List<String> soreness = sorenessSigns(entry, guide);
        if (soreness.size() >= 2 && entry.qualities().stream().allMatch(PainQuality::soreness) && !entry.qualities().isEmpty()) {
            return new PainAssessment(Verdict.LIKELY_SORENESS, List.of(), soreness);
        }
        List<String> unclear = new ArrayList<>(soreness);
        unclear.add("Note when it started after exercise, what it feels like and whether moving eases it; "
                + "an entry with those reads more clearly.");
        return new PainAssessment(Verdict.UNCLEAR, List.of(), unclear);
    }

    private static List<String> concerns(JournalEntry e, SorenessGuide guide) {
        List<String> out = new ArrayList<>();
        e.onset().filter(o -> o == Onset.DURING_EXERCISE)
                .ifPresent(o -> out.add("It started during exercise: soreness comes hours later, pain during a movement is a reason to stop it."));
        List<String> sharp = e.qualities().stream().filter(PainQuality::concerning).map(PainQuality::label).toList();
        if (!sharp.isEmpty()) {
            out.add("It feels " + String.join(" and ", sharp) + ": soreness feels dull and stiff.");
        }
        boolean leg = e.symptoms().contains(Symptom.RADIATES_DOWN_LEG) || e.symptoms().contains(Symptom.LEG_TINGLING)
                || e.areas().stream().anyMatch(BodyArea::isLeg);
        if (leg) {
            out.add("It reaches into a leg: pain that spreads down a leg can come from a nerve, not a tired muscle.");
        }
        e.daysLasting().filter(d -> d > guide.concerningAfterDays()).ifPresent(d -> out.add(
                "It has lasted " + days(d) + ": soreness is gone in 3 to " + guide.sorenessGoneWithinDays() + " days."));
        e.daysLasting().filter(d -> d > guide.sorenessGoneWithinDays() && d <= guide.concerningAfterDays()).ifPresent(d -> out.add(
                "It has lasted " + days(d) + ", longer than soreness does; if it is still there after "
                        + days(guide.concerningAfterDays()) + ", see a doctor or physiotherapist."));
        return out;
    }

    private static List<String> sorenessSigns(JournalEntry e, SorenessGuide guide) {
        List<String> out = new ArrayList<>();
        boolean delayed = e.onset().filter(o -> o == Onset.NEXT_DAY).isPresent()
                || e.hoursAfterExercise().filter(h -> h >= guide.sorenessStartsAfterHours() && h <= guide.sorenessStartsByHours()).isPresent();
        if (delayed) {
            out.add("It started a while after exercise, as soreness does.");
        }
        if (!e.qualities().isEmpty() && e.qualities().stream().allMatch(PainQuality::soreness)) {
            out.add("It feels like soreness (" + String.join(", ", e.qualities().stream().map(PainQuality::label).toList()) + ").");
        }
        if (e.easesWithMovement().orElse(false)) {
            out.add("Moving eases it, as it does soreness.");
        }
        return out;
    }

    private static String days(int d) {
        return d == 1 ? "1 day" : d + " days";
    }
}
