package dev.formcheck.pose;

import dev.formcheck.capture.RgbImage;

import java.nio.FloatBuffer;
import java.nio.file.Path;

/**
 * MoveNet on ONNX Runtime, as three stages: letterbox the frame into the reused input buffer,
 * run the session, decode keypoints back to frame pixels. One full-frame pass per call.
 */
public final class MoveNetEstimator implements PoseEstimator {
    private final MoveNetModel model;
    private final MoveNetSession session;
    private final LetterboxResizer resizer;
    private StageTimings lastTimings = StageTimings.NONE;

    private MoveNetEstimator(MoveNetModel model, MoveNetSession session) {
        this.model = model;
        this.session = session;
        this.resizer = new LetterboxResizer(model.inputSize());
    }

    /** Opens {@code model} from {@code modelsDirectory}; fails with a message naming the file when it is unusable. */
    public static MoveNetEstimator open(MoveNetModel model, Path modelsDirectory, InferenceSettings settings) {
        Path file = modelsDirectory.resolve(model.fileName());
        return new MoveNetEstimator(model, MoveNetSession.open(file, model, settings));
    }

    public MoveNetModel model() {
        return model;
    }

    @Override
    public Pose estimate(RgbImage frame) {
        long t0 = System.nanoTime();
        Letterbox letterbox = resizer.fill(frame, session.inputBuffer());
        long t1 = System.nanoTime();
        FloatBuffer output = session.run();
        long t2 = System.nanoTime();
        Pose pose = KeypointDecoder.decode(output, letterbox, frame.timestampMicros());
        long t3 = System.nanoTime();
        lastTimings = new StageTimings(t1 - t0, t2 - t1, t3 - t2);
        return pose;
    }

    @Override
    public StageTimings lastTimings() {
        return lastTimings;
    }

    @Override
    public void close() {
        session.close();
    }
}
