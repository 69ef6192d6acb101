package dev.formcheck.modelimport;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;
import java.util.Random;

import static dev.formcheck.modelimport.HostTensor.Kind.FLOAT;
import static dev.formcheck.modelimport.HostTensor.Kind.INT32;
import static dev.formcheck.modelimport.TensorAssertions.assertClose;
import static dev.formcheck.modelimport.TensorAssertions.assertExact;
import static org.assertj.core.api.Assertions.assertThat;

/** Sub, Mul, AddV2, RealDiv, SquaredDifference, FloorDiv, Sqrt, Sigmoid, Cast and Identity on computed tensors. */
class ElementwiseTranslatorTest {
    @TempDir
    Path dir;

    private final Random random = new Random(2);

    @Test
    void subKeepsOperandOrderWhenTheConstantComesFirst() throws Exception {
        HostTensor c = HostTensor.randomFloats(random, -3, 3, 4);
        HostTensor x = HostTensor.randomFloats(random, -3, 3, 2, 3, 4);
        TfjsGraphBuilder g = new TfjsGraphBuilder().placeholder("x", FLOAT, 2, 3, 4).constant("c", c);
        g.node("diff", "Sub", "c", "x");

        assertClose(run(g, Map.of("x", x)), Reference.broadcast(c, x, (a, b) -> a - b));
    }

    @Test
    void mulBroadcastsTwoComputedTensorsAgainstEachOther() throws Exception {
        HostTensor x = HostTensor.randomFloats(random, -3, 3, 2, 1, 4);
        HostTensor y = HostTensor.randomFloats(random, -3, 3, 3, 1);
        TfjsGraphBuilder g = new TfjsGraphBuilder().placeholder("x", FLOAT, 2, 1, 4).placeholder("y", FLOAT, 3, 1);
        g.node("product", "Mul", "x", "y");

        HostTensor out = run(g, Map.of("x", x, "y", y));
        assertThat(out.shape()).containsExactly(2, 3, 4);
        assertClose(out, Reference.broadcast(x, y, (a, b) -> a * b));
    }

    @Test
    void addV2BroadcastsComputedTensorsOfDifferentRank() throws Exception {
        HostTensor x = HostTensor.randomFloats(random, -3, 3, 3, 1, 5);
        HostTensor y = HostTensor.randomFloats(random, -3, 3, 4, 1);
        TfjsGraphBuilder g = new TfjsGraphBuilder().placeholder("x", FLOAT, 3, 1, 5).placeholder("y", FLOAT, 4, 1);
        g.node("sum", "AddV2", "x", "y");

        assertClose(run(g, Map.of("x", x, "y", y)), Reference.broadcast(x, y, Double::sum));
    }

    @Test
    void realDivDividesByABroadcastConstant() throws Exception {
        HostTensor x = HostTensor.randomFloats(random, -3, 3, 2, 3, 4);
        HostTensor c = HostTensor.randomFloats(random, 0.5, 2, 3, 1);
        TfjsGraphBuilder g = new TfjsGraphBuilder().placeholder("x", FLOAT, 2, 3, 4).constant("c", c);
        g.node("ratio", "RealDiv", "x", "c");

        assertClose(run(g, Map.of("x", x)), Reference.broadcast(x, c, (a, b) -> a / b));
    }

    @Test
    void squaredDifferenceIsTheSquareOfTheBroadcastDifference() throws Exception {
        HostTensor x = HostTensor.randomFloats(random, -3, 3, 2, 3, 4);
        HostTensor y = HostTensor.randomFloats(random, -3, 3, 3, 4);
        TfjsGraphBuilder g = new TfjsGraphBuilder().placeholder("x", FLOAT, 2, 3, 4).placeholder("y", FLOAT, 3, 4);
        g.node("sq", "SquaredDifference", "x", "y");

        assertClose(run(g, Map.of("x", x, "y", y)), Reference.broadcast(x, y, (a, b) -> (a - b) * (a - b)));
    }

    @Test
    void sqrtMatchesReferenceOnPositiveInputs() throws Exception {
        HostTensor x = HostTensor.randomFloats(random, 0, 50, 3, 7);
        TfjsGraphBuilder g = new TfjsGraphBuilder().placeholder("x", FLOAT, 3, 7);
        g.node("root", "Sqrt", "x");

        assertClose(run(g, Map.of("x", x)), Reference.map(x, Math::sqrt));
    }

    @Test
    void sigmoidMatchesReferenceAcrossItsRange() throws Exception {
        HostTensor x = HostTensor.randomFloats(random, -10, 10, 4, 9);
        TfjsGraphBuilder g = new TfjsGraphBuilder().placeholder("x", FLOAT, 4, 9);
        g.node("act", "Sigmoid", "x");

        assertClose(run(g, Map.of("x", x)), Reference.map(x, Reference::sigmoid));
    }

    @Test
    void floorDivOfIntegersRoundsTowardNegativeInfinityLikeTensorFlow() throws Exception {
        HostTensor x = HostTensor.randomInts(random, -50, 50, 4, 5);
        HostTensor y = HostTensor.ints(new int[] {5}, 3, -4, 7, -2, 5);
        TfjsGraphBuilder g = new TfjsGraphBuilder().placeholder("x", INT32, 4, 5).placeholder("y", INT32, 5);
        g.node("q", "FloorDiv", "x", "y").type("T", INT32);
        HostTensor expected = Reference.broadcast(x, y, (a, b) -> Math.floorDiv((int) a, (int) b));
        HostTensor truncated = Reference.broadcast(x, y, (a, b) -> (int) a / (int) b);
        assertThat(differingElements(expected, truncated)).as("cases where flooring and truncation differ")
                .isGreaterThan(3);

        assertExact(run(g, Map.of("x", x, "y", y)), expected);
    }

    @Test
    void floorDivOfFloatsFloorsTheQuotient() throws Exception {
        HostTensor x = HostTensor.randomFloats(random, -10, 10, 3, 4);
        HostTensor y = HostTensor.floats(new int[] {4}, 2.5f, -1.5f, 0.75f, -3f);
        TfjsGraphBuilder g = new TfjsGraphBuilder().placeholder("x", FLOAT, 3, 4).placeholder("y", FLOAT, 4);
        g.node("q", "FloorDiv", "x", "y");

        // floor of the float32 quotient, as TensorFlow computes it
        assertExact(run(g, Map.of("x", x, "y", y)), Reference.broadcast(x, y, (a, b) -> Math.floor((float) (a / b))));
    }

    @Test
    void castFromInt32ToFloatKeepsTheValues() throws Exception {
        HostTensor x = HostTensor.randomInts(random, -100_000, 100_000, 2, 3, 4);
        TfjsGraphBuilder g = new TfjsGraphBuilder().placeholder("x", INT32, 2, 3, 4);
        g.node("xf", "Cast", "x").type("SrcT", INT32).type("DstT", FLOAT);

        assertExact(run(g, Map.of("x", x)), Reference.map(x, FLOAT, v -> v));
    }

    @Test
    void castFromFloatToInt32TruncatesTowardZero() throws Exception {
        HostTensor x = HostTensor.floats(new int[] {2, 5},
                -2.7f, -0.5f, 0.5f, 2.7f, -3f,
                1000.99f, -1000.99f, 7.0001f, -0.0001f, 123456.5f);
        TfjsGraphBuilder g = new TfjsGraphBuilder().placeholder("x", FLOAT, 2, 5);
        g.node("xi", "Cast", "x").type("SrcT", FLOAT).type("DstT", INT32);

        assertExact(run(g, Map.of("x", x)), HostTensor.ints(new int[] {2, 5},
                -2, 0, 0, 2, -3,
                1000, -1000, 7, 0, 123456));
    }

    @Test
    void identityEmitsNoNodeOfItsOwn() throws Exception {
        HostTensor x = HostTensor.randomFloats(random, -3, 3, 2, 5);
        TfjsGraphBuilder g = new TfjsGraphBuilder().placeholder("x", FLOAT, 2, 5);
        g.node("same", "Identity", "x");
        g.node("act", "Sigmoid", "same");

        try (ImportedModel model = ImportedModel.of(g, dir)) {
            // the only Identity is the one naming the graph output
            assertThat(model.opTypes()).containsExactly("Sigmoid", "Identity");
            assertClose(model.runSingle(Map.of("x", x)), Reference.map(x, Reference::sigmoid));
        }
    }

    private HostTensor run(TfjsGraphBuilder g, Map<String, HostTensor> inputs) throws Exception {
        try (ImportedModel model = ImportedModel.of(g, dir)) {
            return model.runSingle(inputs);
        }
    }

    private static int differingElements(HostTensor a, HostTensor b) {
        int n = 0;
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i) != b.get(i)) {
                n++;
            }
        }
        return n;
    }
}
