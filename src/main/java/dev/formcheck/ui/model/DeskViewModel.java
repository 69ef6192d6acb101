package dev.formcheck.ui.model;

import dev.formcheck.desk.DailySummary;
import dev.formcheck.desk.DeskState;
import dev.formcheck.desk.Lean;
import dev.formcheck.desk.Posture;
import dev.formcheck.session.DeskStatus;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Desk mode's screen as data: what each label says in plain words, which buttons are on, and
 * today's minutes per posture for the chart. Fed the session's {@link DeskStatus}; no display
 * needed. The panel renders it and forwards clicks.
 */
public final class DeskViewModel {
    /** The chart's categories in order, with the summary keys each adds up. */
    public static final Map<String, java.util.List<String>> CATEGORIES = categories();

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

    private final ZoneId zone;
    private boolean running;
    private boolean starting;
    private Optional<DeskStatus> status = Optional.empty();

    public DeskViewModel(ZoneId zone) {
        this.zone = zone;
    }

    /** Start was asked for: the camera and the model are opening. */
    public void starting() {
        starting = true;
        running = false;
        status = Optional.empty();
    }

    public void running(DeskStatus now) {
        starting = false;
        running = true;
        status = Optional.of(now);
    }

    /** The session ended (stopped, or the camera lost). */
    public void stopped() {
        starting = false;
        running = false;
    }

    public boolean startEnabled() {
        return !running && !starting;
    }

    public boolean stopEnabled() {
        return running || starting;
    }

    public boolean paused() {
        return running && status.map(DeskStatus::paused).orElse(false);
    }

    /** Snooze and Pause while watching; Resume only while paused. */
    public boolean pauseEnabled() {
        return running && status.map(DeskStatus::watching).orElse(false) && !paused();
    }

    public boolean resumeEnabled() {
        return paused();
    }

    /** The big line: what the monitor sees now. */
    public String stateWords() {
        if (starting) {
            return "Starting the camera…";
        }
        if (!running || status.isEmpty()) {
            return "Desk mode is off";
        }
        DeskStatus s = status.get();
        if (!s.watching()) {
            return "Sit upright for a few seconds: taking your baseline";
        }
        if (s.paused()) {
            return "Paused until " + CLOCK.format(LocalTime.ofInstant(s.pausedUntil().get(), zone)) + ", camera off";
        }
        return postureWords(s.posture()) + (s.cameraReleased() ? " (camera off until you are back)" : "");
    }

    /** "Sitting for 23 min" or nothing useful while away. */
    public String streakWords() {
        return status.filter(s -> running && s.watching() && !s.paused()).map(s -> s.streak().isZero() ? "Not sitting now"
                : "Sitting for " + minutes(s.streak())).orElse(" ");
    }

    public String nextBreakWords() {
        return status.filter(s -> running && s.watching() && !s.paused() && !s.streak().isZero())
                .map(s -> s.nextBreakIn().isZero() ? "Time for a break" : "Next break in " + minutes(s.nextBreakIn()))
                .orElse(" ");
    }

    /** Today's minutes per chart category, in order (all zero before anything is judged). */
    public Map<String, Double> todayMinutes() {
        Map<String, Double> minutes = new LinkedHashMap<>();
        Optional<DailySummary> today = status.flatMap(DeskStatus::today);
        CATEGORIES.forEach((label, keys) -> minutes.put(label,
                today.map(d -> keys.stream().mapToLong(d::millis).sum() / 60_000.0).orElse(0.0)));
        return minutes;
    }

    public static String postureWords(Posture p) {
        return switch (p.state()) {
            case UPRIGHT -> "Sitting upright";
            case SLOUCHED -> "Slouching";
            case FORWARD_HEAD -> "Head forward";
            case LEANING -> p.lean().map(l -> l == Lean.BACK ? "Leaning back" : "Leaning to the " + l.name().toLowerCase(Locale.ROOT))
                    .orElse("Leaning");
            case AWAY -> "Away from the desk";
        };
    }

    private static String minutes(Duration d) {
        long m = d.toMinutes();
        return m < 1 ? "less than a minute" : m + " min";
    }

    private static Map<String, java.util.List<String>> categories() {
        Map<String, java.util.List<String>> c = new LinkedHashMap<>();
        c.put("Upright", java.util.List.of(DeskState.UPRIGHT.name(), "LEANING_BACK"));
        c.put("Slouched", java.util.List.of(DeskState.SLOUCHED.name(), "LEANING_LEFT", "LEANING_RIGHT"));
        c.put("Forward head", java.util.List.of(DeskState.FORWARD_HEAD.name()));
        c.put("Away", java.util.List.of(DeskState.AWAY.name()));
        return java.util.Collections.unmodifiableMap(c);
    }
}
