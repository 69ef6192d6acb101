package dev.formcheck.ui.model;

import dev.formcheck.desk.DailySummary;
import dev.formcheck.desk.DeskStance;
import dev.formcheck.desk.DeskState;
import dev.formcheck.desk.Lean;
import dev.formcheck.desk.Posture;
import dev.formcheck.session.DeskStatus;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
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
        return postureWords(s.posture(), s.stance()) + (s.cameraReleased() ? " (camera off until you are back)" : "");
    }

    /**
     * Sitting or standing now, where the camera tells them apart, and today's time in each; a blank
     * line where it does not (no standing desk, or a camera that cannot tell).
     */
    public String stanceWords() {
        Optional<DeskStatus> shown = status.filter(s -> running && s.watching());
        if (shown.isEmpty()) {
            return " ";
        }
        DeskStatus s = shown.get();
        Optional<DailySummary> today = s.today();
        boolean stoodToday = today.map(d -> d.standingMs() > 0).orElse(false);
        if (s.stance().isEmpty() && !stoodToday) {
            return " ";
        }
        String now = s.paused() || s.posture().state() == DeskState.AWAY ? ""
                : s.stance().map(st -> st == DeskStance.STANDING ? "Standing. " : "Sitting. ").orElse("");
        return now + today.map(d -> "Today: sitting " + hoursAndMinutes(d.sittingMs()) + ", standing "
                + hoursAndMinutes(d.standingMs())).orElse("");
    }

    /** "Sitting for 23 min" ("At your desk for 23 min" where sitting and standing are told apart), or nothing useful while away. */
    public String streakWords() {
        return status.filter(s -> running && s.watching() && !s.paused()).map(s -> s.streak().isZero()
                ? (s.stance().isPresent() ? "Not at your desk now" : "Not sitting now")
                : (s.stance().isPresent() ? "At your desk for " : "Sitting for ") + minutes(s.streak())).orElse(" ");
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
        return postureWords(p, Optional.empty());
    }

    /** The posture in words; "Standing upright" where the camera sees the user standing. */
    public static String postureWords(Posture p, Optional<DeskStance> stance) {
        return switch (p.state()) {
            case UPRIGHT -> stance.filter(st -> st == DeskStance.STANDING).isPresent() ? "Standing upright" : "Sitting upright";
            case SLOUCHED -> "Slouching";
            case FORWARD_HEAD -> "Head forward";
            case LEANING -> p.lean().map(l -> l == Lean.BACK ? "Leaning back" : "Leaning to the " + l.name().toLowerCase(Locale.ROOT))
                    .orElse("Leaning");
            case AWAY -> "Away from the desk";
        };
    }

    /** "25 min", "1 h 5 min". */
    static String hoursAndMinutes(long ms) {
        long m = ms / 60_000;
        return m < 60 ? m + " min" : m / 60 + " h " + m % 60 + " min";
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

    /**
     * The note under desk mode's state on what this computer tells FormCheck (decision 0085): each
     * thing it cannot tell, with why, or that it hears all of them.
     */
    public static String osNote(List<String> cannotTell) {
        if (cannotTell.isEmpty()) {
            return "This computer tells FormCheck when the screen is locked, when it goes to sleep and when a full-screen"
                    + " program is in front: the camera is let go and you count as away while locked or asleep, and"
                    + " reminders wait for the full-screen program to leave.";
        }
        return String.join(" ", cannotTell);
    }
}
