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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

/**
 * Person segmentation by BlazePose's landmark model (lite), of which only the segmentation output
 * is read ({@code models/blazepose-lite.onnx}, models/README.md). The crop is resampled
 * bilinearly into one reused direct buffer, RGB scaled to 0..1 as the model expects; parts of the
 * crop beyond the image are black.
 */
public final class BlazePoseSegmenter implements PersonSegmenter {
    public static final String MODEL_FILE = "blazepose-lite.onnx";
    /** The model's input side, pixels. */
    public static final int INPUT_SIZE = 256;
    private static final long[] INPUT_SHAPE = {1, INPUT_SIZE, INPUT_SIZE, 3};
    private static final String SEGMENTATION_OUTPUT = "Identity_1";
    private static final long[] SEGMENTATION_SHAPE = {1, INPUT_SIZE, INPUT_SIZE, 1};

    private final Path modelFile;
    private final OrtSession session;
    private final String inputName;
    private final FloatBuffer input;
    private final OnnxTensor inputTensor;

    private BlazePoseSegmenter(Path modelFile, OrtSession session) throws OrtException {
        this.modelFile = modelFile;
        this.session = session;
        this.inputName = session.getInputNames().iterator().next();
        this.input = ByteBuffer.allocateDirect(INPUT_SIZE * INPUT_SIZE * 3 * Float.BYTES)
                .order(ByteOrder.nativeOrder()).asFloatBuffer();
        this.inputTensor = OnnxTensor.createTensor(OrtSessions.environment(), input, INPUT_SHAPE);
    }

    /** Opens the shipped model from {@link ModelFiles#modelsDirectory()}. */
    public static BlazePoseSegmenter open(InferenceSettings settings) {
        return open(ModelFiles.modelsDirectory().resolve(MODEL_FILE), settings);
    }

    /** Loads and checks the model; every failure names the file and says how to restore it. */
    public static BlazePoseSegmenter open(Path modelFile, InferenceSettings settings) {
        if (!Files.isRegularFile(modelFile)) {
            throw new PoseException(modelFile + ": segmentation model file not found. " + restoreHint());
        }
        OrtSession session = null;
        try {
            session = OrtSessions.open(modelFile, settings);
            checkSignature(modelFile, session);
            return new BlazePoseSegmenter(modelFile, session);
        } catch (OrtException e) {
            OrtSessions.closeQuietly(session);
            throw new PoseException(modelFile + ": not a valid ONNX model (damaged or truncated?). " + restoreHint(), e);
        } catch (PoseException e) {
            OrtSessions.closeQuietly(session);
            throw e;
        }
    }

    @Override
    public PersonMask segment(RgbImage image, BodyCrop crop) {
        fill(image, crop);
        try (OrtSession.Result result = session.run(Map.of(inputName, inputTensor), java.util.Set.of(SEGMENTATION_OUTPUT))) {
            OnnxTensor out = (OnnxTensor) result.get(SEGMENTATION_OUTPUT).orElseThrow();
            FloatBuffer values = out.getFloatBuffer();
            float[] probabilities = new float[INPUT_SIZE * INPUT_SIZE];
            values.get(probabilities);
            return new PersonMask(crop, INPUT_SIZE, probabilities);
        } catch (OrtException e) {
            throw new PoseException(modelFile + ": segmentation failed: " + e.getMessage(), e);
        }
    }

    /** Resamples the crop bilinearly into the input buffer, NHWC, 0..1. */
    private void fill(RgbImage image, BodyCrop crop) {
        ByteBuffer rgb = image.pixels();
        int w = image.width();
        int h = image.height();
        input.clear();
        for (int v = 0; v < INPUT_SIZE; v++) {
            for (int u = 0; u < INPUT_SIZE; u++) {
                double[] p = crop.toImage(u, v, INPUT_SIZE);
                double x = p[0] - 0.5;
                double y = p[1] - 0.5;
                int x0 = (int) Math.floor(x);
                int y0 = (int) Math.floor(y);
                double fx = x - x0;
                double fy = y - y0;
                for (int ch = 0; ch < 3; ch++) {
                    double top = lerp(sample(rgb, w, h, x0, y0, ch), sample(rgb, w, h, x0 + 1, y0, ch), fx);
                    double bottom = lerp(sample(rgb, w, h, x0, y0 + 1, ch), sample(rgb, w, h, x0 + 1, y0 + 1, ch), fx);
                    input.put((float) (lerp(top, bottom, fy) / 255.0));
                }
            }
        }
        input.flip();
    }

    private static double sample(ByteBuffer rgb, int w, int h, int x, int y, int channel) {
        if (x < 0 || y < 0 || x >= w || y >= h) {
            return 0;
        }
        return rgb.get((y * w + x) * 3 + channel) & 0xff;
    }

    private static double lerp(double a, double b, double f) {
        return a + (b - a) * f;
    }

    private static void checkSignature(Path file, OrtSession session) throws OrtException {
        Map<String, NodeInfo> ins = session.getInputInfo();
        Map<String, NodeInfo> outs = session.getOutputInfo();
        boolean inputOk = ins.size() == 1 && ins.values().iterator().next().getInfo() instanceof TensorInfo in
                && in.type == OnnxJavaType.FLOAT && Arrays.equals(in.getShape(), INPUT_SHAPE);
        boolean outputOk = outs.get(SEGMENTATION_OUTPUT) != null
                && outs.get(SEGMENTATION_OUTPUT).getInfo() instanceof TensorInfo out
                && out.type == OnnxJavaType.FLOAT && Arrays.equals(out.getShape(), SEGMENTATION_SHAPE);
        if (!inputOk || !outputOk) {
            throw new PoseException(file + ": expected BlazePose's landmark model (input [1, 256, 256, 3] float, output "
                    + SEGMENTATION_OUTPUT + " [1, 256, 256, 1] float). " + restoreHint());
        }
    }

    private static String restoreHint() {
        return "Restore it with 'git checkout -- models/' or regenerate it as models/README.md describes.";
    }

    @Override
    public void close() {
        inputTensor.close();
        OrtSessions.closeQuietly(session);
    }
}
