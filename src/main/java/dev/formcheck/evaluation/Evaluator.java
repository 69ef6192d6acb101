package dev.formcheck.evaluation;

import dev.formcheck.analysis.exercise.ExerciseResult;
import dev.formcheck.analysis.exercise.Load;
import dev.formcheck.analysis.exercise.StillJudge;
import dev.formcheck.analysis.thresholds.StageRules;
import dev.formcheck.analysis.thresholds.Thresholds;
import dev.formcheck.capture.FrameSource;
import dev.formcheck.common.FormCheckException;
import dev.formcheck.kinematics.NeutralPosture;
import dev.formcheck.pose.InferenceSettings;
import dev.formcheck.pose.MoveNetEstimator;
import dev.formcheck.pose.MoveNetModel;
import dev.formcheck.pose.silhouette.BlazePoseSegmenter;
import dev.formcheck.pose.silhouette.SilhouetteReader;
import dev.formcheck.session.ExerciseJudging;
import dev.formcheck.session.PhotoJudgement;
import dev.formcheck.session.RecordingJudgement;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs exactly what {@code analyze --exercise} runs on labelled media, with one set of model
 * sessions for every item: videos through {@link RecordingJudgement} (Lightning, the tracker and
 * the back's outline, then {@code auto} or the labelled exercise), photos through
 * {@link PhotoJudgement} (Thunder and the outline, judged as their labelled exercise): the same
 * session code as {@code analyze}, never a copy. Strangers: the shipped thresholds, no calibration.
 */
public final class Evaluator implements AutoCloseable {
    private final Thresholds thresholds;
    private final MoveNetEstimator videoEstimator;
    private final MoveNetEstimator photoEstimator;
    private final SilhouetteReader outlines;

    private Evaluator(Thresholds thresholds, MoveNetEstimator videoEstimator, MoveNetEstimator photoEstimator,
                      SilhouetteReader outlines) {
        this.thresholds = thresholds;
        this.videoEstimator = videoEstimator;
        this.photoEstimator = photoEstimator;
        this.outlines = outlines;
    }

    /** Opens the models {@code analyze} uses: Lightning for videos, Thunder for photos, BlazePose-lite for the outline. */
    public static Evaluator open(Path modelsDirectory, Thresholds thresholds, boolean verboseLogging) {
        InferenceSettings settings = InferenceSettings.forRecordedVideo().withVerboseLogging(verboseLogging);
        MoveNetEstimator lightning = MoveNetEstimator.open(MoveNetModel.LIGHTNING, modelsDirectory, settings);
        MoveNetEstimator thunder = null;
        try {
            thunder = MoveNetEstimator.open(MoveNetModel.THUNDER, modelsDirectory, settings);
            // one thread, as in analyze: the outline is read on the consumer thread while the pose thread works
            SilhouetteReader outlines = new SilhouetteReader(BlazePoseSegmenter.open(
                    modelsDirectory.resolve(BlazePoseSegmenter.MODEL_FILE),
                    InferenceSettings.defaults().withVerboseLogging(verboseLogging)), StageRules.backSides(thresholds));
            return new Evaluator(thresholds, lightning, thunder, outlines);
        } catch (FormCheckException e) {
            lightning.close();
            if (thunder != null) {
                thunder.close();
            }
            throw e;
        }
    }

    /**
     * Every video of {@code labels} found in {@code media}, judged as {@code auto} or, with
     * {@code exerciseFromLabels}, as its labelled exercise (a clip of no exercise is then left out).
     */
    public List<VideoScore> videos(LabelFiles.VideoLabels labels, Path media, boolean exerciseFromLabels,
                                   ItemObserver observer) throws InterruptedException {
        List<VideoScore> scores = new ArrayList<>();
        for (VideoLabel label : labels.items()) {
            Optional<String> named = label.exercise().flatMap(LabelledExercises::exerciseOf);
            if (exerciseFromLabels && named.isEmpty()) {
                continue;
            }
            String judgedAs = exerciseFromLabels ? named.get() : ExerciseJudging.AUTO;
            observer.starting(label.file());
            scores.add(video(media.resolve(label.file()), label, judgedAs));
        }
        return scores;
    }

    private VideoScore video(Path file, VideoLabel label, String judgedAs) throws InterruptedException {
        Optional<ExerciseResult> result;
        try (FrameSource source = RecordingJudgement.openForJudging(file, 30, thresholds)) {
            result = RecordingJudgement.judge(file, source, videoEstimator, videoEstimator.model().id(),
                    Optional.of(outlines), Optional.of(judging(judgedAs)), (frame, outline) -> { }).result();
        } catch (FormCheckException e) {
            return Scoring.unreadable(label, judgedAs, e.getMessage());
        }
        return Scoring.video(label, judgedAs, result);
    }

    /** A stranger: the shipped thresholds, the default neutral, bodyweight (as {@code analyze} without a calibration). */
    private ExerciseJudging judging(String exercise) {
        return new ExerciseJudging(exercise, Load.BODYWEIGHT, thresholds, NeutralPosture.defaults());
    }

    /** Every photo of {@code labels} in {@code media} whose half passes {@code split}, judged as its labelled exercise. */
    public List<PhotoScore> photos(LabelFiles.PhotoLabels labels, Path media, SplitFilter split, PhotoSplit halves,
                                   ItemObserver observer) {
        String folder = media.getFileName() == null ? media.toString() : media.getFileName().toString();
        List<PhotoScore> scores = new ArrayList<>();
        for (PhotoLabel label : labels.items()) {
            PhotoSplit.Half half = halves.halfOf(label.file(), label.source());
            if (!split.admits(half)) {
                continue;
            }
            Optional<String> exercise = LabelledExercises.exerciseOf(label.family());
            if (exercise.isEmpty()) {
                scores.add(Scoring.notJudged(folder, label, half, null,
                        "FormCheck defines no exercise for '" + label.family() + "'"));
                continue;
            }
            observer.starting(label.file());
            scores.add(photo(folder, media.resolve(label.file()), label, half, exercise.get()));
        }
        return scores;
    }

    private PhotoScore photo(String folder, Path file, PhotoLabel label, PhotoSplit.Half half, String exercise) {
        try {
            Optional<StillJudge.StillResult> r = PhotoJudgement.judge(file, photoEstimator, Optional.of(outlines),
                    Optional.of(judging(exercise))).result();
            return Scoring.photo(folder, label, half, r.orElseThrow());
        } catch (FormCheckException e) {
            return Scoring.notJudged(folder, label, half, exercise, e.getMessage());
        }
    }

    /** Told as each item starts (a progress line); may do nothing. */
    @FunctionalInterface
    public interface ItemObserver {
        void starting(String item);
    }

    /** Which photos to score. */
    public enum SplitFilter {
        TUNE, CHECK, ALL;

        boolean admits(PhotoSplit.Half half) {
            return this == ALL || name().equals(half.name());
        }
    }

    @Override
    public void close() {
        videoEstimator.close();
        photoEstimator.close();
        outlines.close();
    }
}
