package dev.formcheck.ui.window;

import dev.formcheck.analysis.thresholds.CalibrationFiles;
import dev.formcheck.analysis.thresholds.StageRules;
import dev.formcheck.analysis.thresholds.Thresholds;
import dev.formcheck.common.FormCheckException;
import dev.formcheck.pose.InferenceSettings;
import dev.formcheck.pose.ModelFiles;
import dev.formcheck.pose.MoveNetEstimator;
import dev.formcheck.pose.MoveNetModel;
import dev.formcheck.pose.silhouette.BlazePoseSegmenter;
import dev.formcheck.pose.silhouette.SilhouetteReader;

import java.util.concurrent.CompletableFuture;

/**
 * The models the window runs, loaded once on a thread of their own after the window shows: loading
 * ONNX Runtime's natives and the sessions takes a second or two that the window must not wait for.
 * One workout or one review uses them at a time: a run waits for its turn.
 */
final class Engines implements AutoCloseable {
    final MoveNetEstimator pose;
    final SilhouetteReader outlines;
    /** Neither model is thread-safe: a run holds this for as long as it uses them ({@link ModelRun}). */
    private final java.util.concurrent.Semaphore turn = new java.util.concurrent.Semaphore(1, true);

    private Engines(MoveNetEstimator pose, SilhouetteReader outlines) {
        this.pose = pose;
        this.outlines = outlines;
    }

    /** Starts loading on a daemon thread; {@code result} fails with the stage's message when a model is missing or damaged. */
    static void loadInto(CompletableFuture<Engines> result) {
        Thread t = new Thread(() -> {
            try {
                MoveNetEstimator pose = MoveNetEstimator.open(MoveNetModel.LIGHTNING, ModelFiles.modelsDirectory(),
                        InferenceSettings.defaults());
                try {
                    // the back's side told by the user's thresholds, read here off the event thread; a changed
                    // outline.facing.* takes effect at the next start in the window
                    result.complete(new Engines(pose, new SilhouetteReader(BlazePoseSegmenter.open(InferenceSettings.defaults()),
                            StageRules.backSides(userThresholds()))));
                } catch (FormCheckException e) {
                    pose.close();
                    throw e;
                }
            } catch (FormCheckException e) {
                result.completeExceptionally(e);
            }
        }, "formcheck-model-loader");
        t.setDaemon(true);
        t.start();
    }

    /** The user's thresholds, else the shipped ones when their file cannot be read (a calibration error is no model failure). */
    private static Thresholds userThresholds() {
        try {
            return CalibrationFiles.forCurrentUser().thresholds();
        } catch (FormCheckException e) {
            return CalibrationFiles.defaults();
        }
    }

    /** Waits until no other run uses the models, then holds them for {@code body}. */
    <T> T inTurn(java.util.concurrent.Callable<T> body) throws Exception {
        turn.acquire();
        try {
            return body.call();
        } finally {
            turn.release();
        }
    }

    @Override
    public void close() {
        outlines.close();
        pose.close();
    }
}
