package dev.formcheck.modelimport;

import dev.formcheck.modelimport.Reference.Padding;
import dev.formcheck.modelimport.onnx.OnnxModel;
import dev.formcheck.modelimport.onnx.OnnxNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static dev.formcheck.modelimport.HostTensor.Kind.FLOAT;
import static dev.formcheck.modelimport.TensorAssertions.assertClose;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the converted graph costs beyond the ops themselves: layout changes between NHWC and NCHW,
 * and the Reshapes that shape-only ops would add.
 */
class LayoutTest {
    @TempDir
    Path dir;

    private final Random random = new Random(8);

    @Test
    void stackOfThreeConvolutionsTransposesOnlyAtTheGraphInputAndOutput() throws Exception {
        HostTensor x = HostTensor.randomFloats(random, -1, 1, 1, 9, 8, 3);
        HostTensor f1 = HostTensor.randomFloats(random, -1, 1, 3, 3, 3, 4);
        HostTensor f2 = HostTensor.randomFloats(random, -1, 1, 3, 3, 4, 1);
        HostTensor f3 = HostTensor.randomFloats(random, -1, 1, 1, 1, 4, 2);
        HostTensor b1 = HostTensor.randomFloats(random, -1, 1, 4);
        TfjsGraphBuilder g = new TfjsGraphBuilder().placeholder("x", FLOAT, 1, 9, 8, 3)
                .constant("f1", f1).constant("b1", b1).constant("f2", f2).constant("f3", f3);
        conv(g, "c1", "_FusedConv2D", 1, "x", "f1", "b1").strings("fused_ops", "BiasAdd", "Relu").i("num_args", 1);
        conv(g, "c2", "DepthwiseConv2dNative", 2, "c1", "f2");
        conv(g, "c3", "Conv2D", 1, "c2", "f3");

        try (ImportedModel model = ImportedModel.of(g, dir)) {
            OnnxModel onnx = model.onnx();
            assertThat(model.count("Conv")).isEqualTo(3);
            assertThat(model.count("Transpose")).as("Transposes: one into NCHW, one back for the output").isEqualTo(2);
            String input = onnx.inputs().get(0).name();
            String output = onnx.outputs().get(0).name();
            List<OnnxNode> transposes = onnx.nodes().stream().filter(n -> n.opType().equals("Transpose")).toList();
            assertThat(transposes.get(0).inputs()).containsExactly(input);
            assertThat(producerOf(onnx, output).inputs()).containsExactly(transposes.get(1).outputs().get(0));

            HostTensor expected = Reference.conv2d(
                    Reference.depthwiseConv2d(
                            Reference.map(Reference.biasAdd(Reference.conv2d(x, f1, 1, 1, Padding.SAME), b1), Reference::relu),
                            f2, 2, 1, Padding.SAME),
                    f3, 1, 1, Padding.SAME);
            assertClose(model.runSingle(Map.of("x", x)), expected);
        }
    }

    @Test
    void expandDimsSqueezeExpandDimsChainThatCancelsOutEmitsNoReshape() throws Exception {
        HostTensor x = HostTensor.randomFloats(random, -3, 3, 2, 1, 3);
        TfjsGraphBuilder g = new TfjsGraphBuilder().placeholder("x", FLOAT, 2, 1, 3)
                .scalar("front", 0).scalar("second", 1);
        g.node("e1", "ExpandDims", "x", "front");     // [1, 2, 1, 3]
        g.node("s", "Squeeze", "e1");                 // [2, 3]
        g.node("e2", "ExpandDims", "s", "second");    // [2, 1, 3]: x's own shape again
        g.node("act", "Sigmoid", "e2");

        try (ImportedModel model = ImportedModel.of(g, dir)) {
            assertThat(model.opTypes()).containsExactly("Sigmoid", "Identity");
            assertClose(model.runSingle(Map.of("x", x)), Reference.map(x, Reference::sigmoid));
        }
    }

    @Test
    void chainOfShapeOnlyOpsCollapsesIntoOneReshape() throws Exception {
        HostTensor x = HostTensor.randomFloats(random, -3, 3, 2, 3);
        TfjsGraphBuilder g = new TfjsGraphBuilder().placeholder("x", FLOAT, 2, 3)
                .scalar("front", 0).scalar("back", -1).intVector("flat", 6, 1);
        g.node("e1", "ExpandDims", "x", "front");     // [1, 2, 3]
        g.node("e2", "ExpandDims", "e1", "back");     // [1, 2, 3, 1]
        g.node("s", "Squeeze", "e2").ints("squeeze_dims", 0);  // [2, 3, 1]
        g.node("r", "Reshape", "s", "flat");          // [6, 1]
        g.node("act", "Sigmoid", "r");

        try (ImportedModel model = ImportedModel.of(g, dir)) {
            assertThat(model.count("Reshape")).isEqualTo(1);
            HostTensor out = model.runSingle(Map.of("x", x));
            assertClose(out, Reference.map(x, Reference::sigmoid).reshaped(6, 1));
        }
    }

    private static TfjsGraphBuilder.Node conv(TfjsGraphBuilder g, String name, String op, int stride, String... inputs) {
        return g.node(name, op, inputs).type("T", FLOAT)
                .ints("strides", 1, stride, stride, 1).s("padding", "SAME").s("data_format", "NHWC");
    }

    private static OnnxNode producerOf(OnnxModel onnx, String tensor) {
        return onnx.nodes().stream().filter(n -> n.outputs().contains(tensor)).findFirst().orElseThrow();
    }
}
