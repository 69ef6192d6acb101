package dev.formcheck.modelimport;

import dev.formcheck.modelimport.Reference.Padding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;
import java.util.Random;

import static dev.formcheck.modelimport.HostTensor.Kind.FLOAT;
import static dev.formcheck.modelimport.TensorAssertions.assertClose;
import static dev.formcheck.modelimport.TensorAssertions.assertExact;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pad, MaxPool and Relu6, the ops BlazePose's landmark model adds to MoveNet's, against naive
 * references, both on graph inputs (native layout) and on convolution outputs (channels-first).
 */
class PaddingAndPoolingTranslatorTest {
    @TempDir
    Path dir;

    private final Random random = new Random(6);

    @Test
    void padOfAGraphInputAddsZerosBeforeAndAfterEachAxisInTfOrder() throws Exception {
        HostTensor x = uniform(1, 3, 4, 2);
        int[] paddings = {0, 0, 1, 2, 3, 0, 0, 1};
        TfjsGraphBuilder g = new TfjsGraphBuilder().placeholder("x", FLOAT, 1, 3, 4, 2)
                .constant("paddings", HostTensor.ints(new int[] {4, 2}, paddings));
        g.node("padded", "Pad", "x", "paddings");

        try (ImportedModel model = ImportedModel.of(g, dir)) {
            assertThat(model.count("Transpose")).as("a native pad needs no layout change").isZero();
            HostTensor out = model.runSingle(Map.of("x", x));
            assertThat(out.shape()).containsExactly(1, 6, 7, 3);
            assertExact(out, Reference.pad(x, paddings));
        }
    }

    @Test
    void padOfARankThreeInputPadsEveryAxis() throws Exception {
        HostTensor x = uniform(2, 3, 4);
        int[] paddings = {1, 0, 0, 2, 2, 1};
        TfjsGraphBuilder g = new TfjsGraphBuilder().placeholder("x", FLOAT, 2, 3, 4)
                .constant("paddings", HostTensor.ints(new int[] {3, 2}, paddings));
        g.node("padded", "Pad", "x", "paddings");

        assertExact(run(g, x), Reference.pad(x, paddings));
    }

    @Test
    void padOfAChannelsFirstConvOutputPermutesItsPairsIncludingTheChannelAxis() throws Exception {
        HostTensor x = uniform(1, 5, 4, 3);
        HostTensor filter = uniform(1, 1, 3, 2);
        // every pair differs, so a pair applied to the wrong axis changes the shape or the values
        int[] paddings = {0, 0, 2, 1, 0, 3, 1, 2};
        TfjsGraphBuilder g = new TfjsGraphBuilder().placeholder("x", FLOAT, 1, 5, 4, 3).constant("filter", filter)
                .constant("paddings", HostTensor.ints(new int[] {4, 2}, paddings));
        conv(g, "conv", "x", "filter");
        g.node("padded", "Pad", "conv", "paddings");

        try (ImportedModel model = ImportedModel.of(g, dir)) {
            // into NCHW for the convolution, back to NHWC only for the graph output
            assertThat(model.count("Transpose")).isEqualTo(2);
            HostTensor out = model.runSingle(Map.of("x", x));
            assertThat(out.shape()).containsExactly(1, 8, 7, 5);
            assertClose(out, Reference.pad(Reference.conv2d(x, filter, 1, 1, Padding.VALID), paddings));
        }
    }

    @Test
    void maxPoolWithValidPaddingKeepsOnlyFullWindowsOnOddSizes() throws Exception {
        HostTensor x = uniform(1, 7, 9, 3);
        assertMaxPoolMatchesReference(x, 3, 2, Padding.VALID, 1, 3, 4, 3);
    }

    @Test
    void maxPoolTwoByTwoStrideTwoAsBlazePoseUsesItDropsTheOddLastRowAndColumn() throws Exception {
        HostTensor x = uniform(1, 9, 7, 2);
        assertMaxPoolMatchesReference(x, 2, 2, Padding.VALID, 1, 4, 3, 2);
    }

    @Test
    void maxPoolWithSamePaddingNeverLetsThePaddingWinOnAllNegativeInputs() throws Exception {
        // H = 7 with a 3x3 window and stride 2 pads one row on each side; W = 6 pads only at the end
        HostTensor x = HostTensor.randomFloats(random, -5, -1, 1, 7, 6, 2);
        assertMaxPoolMatchesReference(x, 3, 2, Padding.SAME, 1, 4, 3, 2);
    }

    @Test
    void maxPoolWithSamePaddingOnAChannelsFirstConvOutputMatchesReference() throws Exception {
        HostTensor x = uniform(1, 5, 5, 2);
        HostTensor filter = uniform(3, 3, 2, 3);
        TfjsGraphBuilder g = new TfjsGraphBuilder().placeholder("x", FLOAT, 1, 5, 5, 2).constant("filter", filter);
        conv(g, "conv", "x", "filter");
        maxPool(g, "pool", "conv", 2, 2, Padding.SAME);

        HostTensor out = run(g, x);
        assertThat(out.shape()).containsExactly(1, 2, 2, 3);
        assertClose(out, Reference.maxPool(Reference.conv2d(x, filter, 1, 1, Padding.VALID), 2, 2, 2, Padding.SAME));
    }

    @Test
    void relu6OfAGraphInputClampsToZeroAndSix() throws Exception {
        HostTensor x = HostTensor.randomFloats(random, -4, 10, 3, 8);
        TfjsGraphBuilder g = new TfjsGraphBuilder().placeholder("x", FLOAT, 3, 8);
        g.node("act", "Relu6", "x");

        assertExact(run(g, x), Reference.map(x, Reference::relu6));
    }

    @Test
    void relu6OfAChannelsFirstConvOutputStaysChannelsFirst() throws Exception {
        HostTensor x = HostTensor.randomFloats(random, -4, 4, 1, 6, 5, 3);
        HostTensor filter = HostTensor.randomFloats(random, -2, 2, 3, 3, 3, 4);
        TfjsGraphBuilder g = new TfjsGraphBuilder().placeholder("x", FLOAT, 1, 6, 5, 3).constant("filter", filter);
        conv(g, "conv", "x", "filter");
        g.node("act", "Relu6", "conv");
        HostTensor linear = Reference.conv2d(x, filter, 1, 1, Padding.VALID);

        try (ImportedModel model = ImportedModel.of(g, dir)) {
            assertThat(model.count("Transpose")).isEqualTo(2);
            HostTensor out = model.runSingle(Map.of("x", x));
            assertThat(countOutside(linear, 0, 6)).as("values Relu6 changes").isPositive();
            assertClose(out, Reference.map(linear, Reference::relu6));
        }
    }

    /** Max-pools graph input {@code x} alone and checks the shape and every value against the reference. */
    private void assertMaxPoolMatchesReference(HostTensor x, int window, int stride, Padding padding,
                                               int... expectedShape) throws Exception {
        TfjsGraphBuilder g = new TfjsGraphBuilder().placeholder("x", FLOAT, x.shape());
        maxPool(g, "pool", "x", window, stride, padding);

        HostTensor out = run(g, x);
        assertThat(out.shape()).containsExactly(expectedShape);
        assertExact(out, Reference.maxPool(x, window, window, stride, padding));
    }

    private HostTensor run(TfjsGraphBuilder g, HostTensor x) throws Exception {
        try (ImportedModel model = ImportedModel.of(g, dir)) {
            return model.runSingle(Map.of("x", x));
        }
    }

    /** A plain VALID Conv2D with stride 1: its output is channels-first inside the imported graph. */
    private static void conv(TfjsGraphBuilder g, String name, String input, String filter) {
        g.node(name, "Conv2D", input, filter).type("T", FLOAT)
                .ints("strides", 1, 1, 1, 1).s("padding", "VALID").s("data_format", "NHWC");
    }

    private static void maxPool(TfjsGraphBuilder g, String name, String input, int window, int stride, Padding padding) {
        g.node(name, "MaxPool", input).type("T", FLOAT)
                .ints("ksize", 1, window, window, 1).ints("strides", 1, stride, stride, 1)
                .s("padding", padding.name()).s("data_format", "NHWC");
    }

    private HostTensor uniform(int... shape) {
        return HostTensor.randomFloats(random, -1, 1, shape);
    }

    private static int countOutside(HostTensor t, double low, double high) {
        int n = 0;
        for (int i = 0; i < t.size(); i++) {
            n += t.get(i) < low || t.get(i) > high ? 1 : 0;
        }
        return n;
    }
}
