package dev.formcheck.evaluation;

import dev.formcheck.analysis.exercise.FlagKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One labelled photo (either {@code labels.csv} layout of {@code ../shared/data/images}): what a
 * person saw in it. "unclear" means the view hides it: nothing is scored there.
 *
 * @param file the photo's file name, beside the labels file
 * @param family the exercise family as labelled (squat, hip-hinge, push-up, stretch, ...)
 * @param source the source exercise both photos of one exercise share (the split is by it)
 * @param position start, working, rest, top, bottom, ... as labelled
 * @param view side, oblique-side, front, ... as labelled
 * @param back neutral, rounded, arched or unclear
 * @param hips level, sagging, piked, n/a or unclear
 * @param notes free text; "shallow squat" there marks a shallow squat
 */
public record PhotoLabel(String file, String family, String source, String position, String view, String back,
                         String hips, String notes) {

    /** A fault a person labelled, and the flags that find it. */
    public record LabelledFault(String label, Set<FlagKind> foundBy) {
        public boolean foundIn(Set<FlagKind> raised) {
            return foundBy.stream().anyMatch(raised::contains);
        }
    }

    /**
     * The labelled faults. Sagging hips are found by HIPS_SAGGING (the body line) or by
     * LUMBAR_HYPEREXTENSION: when the hips sag in a push-up or plank it is the lower back that arches.
     */
    public List<LabelledFault> faults() {
        List<LabelledFault> f = new ArrayList<>();
        if (back.equals("rounded")) {
            f.add(new LabelledFault("rounded back", Set.of(FlagKind.ROUNDED_BACK)));
        }
        if (back.equals("arched")) {
            f.add(new LabelledFault("arched back", Set.of(FlagKind.LUMBAR_HYPEREXTENSION)));
        }
        if (hips.equals("sagging")) {
            f.add(new LabelledFault("sagging hips", Set.of(FlagKind.HIPS_SAGGING, FlagKind.LUMBAR_HYPEREXTENSION)));
        }
        if (hips.equals("piked")) {
            f.add(new LabelledFault("piked hips", Set.of(FlagKind.HIPS_PIKED)));
        }
        if (notes.toLowerCase(Locale.ROOT).contains("shallow squat")) {
            f.add(new LabelledFault("shallow squat", Set.of(FlagKind.SHALLOW_DEPTH)));
        }
        return f;
    }

    /** Whether a flag of this kind contradicts the label (the label says that part was fine). */
    public boolean contradicts(FlagKind kind) {
        if (faults().stream().anyMatch(f -> f.foundBy().contains(kind))) {
            return false;
        }
        return switch (kind) {
            case ROUNDED_BACK, LUMBAR_HYPEREXTENSION, LOST_NEUTRAL_SPINE -> back.equals("neutral");
            case HIPS_SAGGING, HIPS_PIKED -> hips.equals("level") || hips.equals("n/a");
            case SHALLOW_DEPTH -> true; // no shallow squat labelled
            case HEAD_DROP -> false; // the labels do not describe the head
            case TORSO_LEAN -> false; // nor the trunk's lean
            case KNEE_CAVE -> false; // nor the knees' tracking
        };
    }

    /** Labelled clean: a neutral back and hips level (or not in question). */
    public boolean clean() {
        return back.equals("neutral") && (hips.equals("level") || hips.equals("n/a")) && faults().isEmpty();
    }

    /** Labelled as seen from the side (an oblique-side view included). */
    public boolean sideView() {
        return view.equals("side") || view.equals("oblique-side");
    }
}
