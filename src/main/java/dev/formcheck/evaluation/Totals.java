package dev.formcheck.evaluation;

import java.util.List;

/** The figures the goals are stated in, summed over scored items. */
public final class Totals {
    private Totals() {
    }

    /**
     * @param videos videos scored (read and labelled with an exercise, or with none)
     * @param recognised with auto: exercise named right (or none named for a clip of no exercise); null when named
     * @param repVideos videos labelled with a rep count
     * @param repsExact of those, counted exactly
     * @param repsAcceptable of those, counted one of the defensible counts
     * @param bottomsWithinTolerance counted bottoms within tolerance of a labelled one
     * @param bottomsLabelled labelled bottoms
     * @param faultsLabelled labelled faults FormCheck has a flag for
     * @param faultsFound found on the right rep
     * @param falseFlags flags matching no labelled fault
     * @param cleanReps counted reps on no labelled fault
     * @param partialReps reps that never locked out, reported and not counted
     * @param partialRepsOnLabelledBottoms of those, holding a labelled rep that no counted rep matched
     * @param falseFlagsPer20CleanReps false flags per 20 clean reps (the goal: at most 1); null without clean reps
     * @param sideViewBackJudgedShare mean over side-view exercise videos of the back's judged share; null without one
     */
    public record VideoTotals(int videos, Integer recognised, int repVideos, int repsExact, int repsAcceptable,
                              int bottomsWithinTolerance, int bottomsLabelled, int faultsLabelled, int faultsFound,
                              int falseFlags, int cleanReps, int partialReps, int partialRepsOnLabelledBottoms,
                              Double falseFlagsPer20CleanReps,
                              Double sideViewBackJudgedShare) {
        static VideoTotals of(List<VideoScore> scores) {
            List<VideoScore> read = scores.stream().filter(v -> v.problem() == null).toList();
            boolean auto = read.stream().anyMatch(v -> v.recognisedRight() != null);
            Integer recognised = auto ? (int) read.stream().filter(v -> Boolean.TRUE.equals(v.recognisedRight())).count() : null;
            List<VideoScore> repVideos = read.stream().filter(v -> v.repsLabelled() != null).toList();
            int falseFlags = read.stream().mapToInt(v -> v.falseFlags().size()).sum();
            int cleanReps = read.stream().mapToInt(VideoScore::cleanReps).sum();
            List<Double> backShares = read.stream().filter(v -> v.sideView() && v.expectedExercise() != null)
                    .map(Totals::backShare).toList();
            return new VideoTotals(scores.size(), recognised, repVideos.size(),
                    (int) repVideos.stream().filter(v -> Boolean.TRUE.equals(v.repsExact())).count(),
                    (int) repVideos.stream().filter(v -> Boolean.TRUE.equals(v.repsAcceptable())).count(),
                    read.stream().mapToInt(VideoScore::bottomsWithinTolerance).sum(),
                    read.stream().mapToInt(VideoScore::bottomsLabelled).sum(),
                    read.stream().mapToInt(VideoScore::faultsLabelled).sum(),
                    read.stream().mapToInt(VideoScore::faultsFound).sum(), falseFlags, cleanReps,
                    read.stream().mapToInt(v -> v.partialReps().size()).sum(),
                    read.stream().mapToInt(VideoScore::partialRepsOnLabelledBottoms).sum(),
                    cleanReps == 0 ? null : Math.round(20.0 * falseFlags / cleanReps * 100) / 100.0,
                    backShares.isEmpty() ? null
                            : Math.round(backShares.stream().mapToDouble(d -> d).average().orElse(0) * 1000) / 1000.0);
        }
    }

    /** The back's judged share in a video: the most any back check judged (0 when none applied). */
    static double backShare(VideoScore v) {
        return v.checks().stream().filter(c -> c.kind().equals("ROUNDED_BACK") || c.kind().equals("LUMBAR_HYPEREXTENSION")
                || c.kind().equals("LOST_NEUTRAL_SPINE")).mapToDouble(VideoScore.CheckShare::judgedShare).max().orElse(0);
    }

    /**
     * @param photos photos listed
     * @param judged of those, of a defined exercise and read
     * @param faultsLabelled labelled faults on the judged photos
     * @param faultsFound of those, found
     * @param clean judged photos labelled clean (neutral back, level hips)
     * @param cleanWithFalseBackOrHipFlag clean photos with a false back or hip flag (the goal: at most 1 in 50)
     * @param falseFlags every flag the labels contradict, on any judged photo
     * @param cleanSideView clean photos labelled side or oblique-side
     * @param cleanSideViewBackJudged of those, with the back judged (the goal: 80%)
     */
    public record PhotoTotals(int photos, int judged, int faultsLabelled, int faultsFound, int clean,
                              int cleanWithFalseBackOrHipFlag, int falseFlags, int cleanSideView,
                              int cleanSideViewBackJudged) {
        static PhotoTotals of(List<PhotoScore> scores) {
            List<PhotoScore> judged = scores.stream().filter(PhotoScore::judged).toList();
            List<PhotoScore> clean = judged.stream().filter(PhotoScore::clean).toList();
            List<PhotoScore> cleanSide = clean.stream().filter(PhotoScore::sideView).toList();
            return new PhotoTotals(scores.size(), judged.size(), judged.stream().mapToInt(p -> p.faultsLabelled().size()).sum(),
                    judged.stream().mapToInt(p -> p.faultsFound().size()).sum(), clean.size(),
                    (int) clean.stream().filter(PhotoScore::falseBackOrHipFlag).count(),
                    judged.stream().mapToInt(p -> p.falseFlags().size()).sum(), cleanSide.size(),
                    (int) cleanSide.stream().filter(PhotoScore::backJudged).count());
        }
    }
}
