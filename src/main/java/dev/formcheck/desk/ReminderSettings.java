package dev.formcheck.desk;

import dev.formcheck.analysis.thresholds.Thresholds;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How the user wants to be reminded: from which unheeded reminder in a row a sound joins the
 * quiet notice, and from which the small panel appears (0: never); praise on or off; quiet hours;
 * a sit/stand schedule for a standing desk. Defaults from the {@code desk.remind.*},
 * {@code desk.praise.*} and {@code desk.sit_stand.*} thresholds (calibration/defaults.json says why).
 */
public record ReminderSettings(int soundFrom, int panelFrom, boolean praise, Duration praiseAfter,
                               Optional<QuietHours> quietHours, Optional<SitStand> sitStand) {
    /** Alternate sitting and standing: sit this long, then stand this long. */
    public record SitStand(Duration sit, Duration stand) {
        public SitStand {
            requirePositive(sit, "sitting time");
            requirePositive(stand, "standing time");
        }
    }

    public ReminderSettings {
        if (soundFrom < 0 || panelFrom < 0) {
            throw new IllegalArgumentException("the reminder that brings a sound or the panel is counted from 1 (0: never)");
        }
        requirePositive(praiseAfter, "the good stretch before praise");
        Objects.requireNonNull(quietHours, "quietHours");
        Objects.requireNonNull(sitStand, "sitStand");
    }

    /** The shipped defaults: no quiet hours, no standing desk. */
    public static ReminderSettings from(Thresholds t) {
        return new ReminderSettings((int) t.get("desk.remind.sound_from").value(), (int) t.get("desk.remind.panel_from").value(),
                true, ms(t, "desk.praise.upright_after"), Optional.empty(), Optional.empty());
    }

    /** The shipped sit/stand schedule, for a user who says they have a standing desk. */
    public static SitStand defaultSitStand(Thresholds t) {
        return new SitStand(ms(t, "desk.sit_stand.sit"), ms(t, "desk.sit_stand.stand"));
    }

    /** How often a sit/stand note that was not followed comes again, where the camera tells sitting from standing. */
    public static Duration sitStandRepeat(Thresholds t) {
        return ms(t, "desk.sit_stand.repeat");
    }

    public ReminderSettings withSound(int from) {
        return new ReminderSettings(from, panelFrom, praise, praiseAfter, quietHours, sitStand);
    }

    public ReminderSettings withPanel(int from) {
        return new ReminderSettings(soundFrom, from, praise, praiseAfter, quietHours, sitStand);
    }

    public ReminderSettings withPraise(boolean on) {
        return new ReminderSettings(soundFrom, panelFrom, on, praiseAfter, quietHours, sitStand);
    }

    public ReminderSettings withQuietHours(Optional<QuietHours> q) {
        return new ReminderSettings(soundFrom, panelFrom, praise, praiseAfter, q, sitStand);
    }

    public ReminderSettings withSitStand(Optional<SitStand> s) {
        return new ReminderSettings(soundFrom, panelFrom, praise, praiseAfter, quietHours, s);
    }

    /**
     * The window's on/off choices applied to these (saved) settings: a step switched on keeps its
     * saved number when it has one, else takes the default's; a standing desk keeps its saved
     * schedule, else the default one. So a hand-edited "panel from the 3rd" survives the window.
     */
    public ReminderSettings withChoices(boolean sound, boolean panel, boolean praiseOn, boolean standingDesk,
                                        Optional<QuietHours> quiet, ReminderSettings defaults, SitStand defaultSitStand) {
        int soundStep = !sound ? 0 : soundFrom > 0 ? soundFrom : defaults.soundFrom();
        int panelStep = !panel ? 0 : panelFrom > 0 ? panelFrom : defaults.panelFrom();
        Optional<SitStand> schedule = standingDesk ? Optional.of(sitStand.orElse(defaultSitStand)) : Optional.empty();
        return new ReminderSettings(soundStep, panelStep, praiseOn, praiseAfter, quiet, schedule);
    }

    private static Duration ms(Thresholds t, String name) {
        return Duration.ofNanos(t.micros(name) * 1000);
    }

    private static void requirePositive(Duration d, String what) {
        if (d == null || d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(what + " must be longer than zero");
        }
    }
}
