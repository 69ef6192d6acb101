// Times ONNX Runtime inference alone on a model with float32 inputs of static shape (such as
// models/blazepose-lite.onnx), the way the app's sessions are configured: all graph optimisations,
// sequential execution, intra-op spinning on. Inputs are filled with a fixed pattern in 0..1.
// Not part of the Maven build; run with Java's single-file launcher and the ONNX Runtime jar
// Maven already has:
//
//   ORT=~/.m2/repository/com/microsoft/onnxruntime/onnxruntime/1.29.0/onnxruntime-1.29.0.jar
//   java -cp "$ORT" tools/ort-bench/OrtBench.java models/blazepose-lite.onnx 1 [warmup 20] [runs 50]
//
// Prints one line: threads, runs and the median, p90 and minimum of session.run in ms.

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;

import java.nio.FloatBuffer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

public final class OrtBench {
    public static void main(String[] args) throws OrtException {
        if (args.length < 2) {
            System.err.println("usage: java -cp ORT_JAR OrtBench.java MODEL.onnx THREADS [WARMUP] [RUNS]");
            System.exit(2);
        }
        int threads = Integer.parseInt(args[1]);
        int warmup = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        int runs = args.length > 3 ? Integer.parseInt(args[3]) : 50;
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
            options.setIntraOpNumThreads(threads);
            options.addConfigEntry("session.intra_op.allow_spinning", "1");
            try (OrtSession session = env.createSession(args[0], options)) {
                Map<String, OnnxTensor> feeds = new HashMap<>();
                try {
                    for (Map.Entry<String, NodeInfo> e : session.getInputInfo().entrySet()) {
                        long[] shape = ((TensorInfo) e.getValue().getInfo()).getShape();
                        float[] values = new float[Math.toIntExact(Arrays.stream(shape).reduce(1, (a, b) -> a * b))];
                        for (int i = 0; i < values.length; i++) {
                            values[i] = (i * 37 % 256) / 255f;
                        }
                        feeds.put(e.getKey(), OnnxTensor.createTensor(env, FloatBuffer.wrap(values), shape));
                    }
                    for (int i = 0; i < warmup; i++) {
                        session.run(feeds).close();
                    }
                    double[] ms = new double[runs];
                    for (int i = 0; i < runs; i++) {
                        long start = System.nanoTime();
                        session.run(feeds).close();
                        ms[i] = (System.nanoTime() - start) / 1e6;
                    }
                    Arrays.sort(ms);
                    System.out.printf("threads %d, %d runs after %d warm-up: median %.2f ms, p90 %.2f ms, min %.2f ms%n",
                            threads, runs, warmup, ms[runs / 2], ms[(int) Math.ceil(0.9 * runs) - 1], ms[0]);
                } finally {
                    feeds.values().forEach(OnnxTensor::close);
                }
            }
        }
    }
}
