package dev.formcheck.modelimport;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxJavaType;
import ai.onnxruntime.TensorInfo;
import dev.formcheck.modelimport.onnx.OnnxValueInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static dev.formcheck.modelimport.HostTensor.Kind.FLOAT;
import static dev.formcheck.modelimport.HostTensor.Kind.INT32;
import static dev.formcheck.modelimport.TensorAssertions.assertClose;
import static dev.formcheck.modelimport.TensorAssertions.assertExact;
import static org.assertj.core.api.Assertions.assertThat;

/** Placeholder (graph inputs) and Const (weights, including quantized storage). */
class GraphBoundaryTranslatorTest {
    @TempDir
    Path dir;

    private final Random random = new Random(1);

    @Test
    void placeholdersBecomeGraphInputsWithTheirNamesTypesAndShapes() throws Exception {
        TfjsGraphBuilder g = new TfjsGraphBuilder()
                .placeholder("image", INT32, 1, 6, 5, 3)
                .placeholder("gain", FLOAT, 3);
        g.node("image_f", "Cast", "image").type("SrcT", INT32).type("DstT", FLOAT);
        g.node("scaled", "Mul", "image_f", "gain").type("T", FLOAT);
        HostTensor image = HostTensor.randomInts(random, 0, 256, 1, 6, 5, 3);
        HostTensor gain = HostTensor.randomFloats(random, -2, 2, 3);

        try (ImportedModel model = ImportedModel.of(g, dir)) {
            Map<String, NodeInfo> inputs = model.inputInfo();
            assertThat(inputs).containsOnlyKeys("image", "gain");
            TensorInfo imageInfo = (TensorInfo) inputs.get("image").getInfo();
            TensorInfo gainInfo = (TensorInfo) inputs.get("gain").getInfo();
            assertThat(imageInfo.type).isEqualTo(OnnxJavaType.INT32);
            assertThat(imageInfo.getShape()).containsExactly(1, 6, 5, 3);
            assertThat(gainInfo.type).isEqualTo(OnnxJavaType.FLOAT);
            assertThat(gainInfo.getShape()).containsExactly(3);

            HostTensor out = model.runSingle(Map.of("image", image, "gain", gain));
            assertClose(out, Reference.broadcast(Reference.map(image, FLOAT, v -> v), gain, (a, b) -> a * b));
        }
    }

    @Test
    void float16WeightsAreDequantizedExactlyIncludingSubnormalsAndSignedZero() throws Exception {
        List<Half> halves = new ArrayList<>(List.of(
                Half.normal(false, 15, 1023),   // 65504, the largest half
                Half.normal(true, -14, 0),      // -2^-14, the smallest normal
                Half.subnormal(false, 1),       // 2^-24, the smallest subnormal
                Half.subnormal(true, 1023),     // the largest subnormal, negative
                Half.subnormal(false, 0),       // +0
                Half.subnormal(true, 0)));      // -0
        while (halves.size() < 24) {
            halves.add(Half.normal(random.nextBoolean(), random.nextInt(30) - 14, random.nextInt(1024)));
        }
        short[] bits = new short[halves.size()];
        float[] values = new float[halves.size()];
        for (int i = 0; i < bits.length; i++) {
            bits[i] = halves.get(i).bits();
            values[i] = halves.get(i).value();
        }
        int[] shape = {2, 3, 4};
        HostTensor weights = HostTensor.floats(shape, values);
        HostTensor x = HostTensor.randomFloats(random, -1, 1, shape);
        TfjsGraphBuilder g = new TfjsGraphBuilder()
                .placeholder("x", FLOAT, shape)
                .float16Constant("w16", shape, bits);
        g.node("weights_out", "Identity", "w16");
        g.node("sum", "AddV2", "x", "w16");

        try (ImportedModel model = ImportedModel.of(g, dir)) {
            List<HostTensor> out = model.run(Map.of("x", x));
            assertExact(out.get(0), weights);
            // float + float rounds the same in Java and in ONNX Runtime, so this is exact too
            assertExact(out.get(1), Reference.broadcast(x, weights, (a, b) -> (float) (a + b)));
        }
    }

    @Test
    void uint8WeightsAreDequantizedWithScaleAndMin() throws Exception {
        int[] shape = {3, 5};
        byte[] quantized = new byte[15];
        random.nextBytes(quantized);
        double scale = 0.0125;
        double min = -1.5;
        float[] expected = new float[quantized.length];
        for (int i = 0; i < expected.length; i++) {
            expected[i] = (float) ((quantized[i] & 0xff) * scale + min); // TF.js: value = q * scale + min
        }
        TfjsGraphBuilder g = new TfjsGraphBuilder()
                .placeholder("x", FLOAT, shape)
                .uint8Constant("w8", shape, scale, min, quantized);
        g.node("weights_out", "Identity", "w8");
        g.node("product", "Mul", "x", "w8");

        try (ImportedModel model = ImportedModel.of(g, dir)) {
            HostTensor x = HostTensor.randomFloats(random, -1, 1, shape);
            List<HostTensor> out = model.run(Map.of("x", x));
            HostTensor weights = HostTensor.floats(shape, expected);
            assertExact(out.get(0), weights);
            assertClose(out.get(1), Reference.broadcast(x, weights, (a, b) -> a * b));
        }
    }

    @Test
    void int32ConstantsKeepTheirExactValues() throws Exception {
        int[] offsets = {1 << 30, -(1 << 30) - 5, 123_456_789, -7};
        TfjsGraphBuilder g = new TfjsGraphBuilder()
                .placeholder("counts", INT32, 3, 4)
                .constant("offsets", HostTensor.ints(new int[] {4}, offsets));
        g.node("shifted", "AddV2", "counts", "offsets").type("T", INT32);
        HostTensor counts = HostTensor.randomInts(random, -1000, 1000, 3, 4);

        try (ImportedModel model = ImportedModel.of(g, dir)) {
            HostTensor out = model.runSingle(Map.of("counts", counts));
            assertExact(out, Reference.broadcast(counts, HostTensor.ints(new int[] {4}, offsets), Double::sum));
        }
    }

    @Test
    void aDynamicBatchDimensionBecomesOne() throws Exception {
        TfjsGraphBuilder g = new TfjsGraphBuilder().placeholder("image", FLOAT, -1, 4, 4, 3);
        g.node("act", "Sigmoid", "image");
        HostTensor image = HostTensor.randomFloats(random, -3, 3, 1, 4, 4, 3);

        try (ImportedModel model = ImportedModel.of(g, dir)) {
            TensorInfo info = (TensorInfo) model.inputInfo().get("image").getInfo();
            assertThat(info.getShape()).containsExactly(1, 4, 4, 3);
            assertClose(model.runSingle(Map.of("image", image)), Reference.map(image, Reference::sigmoid));
        }
    }

    @Test
    void signatureOutputsAreFoundByTensorNameWhenTheirKeysAreAliases() throws Exception {
        TfjsGraphBuilder g = new TfjsGraphBuilder().placeholder("x", FLOAT, 2, 3)
                .signatureOutput("activation_segmentation", "Identity_1:0")
                .signatureOutput("output_poseflag", "Identity:0");
        g.node("act", "Sigmoid", "x");
        g.node("Identity", "Identity", "act");
        g.node("Identity_1", "Relu", "x");
        g.node("unused", "Sqrt", "x"); // read by nothing, but not in the signature: not an output
        HostTensor x = HostTensor.randomFloats(random, -3, 3, 2, 3);

        try (ImportedModel model = ImportedModel.of(g, dir)) {
            assertThat(model.onnx().outputs()).extracting(OnnxValueInfo::name)
                    .containsExactly("Identity_1", "Identity");
            List<HostTensor> out = model.run(Map.of("x", x));
            assertExact(out.get(0), Reference.map(x, Reference::relu));
            assertClose(out.get(1), Reference.map(x, Reference::sigmoid));
        }
    }

    /** A half-precision bit pattern and the float it stands for, both derived from sign, exponent and mantissa. */
    private record Half(short bits, float value) {
        /** {@code ±(1 + mantissa / 1024) · 2^exponent}, exponent in [-14, 15]. */
        static Half normal(boolean negative, int exponent, int mantissa) {
            int bits = (negative ? 0x8000 : 0) | (exponent + 15) << 10 | mantissa;
            double magnitude = (1 + mantissa / 1024.0) * Math.pow(2, exponent);
            return new Half((short) bits, (float) (negative ? -magnitude : magnitude));
        }

        /** {@code ±mantissa · 2^-24}: exponent bits all zero. */
        static Half subnormal(boolean negative, int mantissa) {
            int bits = (negative ? 0x8000 : 0) | mantissa;
            double magnitude = mantissa * Math.pow(2, -24);
            return new Half((short) bits, (float) (negative ? -magnitude : magnitude));
        }
    }
}
