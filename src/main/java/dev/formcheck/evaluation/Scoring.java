package dev.formcheck.evaluation;

import dev.formcheck.analysis.exercise.CheckCoverage;
import dev.formcheck.analysis.exercise.ExerciseResult;
import dev.formcheck.analysis.exercise.Flag;
import dev.formcheck.analysis.exercise.FlagKind;
import dev.formcheck.analysis.exercise.PartialRep;
import dev.formcheck.analysis.exercise.RepResult;
import dev.formcheck.analysis.exercise.StillJudge;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Scores what FormCheck said against what a person labelled. Pure: no files, no models. */
public final class Scoring {
    /** A counted rep's bottom within this of a labelled bottom is "on time" (labels by eye are about 0.2 s apart from the frames). */
    public static final double BOTTOM_TOLERANCE_S = 0.6;
    /** A flag this close to a labelled fault's span is on it (labels by eye, flags debounced 0.2 s). */
    public static final double FAULT_SLACK_S = 0.5;

    private Scoring() {
    }

    /**
     * A video's result (empty when nothing was recognised) against its label.
     *
     * @param judgedAs {@code auto} or the exercise named
     */
    public static VideoScore video(VideoLabel label, String judgedAs, Optional<ExerciseResult> result) {
        String expected = label.exercise().flatMap(LabelledExercises::exerciseOf).orElse(null);
        boolean auto = judgedAs.equals("auto");
        Boolean recognisedRight = auto ? java.util.Objects.equals(expected, result.map(ExerciseResult::exercise).orElse(null))
                : null;
        List<RepResult> reps = result.map(ExerciseResult::reps).orElse(List.of());
        Integer counted = label.reps().isPresent() ? reps.size() : null;
        Boolean exact = label.reps().map(n -> n == reps.size()).orElse(null);
        Boolean acceptable = label.reps().isPresent() ? label.repsAcceptable().contains(reps.size()) : null;
        boolean[] onTime = matchBottoms(label.bottoms(), reps);
        int bottomsOnTime = count(onTime);
        List<PartialRep> partials = result.map(ExerciseResult::partialReps).orElse(List.of());
        int partialsOnLabelledReps = partialsOnMissedBottoms(label.bottoms(), onTime, partials);
        double holdSeconds = result.map(r -> r.holds().stream().mapToDouble(h -> h.inPositionMicros() / 1e6).sum()).orElse(0.0);
        boolean holdExercise = expected != null && label.reps().isEmpty();
        double holdLabelled = holdExercise ? label.holds().stream().mapToDouble(h -> h.endS() - h.startS()).sum() : 0;

        List<VideoLabel.Fault> required = label.faults().stream()
                .filter(f -> f.expected() && LabelledExercises.flagOf(f.kind()).isPresent()).toList();
        List<Flag> flags = result.map(ExerciseResult::flags).orElse(List.of());
        int found = 0;
        for (VideoLabel.Fault f : required) {
            FlagKind kind = LabelledExercises.flagOf(f.kind()).orElseThrow();
            if (flags.stream().anyMatch(x -> x.kind() == kind && f.span().overlaps(s(x.startMicros()), s(x.endMicros()), FAULT_SLACK_S))) {
                found++;
            }
        }
        List<String> falseFlags = new ArrayList<>();
        for (Flag x : flags) {
            boolean onAFault = label.faults().stream().anyMatch(f -> f.span().overlaps(s(x.startMicros()), s(x.endMicros()), FAULT_SLACK_S)
                    && (!f.expected() || LabelledExercises.flagOf(f.kind()).filter(k -> k == x.kind()).isPresent()));
            if (!onAFault) {
                falseFlags.add(describe(x));
            }
        }
        int cleanReps = (int) reps.stream().filter(r -> label.faults().stream().noneMatch(
                f -> f.span().overlaps(s(r.startMicros()), s(r.endMicros()), 0))).count();
        List<VideoScore.CheckShare> checks = result.map(r -> r.checks().stream().map(Scoring::share).toList()).orElse(List.of());
        return new VideoScore(label.file(), label.exercise().orElse(null), expected, judgedAs,
                result.map(ExerciseResult::exercise).orElse(null), recognisedRight, counted, label.reps().orElse(null),
                exact, acceptable, bottomsOnTime, label.bottoms().size(), round(holdSeconds), round(holdLabelled),
                required.size(), found, flags.stream().map(Scoring::describe).toList(), falseFlags, cleanReps, checks,
                partials.stream().map(Scoring::describe).toList(), partialsOnLabelledReps, label.sideView(), null);
    }

    /** A video that could not be read. */
    public static VideoScore unreadable(VideoLabel label, String judgedAs, String problem) {
        return new VideoScore(label.file(), label.exercise().orElse(null),
                label.exercise().flatMap(LabelledExercises::exerciseOf).orElse(null), judgedAs, null, null, null,
                label.reps().orElse(null), null, null, 0, label.bottoms().size(), 0, 0, 0, 0, List.of(), List.of(), 0,
                List.of(), List.of(), 0, label.sideView(), problem);
    }

    /** Greedy, in time order: each labelled bottom takes the nearest unused counted bottom within the tolerance. */
    static int bottomsWithinTolerance(List<Double> labelled, List<RepResult> reps) {
        return count(matchBottoms(labelled, reps));
    }

    /** Which labelled bottoms a counted rep matched (greedy, in time order, nearest unused bottom within the tolerance). */
    private static boolean[] matchBottoms(List<Double> labelled, List<RepResult> reps) {
        boolean[] used = new boolean[reps.size()];
        boolean[] matched = new boolean[labelled.size()];
        for (int l = 0; l < labelled.size(); l++) {
            double b = labelled.get(l);
            int best = -1;
            for (int i = 0; i < reps.size(); i++) {
                double d = Math.abs(s(reps.get(i).bottomMicros()) - b);
                if (!used[i] && d <= BOTTOM_TOLERANCE_S && (best < 0 || d < Math.abs(s(reps.get(best).bottomMicros()) - b))) {
                    best = i;
                }
            }
            if (best >= 0) {
                used[best] = true;
                matched[l] = true;
            }
        }
        return matched;
    }

    /**
     * Partial reps that hold a labelled bottom no counted rep matched: a rep the person did that
     * FormCheck saw but did not count, for want of a lockout. Each partial rep counts once, and a
     * partial rep over no labelled bottom (a crouch after the set, a descent abandoned) is right
     * not to be counted and scores nothing.
     */
    static int partialsOnMissedBottoms(List<Double> labelled, boolean[] matched, List<PartialRep> partials) {
        boolean[] used = new boolean[partials.size()];
        int held = 0;
        for (int l = 0; l < labelled.size(); l++) {
            if (matched[l]) {
                continue;
            }
            double b = labelled.get(l);
            for (int i = 0; i < partials.size(); i++) {
                PartialRep p = partials.get(i);
                if (!used[i] && b >= s(p.startMicros()) - BOTTOM_TOLERANCE_S && b <= s(p.endMicros()) + BOTTOM_TOLERANCE_S) {
                    used[i] = true;
                    held++;
                    break;
                }
            }
        }
        return held;
    }

    private static int count(boolean[] flags) {
        int n = 0;
        for (boolean f : flags) {
            n += f ? 1 : 0;
        }
        return n;
    }

    /** A photo judged as {@code exercise} against its label. */
    public static PhotoScore photo(String folder, PhotoLabel label, PhotoSplit.Half half, StillJudge.StillResult r) {
        Set<FlagKind> raised = r.flags().stream().map(Flag::kind).collect(Collectors.toSet());
        List<PhotoLabel.LabelledFault> faults = label.faults();
        List<String> found = faults.stream().filter(f -> f.foundIn(raised)).map(PhotoLabel.LabelledFault::label).toList();
        List<String> falseFlags = r.flags().stream().filter(f -> label.contradicts(f.kind())).map(Scoring::describeStill).toList();
        Optional<CheckCoverage> back = r.checks().stream().filter(c -> c.kind().isBackFlag() && c.kind() != FlagKind.HIPS_SAGGING
                && c.applicableFrames() > 0).max(java.util.Comparator.comparingDouble(CheckCoverage::judgedShare));
        boolean backJudged = back.filter(c -> c.judgedFrames() > 0).isPresent();
        String whyNot = backJudged ? null : back.flatMap(CheckCoverage::whyNotJudged)
                .orElse(r.notes().isEmpty() ? "no back check in this position" : r.notes().get(0));
        return new PhotoScore(folder, label.file(), half.id(), label.family(), r.exercise(), label.view(),
                r.view().name().toLowerCase(Locale.ROOT), r.position().name().toLowerCase(Locale.ROOT).replace('_', ' '),
                r.flags().stream().map(Scoring::describeStill).toList(), faults.stream().map(PhotoLabel.LabelledFault::label).toList(),
                found, falseFlags, label.clean(), label.sideView(), backJudged, whyNot, null);
    }

    /** A photo of a family FormCheck does not define, or one that could not be read: listed, not judged. */
    public static PhotoScore notJudged(String folder, PhotoLabel label, PhotoSplit.Half half, String exercise, String why) {
        return new PhotoScore(folder, label.file(), half.id(), label.family(), exercise, label.view(), null, null, List.of(),
                label.faults().stream().map(PhotoLabel.LabelledFault::label).toList(), List.of(), List.of(), label.clean(),
                label.sideView(), false, why, why);
    }

    private static VideoScore.CheckShare share(CheckCoverage c) {
        return new VideoScore.CheckShare(c.kind().name(), Math.round(c.judgedShare() * 1000) / 1000.0,
                c.judgedFrames() < c.applicableFrames() ? c.whyNotJudged().orElse(null) : null);
    }

    static String describe(Flag f) {
        return String.format(Locale.ROOT, "%s %.1f deg (threshold %.1f) at %.1f-%.1f s%s", EvaluationTable.words(f.kind().name()),
                f.value(), f.threshold(),
                s(f.startMicros()), s(f.endMicros()), f.rep().isPresent() ? ", rep " + f.rep().getAsInt() : "");
    }

    static String describe(PartialRep p) {
        return String.format(Locale.ROOT, "%.1f-%.1f s, reached the %s: %s", s(p.startMicros()), s(p.endMicros()),
                p.reachedPhase(), p.why());
    }

    static String describeStill(Flag f) {
        return String.format(Locale.ROOT, "%s %.1f deg (threshold %.1f)", EvaluationTable.words(f.kind().name()), f.value(),
                f.threshold());
    }

    private static double s(long micros) {
        return micros / 1e6;
    }

    private static double round(double seconds) {
        return Math.round(seconds * 100) / 100.0;
    }

}
