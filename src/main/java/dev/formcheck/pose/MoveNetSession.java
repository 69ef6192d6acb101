package dev.formcheck.pose;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxJavaType;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.IntBuffer;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/**
 * Inference: owns one ONNX Runtime session for a MoveNet model and runs it. The input and output
 * tensors are created once over direct buffers and reused for every run, so a run allocates
 * nothing on the Java heap.
 */
final class MoveNetSession implements AutoCloseable {
    private final Path modelFile;
    private final OrtSession session;
    private final String inputName;
    private final String outputName;
    private final IntBuffer input;
    private final FloatBuffer output;
    private final OnnxTensor inputTensor;
    private final OnnxTensor outputTensor;
    private final Map<String, OnnxTensor> inputs;
    private final Map<String, OnnxTensor> outputs;

    private MoveNetSession(Path modelFile, OrtSession session, MoveNetModel model) throws OrtException {
        this.modelFile = modelFile;
        this.session = session;
        this.inputName = session.getInputNames().iterator().next();
        this.outputName = session.getOutputNames().iterator().next();
        OrtEnvironment env = OrtSessions.environment();
        this.input = ByteBuffer.allocateDirect(model.inputSize() * model.inputSize() * 3 * Integer.BYTES)
                .order(ByteOrder.nativeOrder()).asIntBuffer();
        this.output = ByteBuffer.allocateDirect(BodyPart.COUNT * 3 * Float.BYTES)
                .order(ByteOrder.nativeOrder()).asFloatBuffer();
        this.inputTensor = OnnxTensor.createTensor(env, input, model.inputShape());
        try {
            this.outputTensor = OnnxTensor.createTensor(env, output, MoveNetModel.OUTPUT_SHAPE);
        } catch (OrtException e) {
            inputTensor.close();
            throw e;
        }
        this.inputs = Map.of(inputName, inputTensor);
        this.outputs = Map.of(outputName, outputTensor);
    }

    /** Loads and checks the model; every failure names the file and says how to restore it. */
    static MoveNetSession open(Path modelFile, MoveNetModel model, InferenceSettings settings) {
        return OrtSessions.openChecked(modelFile, "model file", settings,
                session -> checkSignature(modelFile, session, model),
                session -> new MoveNetSession(modelFile, session, model));
    }

    private static void checkSignature(Path file, OrtSession session, MoveNetModel model) throws OrtException {
        Map<String, NodeInfo> ins = session.getInputInfo();
        Map<String, NodeInfo> outs = session.getOutputInfo();
        String expectedIn = "[1, " + model.inputSize() + ", " + model.inputSize() + ", 3] int32";
        if (ins.size() != 1 || !(ins.values().iterator().next().getInfo() instanceof TensorInfo in)
                || in.type != OnnxJavaType.INT32 || !Arrays.equals(in.getShape(), model.inputShape())) {
            throw new PoseException(file + ": expected one input " + expectedIn + ", found " + describe(ins)
                    + ". Is this the " + model.id() + " model? " + ModelFiles.RESTORE_HINT);
        }
        if (outs.size() != 1 || !(outs.values().iterator().next().getInfo() instanceof TensorInfo out)
                || out.type != OnnxJavaType.FLOAT || !Arrays.equals(out.getShape(), MoveNetModel.OUTPUT_SHAPE)) {
            throw new PoseException(file + ": expected one output [1, 1, 17, 3] float, found " + describe(outs)
                    + ". " + ModelFiles.RESTORE_HINT);
        }
    }

    private static String describe(Map<String, NodeInfo> infos) {
        StringBuilder sb = new StringBuilder();
        for (NodeInfo i : infos.values()) {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            if (i.getInfo() instanceof TensorInfo t) {
                sb.append(Arrays.toString(t.getShape())).append(' ').append(t.type.toString().toLowerCase(Locale.ROOT));
            } else {
                sb.append(i.getInfo());
            }
        }
        return sb.length() == 0 ? "none" : sb.toString();
    }


    /** The buffer to write the next input into: N·N·3 int32 RGB values, NHWC. */
    IntBuffer inputBuffer() {
        return input;
    }

    /** Runs the model on the input buffer; the returned view holds 17 (y, x, score) triples until the next run. */
    FloatBuffer run() {
        try {
            session.run(inputs, outputs).close();
        } catch (OrtException e) {
            throw new PoseException(modelFile + ": inference failed: " + e.getMessage(), e);
        }
        return output.duplicate().clear();
    }

    @Override
    public void close() {
        inputTensor.close();
        outputTensor.close();
        OrtSessions.closeQuietly(session);
    }
}
