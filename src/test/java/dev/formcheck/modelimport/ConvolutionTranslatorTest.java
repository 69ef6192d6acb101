package dev.formcheck.modelimport;

import dev.formcheck.modelimport.Reference.Padding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.DoublePredicate;

import static dev.formcheck.modelimport.HostTensor.Kind.FLOAT;
import static dev.formcheck.modelimport.TensorAssertions.assertClose;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * _FusedConv2D, Conv2D, DepthwiseConv2dNative and FusedDepthwiseConv2dNative against naive NHWC
 * convolutions, and the elementwise ops that consume their channels-first results.
 */
class ConvolutionTranslatorTest {
    @TempDir
    Path dir;

    private final Random random = new Random(4);

    @Test
    void fusedConvWithBiasAddMatchesReferenceWithValidPadding() throws Exception {
        Conv conv = new Conv("_FusedConv2D", uniform(1, 6, 7, 3), uniform(3, 3, 3, 4), 1, 1, Padding.VALID)
                .withBias(uniform(4));

        HostTensor out = conv.run();
        assertThat(out.shape()).containsExactly(1, 4, 5, 4);
        assertClose(out, Reference.biasAdd(Reference.conv2d(conv.x, conv.filter, 1, 1, Padding.VALID), conv.bias));
    }

    @Test
    void fusedConvWithSamePaddingAndStrideTwoMatchesReferenceOnOddSizes() throws Exception {
        // H = 7 pads one row on each side; W = 8 pads only at the end, as TF does
        Conv conv = new Conv("_FusedConv2D", uniform(1, 7, 8, 2), uniform(3, 3, 2, 5), 2, 1, Padding.SAME)
                .withBias(uniform(5)).withActivation("Relu");

        HostTensor out = conv.run();
        assertThat(out.shape()).containsExactly(1, 4, 4, 5);
        assertClose(out, Reference.map(
                Reference.biasAdd(Reference.conv2d(conv.x, conv.filter, 2, 1, Padding.SAME), conv.bias), Reference::relu));
    }

    @Test
    void fusedConvWithRelu6ClampsToZeroAndSixWithAnEvenKernel() throws Exception {
        HostTensor x = HostTensor.randomFloats(random, -3, 3, 1, 8, 8, 3);
        Conv conv = new Conv("_FusedConv2D", x, uniform(2, 2, 3, 4), 1, 1, Padding.SAME)
                .withBias(HostTensor.floats(new int[] {4}, 3f, -1f, 0.5f, 2f)).withActivation("Relu6");
        HostTensor linear = Reference.biasAdd(Reference.conv2d(conv.x, conv.filter, 1, 1, Padding.SAME), conv.bias);
        assertThat(countWhere(linear, v -> v < 0)).as("values Relu6 raises to 0").isPositive();
        assertThat(countWhere(linear, v -> v > 6)).as("values Relu6 clamps to 6").isPositive();

        assertClose(conv.run(), Reference.map(linear, Reference::relu6));
    }

    @Test
    void fusedConvWithDilationTwoMatchesReference() throws Exception {
        Conv conv = new Conv("_FusedConv2D", uniform(1, 9, 8, 3), uniform(3, 3, 3, 2), 1, 2, Padding.SAME)
                .withBias(uniform(2));

        assertClose(conv.run(), Reference.biasAdd(Reference.conv2d(conv.x, conv.filter, 1, 2, Padding.SAME), conv.bias));
    }

    @Test
    void plainConv2DWithValidPaddingAndStrideTwoMatchesReference() throws Exception {
        Conv conv = new Conv("Conv2D", uniform(1, 9, 7, 2), uniform(3, 3, 2, 3), 2, 1, Padding.VALID);

        HostTensor out = conv.run();
        assertThat(out.shape()).containsExactly(1, 4, 3, 3);
        assertClose(out, Reference.conv2d(conv.x, conv.filter, 2, 1, Padding.VALID));
    }

    @Test
    void depthwiseConvWithChannelMultiplierOneMatchesReference() throws Exception {
        Conv conv = new Conv("DepthwiseConv2dNative", uniform(1, 7, 7, 3), uniform(3, 3, 3, 1), 1, 1, Padding.SAME);

        assertClose(conv.run(), Reference.depthwiseConv2d(conv.x, conv.filter, 1, 1, Padding.SAME));
    }

    @Test
    void depthwiseConvWithChannelMultiplierTwoOrdersOutputChannelsByInputChannelFirst() throws Exception {
        Conv conv = new Conv("DepthwiseConv2dNative", uniform(1, 8, 7, 3), uniform(3, 3, 3, 2), 2, 1, Padding.VALID);

        HostTensor out = conv.run();
        assertThat(out.shape()).containsExactly(1, 3, 3, 6);
        assertClose(out, Reference.depthwiseConv2d(conv.x, conv.filter, 2, 1, Padding.VALID));
    }

    @Test
    void fusedDepthwiseConvWithBiasAndRelu6MatchesReferenceWithSamePaddingAndStrideTwo() throws Exception {
        HostTensor x = HostTensor.randomFloats(random, -4, 4, 1, 9, 6, 4);
        Conv conv = new Conv("FusedDepthwiseConv2dNative", x, uniform(3, 3, 4, 1), 2, 1, Padding.SAME)
                .withBias(HostTensor.floats(new int[] {4}, 2f, -0.5f, 4f, 0f)).withActivation("Relu6");
        HostTensor linear = Reference.biasAdd(Reference.depthwiseConv2d(conv.x, conv.filter, 2, 1, Padding.SAME), conv.bias);
        assertThat(countWhere(linear, v -> v < 0 || v > 6)).as("values Relu6 changes").isPositive();

        assertClose(conv.run(), Reference.map(linear, Reference::relu6));
    }

    @Test
    void fusedDepthwiseConvWithDilationAndMultiplierTwoMatchesReference() throws Exception {
        Conv conv = new Conv("FusedDepthwiseConv2dNative", uniform(1, 8, 9, 2), uniform(3, 3, 2, 2), 1, 2, Padding.SAME)
                .withBias(uniform(4));

        assertClose(conv.run(), Reference.biasAdd(Reference.depthwiseConv2d(conv.x, conv.filter, 1, 2, Padding.SAME), conv.bias));
    }

    @Test
    void addV2CombinesAChannelsFirstConvOutputWithAChannelConstantAndAScalarWithoutTransposing() throws Exception {
        HostTensor x = uniform(1, 5, 6, 3);
        HostTensor filter = uniform(3, 3, 3, 4);
        HostTensor perChannel = uniform(1, 1, 1, 4);
        HostTensor scalar = HostTensor.floats(new int[0], 0.75f);
        TfjsGraphBuilder g = new TfjsGraphBuilder().placeholder("x", FLOAT, 1, 5, 6, 3)
                .constant("filter", filter).constant("per_channel", perChannel).constant("scalar", scalar);
        convNode(g, "conv", "Conv2D", "x", "filter", 1, 1, Padding.SAME);
        g.node("plus_channel", "AddV2", "conv", "per_channel");
        g.node("plus_scalar", "AddV2", "scalar", "plus_channel");

        try (ImportedModel model = ImportedModel.of(g, dir)) {
            // one Transpose into NCHW for the convolution, one back to NHWC for the graph output
            assertThat(model.count("Transpose")).isEqualTo(2);
            HostTensor conv = Reference.conv2d(x, filter, 1, 1, Padding.SAME);
            HostTensor expected = Reference.broadcast(scalar, Reference.broadcast(conv, perChannel, Double::sum), Double::sum);
            assertClose(model.runSingle(Map.of("x", x)), expected);
        }
    }

    @Test
    void mulAndSubOfTwoChannelsFirstConvOutputsNeedNoTranspose() throws Exception {
        HostTensor x = uniform(1, 6, 7, 2);
        HostTensor f1 = uniform(3, 3, 2, 3);
        HostTensor f2 = uniform(1, 1, 2, 1);
        TfjsGraphBuilder g = new TfjsGraphBuilder().placeholder("x", FLOAT, 1, 6, 7, 2).constant("f1", f1).constant("f2", f2);
        convNode(g, "features", "Conv2D", "x", "f1", 1, 1, Padding.SAME);
        convNode(g, "mask", "Conv2D", "x", "f2", 1, 1, Padding.SAME);
        g.node("gated", "Mul", "features", "mask");          // [1, 6, 7, 3] * [1, 6, 7, 1]
        g.node("residual", "Sub", "features", "gated");

        try (ImportedModel model = ImportedModel.of(g, dir)) {
            assertThat(model.count("Transpose")).isEqualTo(2);
            HostTensor features = Reference.conv2d(x, f1, 1, 1, Padding.SAME);
            HostTensor gated = Reference.broadcast(features, Reference.conv2d(x, f2, 1, 1, Padding.SAME), (a, b) -> a * b);
            assertClose(model.runSingle(Map.of("x", x)), Reference.broadcast(features, gated, (a, b) -> a - b));
        }
    }

    @Test
    void concatV2OfTwoConvOutputsOnTheChannelAxisStaysChannelsFirst() throws Exception {
        HostTensor x = uniform(1, 6, 5, 3);
        HostTensor f1 = uniform(3, 3, 3, 2);
        HostTensor f2 = uniform(1, 1, 3, 3);
        TfjsGraphBuilder g = new TfjsGraphBuilder().placeholder("x", FLOAT, 1, 6, 5, 3)
                .constant("f1", f1).constant("f2", f2).scalar("axis", 3);
        convNode(g, "c1", "Conv2D", "x", "f1", 1, 1, Padding.SAME);
        convNode(g, "c2", "Conv2D", "x", "f2", 1, 1, Padding.SAME);
        g.node("joined", "ConcatV2", "c1", "c2", "axis").i("N", 2);

        try (ImportedModel model = ImportedModel.of(g, dir)) {
            // the input is transposed once for both convolutions; the concatenation needs none
            assertThat(model.count("Transpose")).isEqualTo(2);
            HostTensor out = model.runSingle(Map.of("x", x));
            assertThat(out.shape()).containsExactly(1, 6, 5, 5);
            assertClose(out, concatChannels(Reference.conv2d(x, f1, 1, 1, Padding.SAME),
                    Reference.conv2d(x, f2, 1, 1, Padding.SAME)));
        }
    }

    /** One convolution node fed by placeholder {@code x}, with its filter and optional bias as constants. */
    private final class Conv {
        final String op;
        final HostTensor x;
        final HostTensor filter;
        final int stride;
        final int dilation;
        final Padding padding;
        HostTensor bias;
        String activation;

        Conv(String op, HostTensor x, HostTensor filter, int stride, int dilation, Padding padding) {
            this.op = op;
            this.x = x;
            this.filter = filter;
            this.stride = stride;
            this.dilation = dilation;
            this.padding = padding;
        }

        Conv withBias(HostTensor b) {
            bias = b;
            return this;
        }

        Conv withActivation(String a) {
            activation = a;
            return this;
        }

        HostTensor run() throws Exception {
            TfjsGraphBuilder g = new TfjsGraphBuilder().placeholder("x", FLOAT, x.shape()).constant("conv/filter", filter);
            List<String> fused = new ArrayList<>();
            if (bias != null) {
                g.constant("conv/bias", bias);
                fused.add("BiasAdd");
            }
            if (activation != null) {
                fused.add(activation);
            }
            TfjsGraphBuilder.Node node = bias == null
                    ? convNode(g, "conv", op, "x", "conv/filter", stride, dilation, padding)
                    : convNode(g, "conv", op, "x", "conv/filter", stride, dilation, padding, "conv/bias");
            if (!fused.isEmpty()) {
                node.strings("fused_ops", fused.toArray(String[]::new)).i("num_args", 1);
            }
            try (ImportedModel model = ImportedModel.of(g, dir)) {
                return model.runSingle(Map.of("x", x));
            }
        }
    }

    private static TfjsGraphBuilder.Node convNode(TfjsGraphBuilder g, String name, String op, String input, String filter,
                                                  int stride, int dilation, Padding padding, String... extraInputs) {
        List<String> inputs = new ArrayList<>(List.of(input, filter));
        inputs.addAll(List.of(extraInputs));
        return g.node(name, op, inputs.toArray(String[]::new))
                .type("T", FLOAT)
                .ints("strides", 1, stride, stride, 1)
                .ints("dilations", 1, dilation, dilation, 1)
                .s("padding", padding.name())
                .s("data_format", "NHWC");
    }

    private HostTensor uniform(int... shape) {
        return HostTensor.randomFloats(random, -1, 1, shape);
    }

    private static int countWhere(HostTensor t, DoublePredicate p) {
        int n = 0;
        for (int i = 0; i < t.size(); i++) {
            n += p.test(t.get(i)) ? 1 : 0;
        }
        return n;
    }

    /** NHWC tensors with equal N, H, W joined along C. */
    private static HostTensor concatChannels(HostTensor a, HostTensor b) {
        int[] s = a.shape();
        int ca = s[3];
        int cb = b.shape()[3];
        double[] out = new double[s[0] * s[1] * s[2] * (ca + cb)];
        int pos = 0;
        for (int n = 0; n < s[0]; n++) {
            for (int y = 0; y < s[1]; y++) {
                for (int x = 0; x < s[2]; x++) {
                    for (int c = 0; c < ca; c++) {
                        out[pos++] = a.at(n, y, x, c);
                    }
                    for (int c = 0; c < cb; c++) {
                        out[pos++] = b.at(n, y, x, c);
                    }
                }
            }
        }
        return new HostTensor(FLOAT, new int[] {s[0], s[1], s[2], ca + cb}, out);
    }
}
