package dev.formcheck.journal;

/**
 * The source article's numbers for telling normal post-exercise soreness (DOMS) from pain worth
 * attention. They are the article's general guidance, the same for everyone, so they are not
 * calibrated per person; each is named here once and explained in {@code docs/journal.md}.
 *
 * @param sorenessStartsAfterHours DOMS "starts 12-24 h after" exercise: the earliest onset that reads as soreness
 * @param sorenessStartsByHours the latest onset of that window (a day and a half is allowed for "the next day")
 * @param sorenessGoneWithinDays DOMS is "gone in 3-5 days": the longest it may last and still read as soreness
 * @param concerningAfterDays pain "lasting beyond 5-7 days" is concerning: past the longer bound it always is
 */
public record SorenessGuide(double sorenessStartsAfterHours, double sorenessStartsByHours, int sorenessGoneWithinDays,
                            int concerningAfterDays) {
    /** The article's figures. "The next day" is taken to mean up to 36 h, the 24 h bound plus a night's slack. */
    public static final SorenessGuide ARTICLE = new SorenessGuide(12, 36, 5, 7);

    public SorenessGuide {
        if (sorenessStartsAfterHours < 0 || sorenessStartsByHours < sorenessStartsAfterHours
                || sorenessGoneWithinDays < 1 || concerningAfterDays < sorenessGoneWithinDays) {
            throw new IllegalArgumentException("soreness guide out of order: " + sorenessStartsAfterHours + " h, "
                    + sorenessStartsByHours + " h, " + sorenessGoneWithinDays + " days, " + concerningAfterDays + " days");
        }
    }

    /** The article's comparison, shown next to every entry so a person can read their own entry against it. */
    public String explanation() {
        return "Normal muscle soreness after exercise (DOMS) starts " + hours(sorenessStartsAfterHours) + " to 24 hours "
                + "after the workout, feels dull and stiff, eases as you move, and is gone in 3 to "
                + sorenessGoneWithinDays + " days. Pain that starts during exercise, feels sharp, stabbing or burning, "
                + "spreads down a leg, or lasts beyond 5 to " + concerningAfterDays + " days is not normal soreness: "
                + "stop the exercise that brings it on and see a doctor or physiotherapist.";
    }

    private static String hours(double h) {
        return h == Math.rint(h) ? Integer.toString((int) h) : Double.toString(h);
    }
}
