package dev.formcheck.evaluation;

import java.util.List;
import java.util.Optional;

/**
 * One labelled video ({@code videos/LABELS.json}'s fields): what a person counted and saw.
 *
 * @param file the video's file name, beside the labels file (or under {@code --media})
 * @param exercise the exercise as labelled, free text ("goblet squat (bodyweight/dumbbell)"); empty for a clip of no exercise
 * @param view the camera view as labelled, free text
 * @param reps the reps counted by eye; empty for a hold or no exercise
 * @param repsAcceptable the counts also defensible (the labelled count among them)
 * @param bottoms the labelled reps' bottom times, seconds
 * @param holds labelled holds
 * @param faults labelled faults; those with {@code expected} false are neither required nor false flags
 */
public record VideoLabel(String file, Optional<String> exercise, String view, Optional<Integer> reps,
                         List<Integer> repsAcceptable, List<Double> bottoms, List<Span> holds, List<Fault> faults) {
    public VideoLabel {
        repsAcceptable = List.copyOf(repsAcceptable);
        bottoms = List.copyOf(bottoms);
        holds = List.copyOf(holds);
        faults = List.copyOf(faults);
    }

    public record Span(double startS, double endS) {
        boolean overlaps(double from, double to, double slackS) {
            return from <= endS + slackS && to >= startS - slackS;
        }
    }

    /** @param kind as labelled ("rounded back", "hips sagging", ...) */
    public record Fault(String kind, Span span, boolean expected) {
    }

    /** Labelled as seen from the side. */
    public boolean sideView() {
        return view.toLowerCase(java.util.Locale.ROOT).startsWith("side");
    }
}
