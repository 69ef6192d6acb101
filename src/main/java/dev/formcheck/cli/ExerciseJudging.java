package dev.formcheck.cli;

import dev.formcheck.analysis.exercise.ExerciseJudge;
import dev.formcheck.analysis.exercise.ExerciseResult;
import dev.formcheck.analysis.exercise.Exercises;
import dev.formcheck.analysis.exercise.Flag;
import dev.formcheck.analysis.exercise.Load;
import dev.formcheck.analysis.exercise.StillJudge;
import dev.formcheck.analysis.thresholds.Thresholds;
import dev.formcheck.kinematics.NeutralPosture;
import dev.formcheck.pipeline.TrackedRecording;
import dev.formcheck.pose.Pose;
import dev.formcheck.pose.silhouette.BackOutline;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The CLI's side of exercise analysis: kinematics then the exercise engine over a recording or a
 * photo, and the lines the summary prints. The decisions are all in {@code analysis.exercise}.
 */
final class ExerciseJudging {
    private final ExerciseJudge judge;
    private final Exercises exercises;

    ExerciseJudging(String exercise, Load load, Thresholds thresholds, NeutralPosture neutral) {
        this.judge = new ExerciseJudge(exercise, load, thresholds, neutral);
        this.exercises = judge.exercises();
    }

    /** Why {@code name} is not an exercise, if it is not one. */
    static Optional<String> problemWith(String name) {
        List<String> known = ExerciseNames.all();
        if (!known.contains(name)) {
            return Optional.of("--exercise: no exercise named '" + name + "'; choose one of " + String.join(", ", known));
        }
        return Optional.empty();
    }

    boolean recognizes() {
        return judge.recognizes();
    }

    /**
     * A recording's frames as the exercise, the back judged from its outline where that was read
     * and is surer than the keypoints; empty when auto recognised nothing.
     */
    Optional<ExerciseResult> analyse(TrackedRecording recording) {
        return judge.analyse(recording.frames(), recording.outlines());
    }

    /** A photo as the exercise's working position, its back judged from its outline where that is surer. */
    StillJudge.StillResult judgeStill(Pose pose, BackOutline outline) {
        return judge.judgeStill(pose, outline);
    }

    void printSummary(PrintWriter out, ExerciseResult r) {
        out.printf(Locale.ROOT, "  exercise: %s%s, view %s%n", r.exercise(), r.recognized() ? " (recognised)" : "",
                r.view().name().toLowerCase(Locale.ROOT));
        if (exercises.get(r.exercise()).countsReps()) {
            out.printf(Locale.ROOT, "  reps: %d%n", r.reps().size());
            r.partialReps().forEach(p -> out.printf(Locale.ROOT, "  partial rep, not counted: %.1f-%.1f s, %s%n",
                    p.startMicros() / 1e6, p.endMicros() / 1e6, p.why()));
        } else if (r.holds().isEmpty()) {
            out.println("  holds: none");
        }
        r.holds().forEach(h -> out.printf(Locale.ROOT, "  hold: %.1f-%.1f s, %.1f s in good form%n",
                h.startMicros() / 1e6, h.endMicros() / 1e6, h.goodFormMicros() / 1e6));
        printFlags(out, r.flags());
        r.notes().forEach(n -> out.println("  note: " + n));
    }

    static void printStill(PrintWriter out, StillJudge.StillResult r) {
        out.printf(Locale.ROOT, "  exercise: %s, position: %s%n", r.exercise(), r.position().name().toLowerCase(Locale.ROOT)
                .replace('_', ' '));
        printFlags(out, r.flags());
        r.notes().forEach(n -> out.println("  note: " + n));
    }

    private static void printFlags(PrintWriter out, List<Flag> flags) {
        if (flags.isEmpty()) {
            out.println("  flags: none");
        }
        for (Flag f : flags) {
            out.printf(Locale.ROOT, "  flag: %s (%s) %.1f-%.1f s%s, %.1f (threshold %.1f)%s: %s%n", f.kind(),
                    f.severity().id(), f.startMicros() / 1e6, f.endMicros() / 1e6,
                    f.rep().isPresent() ? ", rep " + f.rep().getAsInt() : "", f.value(), f.threshold(),
                    f.decidedBy().map(e -> ", read by the " + e.describe()).orElse(""), f.cue());
        }
    }
}
