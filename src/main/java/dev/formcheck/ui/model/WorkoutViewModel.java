package dev.formcheck.ui.model;

import dev.formcheck.feedback.JointClarity;
import dev.formcheck.analysis.exercise.FlagKind;
import dev.formcheck.analysis.exercise.LiveEvent;
import dev.formcheck.feedback.Coach;
import dev.formcheck.feedback.PlainWords;
import dev.formcheck.kinematics.KinematicFrame;
import dev.formcheck.kinematics.Measurement;
import dev.formcheck.kinematics.SpineEstimate;
import dev.formcheck.session.ExerciseJudging;
import dev.formcheck.session.SetRecord;
import dev.formcheck.session.WorkoutRecord;
import dev.formcheck.session.WorkoutSession;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The workout screen's decisions: what each frame's update shows, how long a warning stays up,
 * what the set's card says, what is spoken (through {@link Coach}), and the frame rate. Runs on
 * the workout's thread; the Swing panel only renders the {@link WorkoutScreen} it is handed.
 */
public final class WorkoutViewModel {
    /** How long a warning stays on screen after its cue: long enough to read from two metres. */
    public static final long WARNING_SHOWN_MICROS = 4_000_000;
    /** Frame rate smoothing: each new interval weighs this much (about the last 10 frames). */
    private static final double RATE_WEIGHT = 0.1;

    /** The faults of the back itself: after a set with one, its roundest reading is the warning's measure. */
    static final java.util.Set<FlagKind> BACK_FAULTS = java.util.EnumSet.of(FlagKind.ROUNDED_BACK,
            FlagKind.LUMBAR_HYPEREXTENSION, FlagKind.LOST_NEUTRAL_SPINE);

    private final ExerciseJudging judging;
    private final JointClarity clarity;
    /** The keypoints of the frame being shown, when the caller gave them. */
    private Optional<dev.formcheck.pose.Pose> pose = Optional.empty();
    private final Coach coach = new Coach();
    private final Consumer<Coach.Utterance> voice;
    private Optional<WorkoutScreen.Warning> warning = Optional.empty();
    private long warningAt;
    private Optional<WorkoutScreen.SetCard> card = Optional.empty();
    private long lastFrameNanos = -1;
    private double meanIntervalNanos;
    private double meanInferenceMs;
    private final boolean speakReps;
    private WorkoutSession.Phase lastPhase;
    private long lastCountdownSecond = -1;
    private boolean restOverSaid;

    /** @param voice receives what to say (the window speaks it, or plays a sound, or stays quiet when muted) */
    public WorkoutViewModel(ExerciseJudging judging, Consumer<Coach.Utterance> voice) {
        this(judging, voice, false);
    }

    /** @param speakReps whether each rep's number is said (an option: some like it, some find it noise) */
    public WorkoutViewModel(ExerciseJudging judging, Consumer<Coach.Utterance> voice, boolean speakReps) {
        this.judging = judging;
        this.clarity = new JointClarity(judging.thresholds());
        this.voice = voice;
        this.speakReps = speakReps;
    }

    /**
     * One frame's update.
     *
     * @param inferenceMs the pose stage's time for this frame
     * @param arrivedNanos when the frame reached the screen's thread ({@link System#nanoTime()}), for the frame rate
     */
    public WorkoutScreen onFrame(WorkoutSession.Update u, double inferenceMs, long arrivedNanos) {
        return onFrame(u, Optional.empty(), inferenceMs, arrivedNanos);
    }

    /**
     * As {@link #onFrame(WorkoutSession.Update, double, long)}, with the frame's (smoothed) keypoints:
     * a joint angle built from keypoints the model was unsure of is shown "not seen" ({@link JointClarity}).
     */
    public WorkoutScreen onFrame(WorkoutSession.Update u, Optional<dev.formcheck.pose.Pose> pose, double inferenceMs,
                                 long arrivedNanos) {
        this.pose = pose;
        long t = u.frame().timestampMicros();
        for (LiveEvent e : u.events()) {
            if (e instanceof LiveEvent.RepCounted) {
                coach.repCounted();
                if (speakReps) {
                    coach.repNumber(u.repsInSet(), t).ifPresent(voice);
                }
            } else if (e instanceof LiveEvent.Cue cue) {
                warning = Optional.of(new WorkoutScreen.Warning(PlainWords.name(cue.kind()), cue.cue()));
                warningAt = t;
                coach.fault(cue.kind(), cue.cue(), t).ifPresent(voice);
            }
        }
        u.formBreakdown().ifPresent(b -> coach.formBrokeDown(u.setIndex(), t).ifPresent(said -> {
            warning = Optional.of(new WorkoutScreen.Warning("Stop the set", PlainWords.breakdown(b)));
            warningAt = t;
            voice.accept(said);
        }));
        if (warning.isPresent() && t - warningAt > WARNING_SHOWN_MICROS) {
            warning = Optional.empty();
        }
        u.setEnded().ifPresent(set -> {
            card = Optional.of(cardOf(set));
            // a set whose form broke down is not praised, even with no single fault flagged
            coach.setEnded(set.reps(), set.holdMicros(), set.faults().size() + (set.formBreakdown().isPresent() ? 1 : 0), t)
                    .ifPresent(voice);
        });
        if (u.phase() == WorkoutSession.Phase.IN_SET) {
            card = Optional.empty();
        }
        handsFree(u, t);
        noteTiming(inferenceMs, arrivedNanos);
        return screen(u);
    }

    /** What is said without a look at the screen: what to fix, the countdown, "Go", "Rest over". */
    private void handsFree(WorkoutSession.Update u, long t) {
        WorkoutSession.Phase before = lastPhase;
        lastPhase = u.phase();
        if (u.phase() == WorkoutSession.Phase.GETTING_READY) {
            u.position().filter(p -> !p.ready()).ifPresent(p -> coach.position(p.say(), t).ifPresent(voice));
            long second = u.countdownMicros() > 0 ? (u.countdownMicros() + 999_999) / 1_000_000 : -1;
            if (second > 0 && second != lastCountdownSecond) {
                coach.announce(Long.toString(second), t).ifPresent(voice);
            }
            lastCountdownSecond = second;
        } else if (before == WorkoutSession.Phase.GETTING_READY) {
            coach.announce("Go", t).ifPresent(voice);
        }
        if (u.phase() != WorkoutSession.Phase.RESTING) {
            restOverSaid = false;
        } else if (u.restLeftMicros() == 0 && !restOverSaid) {
            restOverSaid = true;
            coach.announce("Rest over", t).ifPresent(voice);
        }
    }

    private WorkoutScreen screen(WorkoutSession.Update u) {
        String exercise = u.exercise().map(PlainWords::exercise).orElse("Recognising the exercise…");
        boolean holds = u.exercise().map(e -> !judging.countsReps(e)).orElse(false);
        String counterLabel = holds ? "Hold" : "Reps";
        String counter = holds ? PlainWords.minutesSeconds(u.holdMicros()) : Integer.toString(u.repsInSet());
        String phase = switch (u.phase()) {
            case GETTING_READY -> u.countdownMicros() > 0
                    ? "Counting starts in " + (u.countdownMicros() + 999_999) / 1_000_000 + " s" : "Get into position";
            case WAITING -> "Counting: the set starts with your first " + (holds ? "hold" : "rep");
            case IN_SET -> "Set " + u.setIndex();
            case RESTING -> u.restLeftMicros() > 0
                    ? "Rest: " + PlainWords.minutesSeconds(u.restLeftMicros() + 999_999) + " left after set " + u.setIndex()
                    : "Rest over (" + PlainWords.minutesSeconds(u.restMicros()) + "): start set " + (u.setIndex() + 1)
                            + " when you're ready";
        };
        Optional<WorkoutScreen.Setup> setup = u.phase() == WorkoutSession.Phase.GETTING_READY
                ? u.position().map(p -> new WorkoutScreen.Setup(p.ready() ? p.say() + ": hold still" : p.say(), p.ready()))
                : Optional.empty();
        KinematicFrame f = u.frame();
        return new WorkoutScreen(exercise, counterLabel, counter, phase, spine(f, judging.minSpineConfidence()),
                shownAngle("Hip", f.angles().hip(), JointClarity.Joint.HIP, f), shownAngle("Knee", f.angles().knee(),
                JointClarity.Joint.KNEE, f), warning, card, status(), setup, sides(u.repsBySide()));
    }

    /** {@link #angle}, or "not seen" when the keypoints it is built from were not clear in this frame. */
    private String shownAngle(String name, Measurement m, JointClarity.Joint joint, KinematicFrame f) {
        if (m.isPresent() && pose.isPresent() && !clarity.clear(pose.get(), joint, f.side())) {
            return name + " " + JointClarity.NOT_SEEN;
        }
        return angle(name, m);
    }

    /** "Left 4 · Right 3" for a one-sided exercise whose engine says each rep's side; empty otherwise. */
    static Optional<String> sides(java.util.Map<String, Integer> repsBySide) {
        if (repsBySide.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(repsBySide.entrySet().stream()
                .map(e -> e.getKey().substring(0, 1).toUpperCase(Locale.ROOT) + e.getKey().substring(1) + " " + e.getValue())
                .collect(java.util.stream.Collectors.joining(" · ")));
    }

    static String spine(KinematicFrame f, double minConfidence) {
        Optional<SpineEstimate> worst = f.spineEstimates().stream().filter(s -> s.confidence() >= minConfidence)
                .max((a, b) -> Double.compare(a.flexionDegrees(), b.flexionDegrees()));
        if (!f.personFound()) {
            return "Back — I can't see you";
        }
        if (worst.isEmpty()) {
            return "Back — not clear enough";
        }
        double v = worst.get().flexionDegrees();
        if (Math.abs(v) < 0.5) {
            return "Back at your neutral";
        }
        return "Back " + PlainWords.degrees(Math.abs(v)) + (v > 0 ? " rounded" : " arched");
    }

    static String angle(String name, Measurement m) {
        return m.valueIfPresent().isPresent() ? name + " " + PlainWords.degrees(m.valueIfPresent().getAsDouble()) : name + " —";
    }

    private void noteTiming(double inferenceMs, long arrivedNanos) {
        if (lastFrameNanos >= 0 && arrivedNanos > lastFrameNanos) {
            long interval = arrivedNanos - lastFrameNanos;
            meanIntervalNanos = meanIntervalNanos == 0 ? interval : meanIntervalNanos + RATE_WEIGHT * (interval - meanIntervalNanos);
        }
        lastFrameNanos = arrivedNanos;
        meanInferenceMs = meanInferenceMs == 0 ? inferenceMs : meanInferenceMs + RATE_WEIGHT * (inferenceMs - meanInferenceMs);
    }

    private String status() {
        String fps = meanIntervalNanos > 0 ? String.format(Locale.ROOT, "%.1f frames/s", 1e9 / meanIntervalNanos) : "— frames/s";
        return fps + String.format(Locale.ROOT, " · pose %.0f ms a frame", meanInferenceMs);
    }

    /** The frames per second shown, for a benchmark or a test. */
    public double framesPerSecond() {
        return meanIntervalNanos > 0 ? 1e9 / meanIntervalNanos : 0;
    }

    /**
     * The screen once the stream is over: the last set's card (a set still open when the video or
     * the camera stopped ends there), the counter showing that set, the warning gone.
     */
    public WorkoutScreen finished(WorkoutRecord record, WorkoutScreen last) {
        if (record.sets().isEmpty()) {
            return new WorkoutScreen(last.exercise(), last.counterLabel(), last.counter(),
                    "Finished: no set was counted", last.spine(), last.hip(), last.knee(), Optional.empty(), Optional.empty(),
                    last.status(), Optional.empty(), last.sides());
        }
        SetRecord set = record.sets().get(record.sets().size() - 1);
        String counter = set.holdMicros() > 0 ? PlainWords.minutesSeconds(set.holdMicros()) : Integer.toString(set.reps());
        String phase = "Finished: " + record.sets().size() + (record.sets().size() == 1 ? " set, " : " sets, ")
                + record.totalReps() + (record.totalReps() == 1 ? " rep" : " reps");
        return new WorkoutScreen(PlainWords.exercise(record.exercise()), last.counterLabel(), counter, phase, last.spine(),
                last.hip(), last.knee(), Optional.empty(), Optional.of(cardOf(set)), last.status(), Optional.empty(), last.sides());
    }

    static WorkoutScreen.SetCard cardOf(SetRecord set) {
        List<String> lines = new ArrayList<>();
        String what = set.holdMicros() > 0 ? "held " + PlainWords.minutesSeconds(set.holdMicros())
                : set.reps() + (set.reps() == 1 ? " rep" : " reps");
        lines.add(what + " in " + PlainWords.minutesSeconds(set.durationMicros()));
        if (set.faults().isEmpty() && set.formBreakdown().isEmpty()) {
            lines.add("No form faults: well done.");
        }
        set.formBreakdown().ifPresent(b -> lines.add(PlainWords.breakdown(b) + ". Next time, stop the set there."));
        for (SetRecord.Fault f : set.faults()) {
            lines.add((f.rep() > 0 ? "Rep " + f.rep() + ": " : "During the hold: ") + PlainWords.name(f.kind()));
        }
        boolean backFault = set.faults().stream().anyMatch(f -> BACK_FAULTS.contains(f.kind()));
        // on a set without a back fault the reading is reassurance, not a warning, and is said so
        set.worstSpine().ifPresent(w -> lines.add(backFault
                ? "Roundest back reading: " + PlainWords.degrees(Math.max(0, w.flexionDegrees())) + " past your neutral, from "
                        + PlainWords.name(w.method())
                : "Your back stayed within its limit — at most " + PlainWords.degrees(Math.max(0, w.flexionDegrees()))
                        + " from your neutral, read from " + PlainWords.name(w.method())));
        if (set.restBeforeMicros() > 0) {
            lines.add("Rested " + PlainWords.minutesSeconds(set.restBeforeMicros()) + " before it");
        }
        return new WorkoutScreen.SetCard("Set " + set.index() + " done", lines);
    }
}
