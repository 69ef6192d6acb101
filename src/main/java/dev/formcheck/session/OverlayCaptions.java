package dev.formcheck.session;

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
