package dev.formcheck.session;

import dev.formcheck.analysis.exercise.ExerciseDefinition;
import dev.formcheck.analysis.exercise.FaultSignal;
import dev.formcheck.pose.silhouette.BackOutline;

import dev.formcheck.analysis.exercise.ExerciseResult;
import dev.formcheck.analysis.exercise.Flag;
import dev.formcheck.analysis.exercise.HoldResult;
import dev.formcheck.feedback.PlainWords;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What an overlay frame says, from a recording's judgement: the exercise and the reps done by
 * then (or the hold's time), and each fault that holds at that moment with its cue, in plain words.
 */
public final class OverlayCaptions {
    private OverlayCaptions() {
    }

    /**
     * What a picture says in place of the back's outline when the exercise set it aside: lying on the
     * back, what the mask shows on top is the belly ({@link ExerciseDefinition#judgedOutline}); empty
     * otherwise (an outline drawn, or one not traced for a passing reason not worth a line on every frame).
     * Short, so that it fits one line of a 640-pixel overlay's caption; the report gives the reason whole.
     */
    public static Optional<String> outlineNote(BackOutline outline) {
        return outline instanceof BackOutline.Untraced u && u.reason().equals(FaultSignal.BACK_AGAINST_FLOOR)
                ? Optional.of("Back's outline not drawn: your back is on the floor") : Optional.empty();
    }

    /** As {@link #at(Optional, long)}, with {@link #outlineNote} after it for the frame's outline. */
    public static List<String> at(Optional<ExerciseResult> result, long micros, BackOutline outline) {
        Optional<String> note = outlineNote(outline);
        if (note.isEmpty()) {
            return at(result, micros);
        }
        List<String> lines = new ArrayList<>(at(result, micros));
        lines.add(note.get());
        return List.copyOf(lines);
    }

    /** The caption at {@code micros}; none when no exercise was judged. */
    public static List<String> at(Optional<ExerciseResult> result, long micros) {
        if (result.isEmpty()) {
            return List.of();
        }
        ExerciseResult r = result.get();
        List<String> lines = new ArrayList<>();
        String name = PlainWords.exercise(r.exercise());
        Optional<HoldResult> hold = r.holds().stream().filter(h -> h.startMicros() <= micros && micros <= h.endMicros()).findFirst();
        if (hold.isPresent()) {
            lines.add(name + " · held " + PlainWords.minutesSeconds(micros - hold.get().startMicros()));
        } else if (r.holds().isEmpty()) {
            long done = r.reps().stream().filter(rep -> rep.endMicros() <= micros).count();
            lines.add(name + " · " + done + (done == 1 ? " rep" : " reps"));
        } else {
            lines.add(name);
        }
        for (Flag f : r.flags()) {
            if (f.startMicros() <= micros && micros <= f.endMicros()) {
                lines.add(PlainWords.name(f.kind()) + ": " + f.cue());
            }
        }
        return lines;
    }
}
