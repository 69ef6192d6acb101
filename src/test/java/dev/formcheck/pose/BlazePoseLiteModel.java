package dev.formcheck.pose;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.formcheck.testing.SharedData;

import java.nio.FloatBuffer;
import java.nio.file.Path;
import java.util.Map;

/**
 * The committed {@code models/blazepose-lite.onnx} opened directly in ONNX Runtime, for tests only:
 * the production segmentation code is separate. Runs one float32 NHWC image (RGB in 0..1) and
 * returns the outputs the equivalence and sanity tests compare.
 */
final class BlazePoseLiteModel implements AutoCloseable {
    static final int SIZE = 256;
    static final int LANDMARK_VALUES = 195;
    static final String INPUT = "input_1";
    /** The ONNX names of the signature's output_poseflag, ld_3d and activation_segmentation. */
    static final String POSE_FLAG = "Identity_3";
    static final String LANDMARKS = "Identity_2";
    static final String SEGMENTATION = "Identity_1";

    private final OrtEnvironment env;
    private final OrtSession session;

    private BlazePoseLiteModel(OrtEnvironment env, OrtSession session) {
        this.env = env;
        this.session = session;
    }

    static Path file() {
        return SharedData.modelsDir().resolve("blazepose-lite.onnx");
    }

    /** Opens the committed model as the app opens MoveNet: all graph optimisations, {@code threads} intra-op threads. */
    static BlazePoseLiteModel open(int threads) throws OrtException {
        OrtEnvironment env = OrtSessions.environment(); // telemetry off, cached natives
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            options.setIntraOpNumThreads(threads);
            return new BlazePoseLiteModel(env, env.createSession(file().toString(), options));
        }
    }

    OrtSession session() {
        return session;
    }

    /** What one run gives: the pose flag, the 195 landmark values and the 256x256 mask, row-major. */
    record Outputs(float poseFlag, float[] landmarks, float[] segmentation) {
    }

    /** Runs one image given as {@code SIZE * SIZE * 3} floats, NHWC. */
    Outputs run(float[] rgb) throws OrtException {
        try (OnnxTensor input = OnnxTensor.createTensor(env, FloatBuffer.wrap(rgb), new long[] {1, SIZE, SIZE, 3});
             OrtSession.Result result = session.run(Map.of(INPUT, input))) {
            return new Outputs(
                    floats(result, POSE_FLAG)[0],
                    floats(result, LANDMARKS),
                    floats(result, SEGMENTATION));
        }
    }

    private static float[] floats(OrtSession.Result result, String name) {
        OnnxTensor t = (OnnxTensor) result.get(name).orElseThrow(() -> new AssertionError("no output " + name));
        FloatBuffer b = t.getFloatBuffer();
        float[] out = new float[b.remaining()];
        b.get(out);
        return out;
    }

    @Override
    public void close() throws OrtException {
        session.close();
    }
}
