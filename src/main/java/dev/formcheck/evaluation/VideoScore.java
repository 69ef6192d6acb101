package dev.formcheck.evaluation;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * One video scored against its labels (docs/validation.md, "evaluate"). Null fields do not apply
 * (no reps for a hold, no recognition when the exercise was named).
 *
 * @param file the video
 * @param labelledExercise the exercise as labelled, or null (a clip of no exercise)
 * @param expectedExercise the defined exercise that label names, or null
 * @param judgedAs {@code auto}, or the exercise named from the labels
 * @param result the exercise FormCheck judged the frames as, or null when it recognised none
 * @param recognisedRight with auto: whether it named the expected exercise (or, for no exercise, none)
 * @param reps reps counted; null when the label counts none (a hold)
 * @param repsLabelled reps counted by eye
 * @param repsExact counted exactly as labelled
 * @param repsAcceptable counted one of the labels' defensible counts
 * @param bottomsWithinTolerance counted reps whose bottom is within {@link Scoring#BOTTOM_TOLERANCE_S} of a labelled bottom
 * @param bottomsLabelled labelled bottom times
 * @param holdSeconds time in the holds FormCheck timed (in position)
 * @param holdSecondsLabelled time in the labelled holds
 * @param faultsLabelled labelled faults FormCheck has a flag for
 * @param faultsFound of those, found by a flag of their kind overlapping their time (on the right rep)
 * @param flags every flag raised, described
 * @param falseFlags the flags that match no labelled fault
 * @param cleanReps counted reps overlapping no labelled fault
 * @param checks each check's judged share of the exercise's time
 * @param partialReps the reps that never locked out, reported and not counted, described
 * @param partialRepsOnLabelledBottoms of those, the ones holding a labelled bottom no counted rep
 *        matched (a labelled rep FormCheck saw and did not count); the others are rightly not counted
 * @param problem why the video could not be scored, or null
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record VideoScore(String file, String labelledExercise, String expectedExercise, String judgedAs, String result,
                         Boolean recognisedRight, Integer reps, Integer repsLabelled, Boolean repsExact,
                         Boolean repsAcceptable, int bottomsWithinTolerance, int bottomsLabelled, double holdSeconds,
                         double holdSecondsLabelled, int faultsLabelled, int faultsFound, List<String> flags,
                         List<String> falseFlags, int cleanReps, List<CheckShare> checks, List<String> partialReps,
                         int partialRepsOnLabelledBottoms, boolean sideView,
                         String problem) {
    public VideoScore {
        flags = List.copyOf(flags);
        falseFlags = List.copyOf(falseFlags);
        checks = List.copyOf(checks);
        partialReps = List.copyOf(partialReps);
    }

    /**
     * @param kind the check (a flag kind)
     * @param judgedShare share of the frames it applied to in which it could tell, 0..1
     * @param whyNotJudged the reason given most where it could not, or null
     */
    public record CheckShare(String kind, double judgedShare, String whyNotJudged) {
    }
}
