package dev.formcheck.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The report in plain words, as {@code evaluate} prints it: a line per item, then the totals. */
public final class EvaluationTable {
    private EvaluationTable() {
    }

    public static List<String> lines(EvaluationReport r) {
        List<String> out = new ArrayList<>();
        if (!r.videos().isEmpty()) {
            out.add("Videos");
            r.videos().forEach(v -> out.add("  " + video(v)));
            out.addAll(videoTotals(r.videoTotals(), r.bottomToleranceS()));
        }
        if (!r.photos().isEmpty()) {
            out.add("Photos, each judged as its labelled exercise");
            r.photos().forEach(p -> out.add("  " + photo(p)));
            for (EvaluationReport.PhotoGroup g : r.photoTotals()) {
                out.add(photoTotals(g));
            }
        }
        return out;
    }

    private static String video(VideoScore v) {
        if (v.problem() != null) {
            return v.file() + ": not scored: " + v.problem();
        }
        StringBuilder s = new StringBuilder(v.file()).append(": ");
        if (v.recognisedRight() != null) {
            s.append(v.result() == null ? "no exercise recognised" : "recognised as " + v.result())
                    .append(v.expectedExercise() == null ? " (labelled: no exercise" : " (labelled " + v.expectedExercise())
                    .append(v.recognisedRight() ? ", right)" : ", wrong)");
        } else {
            s.append("judged as ").append(v.judgedAs());
        }
        if (v.reps() != null) {
            s.append(String.format(Locale.ROOT, "; %d reps counted, %d labelled (%s); %d of %d bottoms on time", v.reps(),
                    v.repsLabelled(), Boolean.TRUE.equals(v.repsExact()) ? "exact"
                            : Boolean.TRUE.equals(v.repsAcceptable()) ? "acceptable" : "wrong",
                    v.bottomsWithinTolerance(), v.bottomsLabelled()));
            if (!v.partialReps().isEmpty()) {
                s.append(String.format(Locale.ROOT, "; %d partial reps not counted (%d on a labelled rep): %s",
                        v.partialReps().size(), v.partialRepsOnLabelledBottoms(), String.join("; ", v.partialReps())));
            }
        }
        if (v.holdSecondsLabelled() > 0) {
            s.append(String.format(Locale.ROOT, "; held %.1f s of %.1f s labelled", v.holdSeconds(), v.holdSecondsLabelled()));
        }
        if (v.faultsLabelled() > 0) {
            s.append(String.format(Locale.ROOT, "; faults found %d of %d", v.faultsFound(), v.faultsLabelled()));
        }
        s.append(v.falseFlags().isEmpty() ? "; no false flag" : "; false flags: " + String.join("; ", v.falseFlags()));
        if (!v.checks().isEmpty()) {
            s.append("; judged: ").append(v.checks().stream().map(c -> String.format(Locale.ROOT, "%s %d%%", words(c.kind()),
                    Math.round(100 * c.judgedShare()))).collect(Collectors.joining(", ")));
        }
        return s.toString();
    }

    private static List<String> videoTotals(Totals.VideoTotals t, double tolerance) {
        List<String> out = new ArrayList<>();
        out.add(String.format(Locale.ROOT, "  Videos in all: %d%s", t.videos(), t.recognised() == null ? ""
                : String.format(Locale.ROOT, "; exercise recognised right on %d", t.recognised())));
        out.add(String.format(Locale.ROOT, "  Reps: exact on %d of %d videos, acceptable on %d; %d of %d labelled bottoms within %.1f s",
                t.repsExact(), t.repVideos(), t.repsAcceptable(), t.bottomsWithinTolerance(), t.bottomsLabelled(), tolerance));
        out.add(String.format(Locale.ROOT, "  Partial reps (no lockout, not counted): %d, of which %d on a labelled rep",
                t.partialReps(), t.partialRepsOnLabelledBottoms()));
        out.add(String.format(Locale.ROOT, "  Faults found on the right rep: %d of %d; false flags: %d over %d clean reps%s",
                t.faultsFound(), t.faultsLabelled(), t.falseFlags(), t.cleanReps(), t.falseFlagsPer20CleanReps() == null ? ""
                        : String.format(Locale.ROOT, " (%.2f per 20 clean reps)", t.falseFlagsPer20CleanReps())));
        if (t.sideViewBackJudgedShare() != null) {
            out.add(String.format(Locale.ROOT, "  Back judged for %d%% of the exercise's time on average, side-view videos",
                    Math.round(100 * t.sideViewBackJudgedShare())));
        }
        return out;
    }

    private static String photo(PhotoScore p) {
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "%s/%s (%s half): ", p.folder(), p.file(), p.half()));
        if (!p.judged()) {
            return s.append("not judged: ").append(p.problem()).toString();
        }
        s.append(p.exercise()).append(", ").append(p.position()).append(", seen ").append(p.viewSeen())
                .append(" (labelled ").append(p.view()).append(")");
        s.append(p.flags().isEmpty() ? "; no flag" : "; flags: " + String.join(", ", p.flags()));
        if (!p.faultsLabelled().isEmpty()) {
            s.append(String.format(Locale.ROOT, "; labelled faults found %d of %d (%s)", p.faultsFound().size(),
                    p.faultsLabelled().size(), String.join(", ", p.faultsLabelled())));
        }
        if (!p.falseFlags().isEmpty()) {
            s.append("; FALSE: ").append(String.join(", ", p.falseFlags()));
        }
        s.append(p.backJudged() ? "; back judged" : "; back not judged (" + p.whyBackNotJudged() + ")");
        return s.toString();
    }

    private static String photoTotals(EvaluationReport.PhotoGroup g) {
        Totals.PhotoTotals t = g.totals();
        String which = (g.half().equals("all") ? "Both halves" : cap(g.half()) + " half")
                + (g.folder().equals("all") ? "" : ", " + g.folder());
        return String.format(Locale.ROOT, "  %s: %d photos, %d judged; labelled faults found %d of %d; "
                        + "%d clean photos, %d with a false back or hip flag; %d false flags in all; "
                        + "back judged on %d of %d clean side-view photos",
                which, t.photos(), t.judged(), t.faultsFound(), t.faultsLabelled(), t.clean(),
                t.cleanWithFalseBackOrHipFlag(), t.falseFlags(), t.cleanSideViewBackJudged(), t.cleanSideView());
    }

    /** A check's name in words: ROUNDED_BACK is "rounded back". */
    static String words(String kind) {
        return kind.toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static String cap(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
