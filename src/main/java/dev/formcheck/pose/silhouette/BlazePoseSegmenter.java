package dev.formcheck.pose.silhouette;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxJavaType;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import dev.formcheck.capture.RgbImage;
import dev.formcheck.pose.InferenceSettings;
import dev.formcheck.pose.ModelFiles;
import dev.formcheck.pose.OrtSessions;
import dev.formcheck.pose.PoseException;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Person segmentation by BlazePose's landmark model (lite), of which the segmentation output and
 * the 33 landmarks are read ({@code models/blazepose-lite.onnx}, models/README.md). The crop is resampled
 * bilinearly into one reused direct buffer, RGB scaled to 0..1 as the model expects; parts of the
 * crop beyond the image are black. Not thread-safe: one input buffer serves every call.
 */
public final class BlazePoseSegmenter implements PersonSegmenter {
    public static final String MODEL_FILE = "blazepose-lite.onnx";
    /** The model's input side, pixels. */
    public static final int INPUT_SIZE = 256;
    private static final long[] INPUT_SHAPE = {1, INPUT_SIZE, INPUT_SIZE, 3};
    private static final String SEGMENTATION_OUTPUT = "Identity_1";
    private static final long[] SEGMENTATION_SHAPE = {1, INPUT_SIZE, INPUT_SIZE, 1};
    /** 39 landmarks (33 of the body, 6 for the next frame's ROI) x (x, y, z, visibility, presence). */
    private static final String LANDMARK_OUTPUT = "Identity_2";
    private static final int LANDMARK_VALUES = 5;
    private static final long[] LANDMARK_SHAPE = {1, 39 * LANDMARK_VALUES};

    private final Path modelFile;
    private final OrtSession session;
    private final FloatBuffer input;
    private final FloatBuffer segmentation = direct(INPUT_SIZE * INPUT_SIZE);
    private final FloatBuffer landmarks = direct((int) LANDMARK_SHAPE[1]);
    /** One row of the input, and the frame's bytes, reused from call to call. */
    private final float[] row = new float[INPUT_SIZE * 3];
    private byte[] pixels = new byte[0];
    private final OnnxTensor inputTensor;
    private final OnnxTensor segmentationTensor;
    private final OnnxTensor landmarkTensor;
    private final Map<String, OnnxTensor> inputs;
    /** ONNX Runtime writes straight into these buffers: a reading allocates only the mask it returns. */
    private final Map<String, OnnxTensor> outputs;

    private BlazePoseSegmenter(Path modelFile, OrtSession session) throws OrtException {
        this.modelFile = modelFile;
        this.session = session;
        this.input = direct(INPUT_SIZE * INPUT_SIZE * 3);
        this.inputTensor = OnnxTensor.createTensor(OrtSessions.environment(), input, INPUT_SHAPE);
        this.segmentationTensor = OnnxTensor.createTensor(OrtSessions.environment(), segmentation, SEGMENTATION_SHAPE);
        this.landmarkTensor = OnnxTensor.createTensor(OrtSessions.environment(), landmarks, LANDMARK_SHAPE);
        this.inputs = Map.of(session.getInputNames().iterator().next(), inputTensor);
        this.outputs = Map.of(SEGMENTATION_OUTPUT, segmentationTensor, LANDMARK_OUTPUT, landmarkTensor);
    }

    private static FloatBuffer direct(int floats) {
        return ByteBuffer.allocateDirect(floats * Float.BYTES).order(ByteOrder.nativeOrder()).asFloatBuffer();
    }

    /** Opens the shipped model from {@link ModelFiles#modelsDirectory()}. */
    public static BlazePoseSegmenter open(InferenceSettings settings) {
        return open(ModelFiles.modelsDirectory().resolve(MODEL_FILE), settings);
    }

    /** Loads and checks the model; every failure names the file and says how to restore it. */
    public static BlazePoseSegmenter open(Path modelFile, InferenceSettings settings) {
        return OrtSessions.openChecked(modelFile, "segmentation model file", settings,
                session -> checkSignature(modelFile, session),
                session -> new BlazePoseSegmenter(modelFile, session));
    }

    @Override
    public PersonMask segment(RgbImage image, BodyCrop crop) {
        fill(image, crop);
        try {
            session.run(inputs, outputs).close();
            float[] probabilities = new float[INPUT_SIZE * INPUT_SIZE];
            segmentation.duplicate().clear().get(probabilities);
            float[] raw = new float[(int) LANDMARK_SHAPE[1]];
            landmarks.duplicate().clear().get(raw);
            return new PersonMask(crop, INPUT_SIZE, probabilities, Optional.of(landmarksInImage(raw, crop)));
        } catch (OrtException e) {
            throw new PoseException(modelFile + ": segmentation failed: " + e.getMessage(), e);
        }
    }

    /**
     * The body's 33 landmarks in image pixels. The model gives x, y in crop pixels (continuous, so a
     * pixel's centre is at +0.5) and visibility as a raw logit (measured: -2.1 to +7.5 for shoulders to ankles on the
     * segmenter test's photos), which the sigmoid turns into 0..1 as MediaPipe does.
     */
    private static BodyLandmarks landmarksInImage(float[] raw, BodyCrop crop) {
        List<BodyLandmarks.Landmark> all = new ArrayList<>(BodyLandmarks.COUNT);
        for (int i = 0; i < BodyLandmarks.COUNT; i++) {
            int at = i * LANDMARK_VALUES;
            double[] p = crop.toImage(raw[at] - 0.5, raw[at + 1] - 0.5, INPUT_SIZE);
            double visibility = 1 / (1 + Math.exp(-raw[at + 3]));
            all.add(new BodyLandmarks.Landmark(p[0], p[1], visibility));
        }
        return new BodyLandmarks(all);
    }

    /**
     * Resamples the crop bilinearly into the input buffer, NHWC, 0..1. The crop is an affine map,
     * so each pixel's source point is the previous one plus a constant step. The frame's bytes are
     * copied once into a reused array: read one at a time through the frame's buffer, they took
     * most of this method's time in analyze's profile.
     */
    private void fill(RgbImage image, BodyCrop crop) {
        int w = image.width();
        int h = image.height();
        byte[] rgb = frameBytes(image);
        double[] origin = crop.toImage(0, 0, INPUT_SIZE);
        double[] right = crop.toImage(1, 0, INPUT_SIZE);
        double[] down = crop.toImage(0, 1, INPUT_SIZE);
        double ux = right[0] - origin[0];
        double uy = right[1] - origin[1];
        double vx = down[0] - origin[0];
        double vy = down[1] - origin[1];
        float[] row = this.row;
        input.clear();
        for (int v = 0; v < INPUT_SIZE; v++) {
            double x = origin[0] + v * vx - 0.5; // pixel centres sit at +0.5
            double y = origin[1] + v * vy - 0.5;
            for (int u = 0; u < INPUT_SIZE; u++, x += ux, y += uy) {
                int x0 = (int) Math.floor(x);
                int y0 = (int) Math.floor(y);
                float fx = (float) (x - x0);
                float fy = (float) (y - y0);
                // byte offsets of the four neighbours, -1 outside the image (black)
                boolean left = x0 >= 0 && x0 < w;
                boolean rightIn = x0 + 1 >= 0 && x0 + 1 < w;
                boolean upper = y0 >= 0 && y0 < h;
                boolean lower = y0 + 1 >= 0 && y0 + 1 < h;
                int p00 = upper && left ? (y0 * w + x0) * 3 : -1;
                int p10 = upper && rightIn ? (y0 * w + x0 + 1) * 3 : -1;
                int p01 = lower && left ? ((y0 + 1) * w + x0) * 3 : -1;
                int p11 = lower && rightIn ? ((y0 + 1) * w + x0 + 1) * 3 : -1;
                for (int ch = 0; ch < 3; ch++) {
                    float top = lerp(sample(rgb, p00, ch), sample(rgb, p10, ch), fx);
                    float bottom = lerp(sample(rgb, p01, ch), sample(rgb, p11, ch), fx);
                    row[u * 3 + ch] = lerp(top, bottom, fy) / 255f;
                }
            }
            input.put(row);
        }
        input.flip();
    }

    /** The frame's pixels in {@link #pixels}, grown when a larger frame comes. */
    private byte[] frameBytes(RgbImage image) {
        int length = image.width() * image.height() * 3;
        if (pixels.length < length) {
            pixels = new byte[length];
        }
        image.pixels().get(0, pixels, 0, length);
        return pixels;
    }

    private static float sample(byte[] rgb, int offset, int channel) {
        return offset < 0 ? 0 : rgb[offset + channel] & 0xff;
    }

    private static float lerp(float a, float b, float f) {
        return a + (b - a) * f;
    }

    private static void checkSignature(Path file, OrtSession session) throws OrtException {
        Map<String, NodeInfo> ins = session.getInputInfo();
        Map<String, NodeInfo> outs = session.getOutputInfo();
        boolean inputOk = ins.size() == 1 && ins.values().iterator().next().getInfo() instanceof TensorInfo in
                && in.type == OnnxJavaType.FLOAT && Arrays.equals(in.getShape(), INPUT_SHAPE);
        boolean outputOk = outs.get(SEGMENTATION_OUTPUT) != null
                && outs.get(SEGMENTATION_OUTPUT).getInfo() instanceof TensorInfo out
                && out.type == OnnxJavaType.FLOAT && Arrays.equals(out.getShape(), SEGMENTATION_SHAPE)
                && outs.get(LANDMARK_OUTPUT) != null
                && outs.get(LANDMARK_OUTPUT).getInfo() instanceof TensorInfo marks
                && marks.type == OnnxJavaType.FLOAT && Arrays.equals(marks.getShape(), LANDMARK_SHAPE);
        if (!inputOk || !outputOk) {
            throw new PoseException(file + ": expected BlazePose's landmark model (input [1, 256, 256, 3] float, outputs "
                    + SEGMENTATION_OUTPUT + " [1, 256, 256, 1] float and " + LANDMARK_OUTPUT + " [1, 195] float). "
                    + ModelFiles.RESTORE_HINT);
        }
    }


    @Override
    public void close() {
        inputTensor.close();
        segmentationTensor.close();
        landmarkTensor.close();
        OrtSessions.closeQuietly(session);
    }
}
