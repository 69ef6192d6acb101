package dev.formcheck.session;

import dev.formcheck.analysis.exercise.StillJudge;
import dev.formcheck.capture.ImageFiles;
import dev.formcheck.capture.RgbImage;
import dev.formcheck.pose.MoveNetEstimator;
import dev.formcheck.pose.Pose;
import dev.formcheck.pose.silhouette.BackOutline;
import dev.formcheck.pose.silhouette.SilhouetteReader;
import dev.formcheck.report.ExerciseSection;
import dev.formcheck.report.PoseTrackDocument;

import java.nio.file.Path;
import java.util.Optional;

/** One photo: its pose, its back's outline when an exercise is judged, and the exercise's working position judged. */
public final class PhotoJudgement {
    private PhotoJudgement() {
    }

    /** What a photo showed. */
    public record Judged(Path photo, PoseTrackDocument document, boolean personFound,
                         Optional<StillJudge.StillResult> result) {
    }

    /** Reads and judges {@code photo}; throws the capture or pose stage's exception when it cannot. */
    public static Judged judge(Path photo, MoveNetEstimator estimator, Optional<SilhouetteReader> outlines,
                               Optional<ExerciseJudging> judging) {
        long started = System.nanoTime();
        RgbImage image = ImageFiles.read(photo);
        Pose pose;
        BackOutline outline;
        try {
            pose = estimator.estimate(image);
            outline = outlines.isEmpty() ? new BackOutline.Untraced(0, "not asked for") : outlines.get().read(image, pose);
        } finally {
            image.release();
        }
        double wall = (System.nanoTime() - started) / 1e9;
        PoseTrackDocument poses = AnalysisDocuments.ofPhoto(photo, image.width(), image.height(), pose,
                estimator.lastTimings().totalNanos() / 1e6, estimator.model().id(), wall);
        Optional<StillJudge.StillResult> result = judging.map(j -> j.judgeStill(pose, outline));
        PoseTrackDocument document = result.map(r -> poses.withAnalysis(ExerciseSection.ofStill(r))).orElse(poses);
        return new Judged(photo, document, poses.frames().get(0).person(), result);
    }
}
