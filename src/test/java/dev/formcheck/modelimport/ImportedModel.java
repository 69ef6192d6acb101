package dev.formcheck.modelimport;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxJavaType;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import dev.formcheck.modelimport.onnx.OnnxModel;
import dev.formcheck.pose.OrtSessions;
import dev.formcheck.modelimport.onnx.OnnxNode;

import java.io.IOException;
import java.nio.FloatBuffer;
import java.nio.IntBuffer;
import java.nio.LongBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A test graph written to disk, imported with {@link ModelImporter#standard()} and opened in ONNX
 * Runtime: the returned {@link OnnxModel} for structural checks and a session to run.
 */
final class ImportedModel implements AutoCloseable {
    // Through FormCheck's one environment: cached native libraries, telemetry off (OrtSessions).
    private static final OrtEnvironment ENV = OrtSessions.environment();

    private final OnnxModel onnx;
    private final OrtSession session;

    private ImportedModel(OnnxModel onnx, OrtSession session) {
        this.onnx = onnx;
        this.session = session;
    }

    /** Writes {@code graph} into {@code dir}, imports it to {@code dir/model.onnx} and opens a session. */
    static ImportedModel of(TfjsGraphBuilder graph, Path dir) throws IOException, OrtException {
        Path modelJson = graph.writeTo(dir);
        Path output = dir.resolve("model.onnx");
        OnnxModel onnx = ModelImporter.standard().importModel(modelJson, output, "test");
        return new ImportedModel(onnx, ENV.createSession(output.toString(), new OrtSession.SessionOptions()));
    }

    OnnxModel onnx() {
        return onnx;
    }

    List<String> opTypes() {
        return onnx.nodes().stream().map(OnnxNode::opType).toList();
    }

    long count(String opType) {
        return opTypes().stream().filter(opType::equals).count();
    }

    Map<String, NodeInfo> inputInfo() throws OrtException {
        return session.getInputInfo();
    }

    /** Runs the model; the results come in the order of the model's outputs. */
    List<HostTensor> run(Map<String, HostTensor> inputs) throws OrtException {
        Map<String, OnnxTensor> feeds = new HashMap<>();
        try {
            for (Map.Entry<String, HostTensor> e : inputs.entrySet()) {
                feeds.put(e.getKey(), toOrt(e.getValue()));
            }
            try (OrtSession.Result result = session.run(feeds)) {
                List<HostTensor> outputs = new ArrayList<>();
                for (int i = 0; i < result.size(); i++) {
                    outputs.add(fromOrt((OnnxTensor) result.get(i)));
                }
                return outputs;
            }
        } finally {
            feeds.values().forEach(OnnxTensor::close);
        }
    }

    /** Runs a model with exactly one output. */
    HostTensor runSingle(Map<String, HostTensor> inputs) throws OrtException {
        List<HostTensor> outputs = run(inputs);
        if (outputs.size() != 1) {
            throw new AssertionError("expected one output, the model has " + outputs.size());
        }
        return outputs.get(0);
    }

    private static OnnxTensor toOrt(HostTensor t) throws OrtException {
        long[] shape = Arrays.stream(t.shape()).asLongStream().toArray();
        return switch (t.kind()) {
            case FLOAT -> OnnxTensor.createTensor(ENV, FloatBuffer.wrap(t.toFloats()), shape);
            case INT32 -> OnnxTensor.createTensor(ENV, IntBuffer.wrap(t.toInts()), shape);
            case INT64 -> OnnxTensor.createTensor(ENV, LongBuffer.wrap(t.toLongs()), shape);
        };
    }

    private static HostTensor fromOrt(OnnxTensor t) {
        TensorInfo info = t.getInfo();
        int[] shape = Arrays.stream(info.getShape()).mapToInt(Math::toIntExact).toArray();
        double[] values = new double[HostTensor.count(shape)];
        HostTensor.Kind kind;
        if (info.type == OnnxJavaType.FLOAT) {
            kind = HostTensor.Kind.FLOAT;
            FloatBuffer b = t.getFloatBuffer();
            for (int i = 0; i < values.length; i++) {
                values[i] = b.get(i);
            }
        } else if (info.type == OnnxJavaType.INT32) {
            kind = HostTensor.Kind.INT32;
            IntBuffer b = t.getIntBuffer();
            for (int i = 0; i < values.length; i++) {
                values[i] = b.get(i);
            }
        } else if (info.type == OnnxJavaType.INT64) {
            kind = HostTensor.Kind.INT64;
            LongBuffer b = t.getLongBuffer();
            for (int i = 0; i < values.length; i++) {
                values[i] = b.get(i);
            }
        } else {
            throw new AssertionError("unexpected output type " + info.type);
        }
        return new HostTensor(kind, shape, values);
    }

    @Override
    public void close() throws OrtException {
        session.close();
    }
}
