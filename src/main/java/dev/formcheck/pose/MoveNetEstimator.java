package dev.formcheck.pose;

import dev.formcheck.capture.RgbImage;

import java.nio.FloatBuffer;
import java.nio.file.Path;

/**
 * MoveNet on ONNX Runtime, as three stages: resample the frame (whole, letterboxed, or a square
 * crop of it) into the reused input buffer, run the session, decode keypoints back to frame
 * pixels. One pass per call; nothing is allocated but the result (the {@link Pose} and its
 * {@link StageTimings}).
 */
public final class MoveNetEstimator implements PoseEstimator {
    private final MoveNetModel model;
    private final MoveNetSession session;
    private final CropResizer resizer;
    private StageTimings lastTimings = StageTimings.NONE;
    /** The full-frame crop of the last frame size seen, so a stream of same-size frames allocates none. */
    private CropRegion fullFrame;
    private int fullFrameWidth;
    private int fullFrameHeight;

    private MoveNetEstimator(MoveNetModel model, MoveNetSession session) {
        this.model = model;
        this.session = session;
        this.resizer = new CropResizer(model.inputSize());
    }

    /** Opens {@code model} from {@code modelsDirectory}; fails with a message naming the file when it is unusable. */
    public static MoveNetEstimator open(MoveNetModel model, Path modelsDirectory, InferenceSettings settings) {
        Path file = modelsDirectory.resolve(model.fileName());
        return new MoveNetEstimator(model, MoveNetSession.open(file, model, settings));
    }

    public MoveNetModel model() {
        return model;
    }

    /** One pass over the whole frame, letterboxed: the full-frame crop. */
    @Override
    public Pose estimate(RgbImage frame) {
        if (fullFrame == null || frame.width() != fullFrameWidth || frame.height() != fullFrameHeight) {
            fullFrame = CropRegion.fullFrame(frame.width(), frame.height());
            fullFrameWidth = frame.width();
            fullFrameHeight = frame.height();
        }
        return estimate(frame, fullFrame);
    }

    @Override
    public Pose estimate(RgbImage frame, CropRegion crop) {
        long t0 = System.nanoTime();
        resizer.fill(frame, crop, session.inputBuffer());
        long t1 = System.nanoTime();
        FloatBuffer output = session.run();
        long t2 = System.nanoTime();
        Pose pose = KeypointDecoder.decode(output, crop, frame.timestampMicros());
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
