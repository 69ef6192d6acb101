package dev.formcheck.ui.model;

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

    private final ExerciseJudging judging;
    private final Coach coach = new Coach();
    private final Consumer<Coach.Utterance> voice;
    private Optional<WorkoutScreen.Warning> warning = Optional.empty();
    private long warningAt;
    private Optional<WorkoutScreen.SetCard> card = Optional.empty();
    private long lastFrameNanos = -1;
    private double meanIntervalNanos;
    private double meanInferenceMs;

    /** @param voice receives what to say (the window speaks it, or plays a sound, or stays quiet when muted) */
    public WorkoutViewModel(ExerciseJudging judging, Consumer<Coach.Utterance> voice) {
        this.judging = judging;
        this.voice = voice;
    }

    /**
     * One frame's update.
     *
     * @param inferenceMs the pose stage's time for this frame
     * @param arrivedNanos when the frame reached the screen's thread ({@link System#nanoTime()}), for the frame rate
     */
    public WorkoutScreen onFrame(WorkoutSession.Update u, double inferenceMs, long arrivedNanos) {
        long t = u.frame().timestampMicros();
        for (LiveEvent e : u.events()) {
            if (e instanceof LiveEvent.RepCounted) {
                coach.repCounted();
            } else if (e instanceof LiveEvent.Cue cue) {
                warning = Optional.of(new WorkoutScreen.Warning(PlainWords.name(cue.kind()), cue.cue()));
                warningAt = t;
                coach.fault(cue.kind(), cue.cue(), t).ifPresent(voice);
            }
        }
        if (warning.isPresent() && t - warningAt > WARNING_SHOWN_MICROS) {
            warning = Optional.empty();
        }
        u.setEnded().ifPresent(set -> {
            card = Optional.of(cardOf(set));
            coach.setEnded(set.reps(), set.holdMicros(), set.faults().size(), t).ifPresent(voice);
        });
        if (u.phase() == WorkoutSession.Phase.IN_SET) {
            card = Optional.empty();
        }
        noteTiming(inferenceMs, arrivedNanos);
        return screen(u);
    }

    private WorkoutScreen screen(WorkoutSession.Update u) {
        String exercise = u.exercise().map(PlainWords::exercise).orElse("Recognising the exercise…");
        boolean holds = u.exercise().map(e -> !judging.countsReps(e)).orElse(false);
        String counterLabel = holds ? "Hold" : "Reps";
        String counter = holds ? PlainWords.minutesSeconds(u.holdMicros()) : Integer.toString(u.repsInSet());
        String phase = switch (u.phase()) {
            case WAITING -> "Get into position: the set starts with your first rep";
            case IN_SET -> "Set " + u.setIndex();
            case RESTING -> "Resting " + PlainWords.minutesSeconds(u.restMicros()) + " after set " + u.setIndex();
        };
        KinematicFrame f = u.frame();
        return new WorkoutScreen(exercise, counterLabel, counter, phase, spine(f, judging.minSpineConfidence()), angle("Hip", f.angles().hip()),
                angle("Knee", f.angles().knee()), warning, card, status());
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
                    last.status());
        }
        SetRecord set = record.sets().get(record.sets().size() - 1);
        String counter = set.holdMicros() > 0 ? PlainWords.minutesSeconds(set.holdMicros()) : Integer.toString(set.reps());
        String phase = "Finished: " + record.sets().size() + (record.sets().size() == 1 ? " set, " : " sets, ")
                + record.totalReps() + (record.totalReps() == 1 ? " rep" : " reps");
        return new WorkoutScreen(PlainWords.exercise(record.exercise()), last.counterLabel(), counter, phase, last.spine(),
                last.hip(), last.knee(), Optional.empty(), Optional.of(cardOf(set)), last.status());
    }

    static WorkoutScreen.SetCard cardOf(SetRecord set) {
        List<String> lines = new ArrayList<>();
        String what = set.holdMicros() > 0 ? "held " + PlainWords.minutesSeconds(set.holdMicros())
                : set.reps() + (set.reps() == 1 ? " rep" : " reps");
        lines.add(what + " in " + PlainWords.minutesSeconds(set.durationMicros()));
        if (set.faults().isEmpty()) {
            lines.add("No form faults: well done.");
        }
        for (SetRecord.Fault f : set.faults()) {
            lines.add((f.rep() > 0 ? "Rep " + f.rep() + ": " : "During the hold: ") + PlainWords.name(f.kind()));
        }
        set.worstSpine().ifPresent(w -> lines.add("Roundest back reading: " + PlainWords.degrees(Math.max(0, w.flexionDegrees()))
                + " past your neutral, from " + PlainWords.name(w.method())));
        if (set.restBeforeMicros() > 0) {
            lines.add("Rested " + PlainWords.minutesSeconds(set.restBeforeMicros()) + " before it");
        }
        return new WorkoutScreen.SetCard("Set " + set.index() + " done", lines);
    }
}
