package dev.formcheck.modelimport;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.DoubleBinaryOperator;
import java.util.stream.Stream;

import static dev.formcheck.modelimport.HostTensor.Kind.FLOAT;
import static dev.formcheck.modelimport.HostTensor.Kind.INT32;
import static dev.formcheck.modelimport.TensorAssertions.assertClose;
import static dev.formcheck.modelimport.TensorAssertions.assertExact;
import static org.assertj.core.api.Assertions.assertThat;

/** A node whose inputs are all constants is evaluated at import time and emits no ONNX node. */
class ConstantFoldingTest {
    @TempDir
    Path dir;

    @Test
    void constantSubgraphFeedingAComputedNodeLeavesOnlyThatNodeAndOneInitializer() throws Exception {
        Random random = new Random(6);
        HostTensor a = HostTensor.randomFloats(random, -1, 1, 2, 3);
        HostTensor b = HostTensor.randomFloats(random, -1, 1, 3);
        HostTensor c = HostTensor.randomFloats(random, -1, 1, 2, 1);
        HostTensor x = HostTensor.randomFloats(random, -1, 1, 2, 3);
        TfjsGraphBuilder g = new TfjsGraphBuilder().placeholder("x", FLOAT, 2, 3)
                .constant("a", a).constant("b", b).constant("c", c);
        g.node("ab", "AddV2", "a", "b");
        g.node("abc", "Mul", "ab", "c");
        g.node("out", "AddV2", "x", "abc");

        try (ImportedModel model = ImportedModel.of(g, dir)) {
            assertThat(model.opTypes()).containsExactly("Add", "Identity");
            // a, b and c were consumed by folding: only the folded (a + b) * c is stored
            assertThat(model.onnx().initializers()).singleElement()
                    .satisfies(t -> assertThat(t.dims()).containsExactly(2, 3));
            HostTensor folded = Reference.broadcast(Reference.broadcast(a, b, Double::sum), c, (p, q) -> p * q);
            assertClose(model.runSingle(Map.of("x", x)), Reference.broadcast(x, folded, Double::sum));
        }
    }

    /**
     * A graph of constants feeding one node {@code out}, and the value that node must have;
     * {@code exact} for integer and pure data-movement results, which must match bit for bit.
     */
    record FoldCase(String op, Consumer<TfjsGraphBuilder> graph, HostTensor expected, boolean exact) {
        @Override
        public String toString() {
            return op;
        }
    }

    static Stream<FoldCase> foldableOps() {
        Random random = new Random(7);
        HostTensor a = HostTensor.randomFloats(random, 0.5, 3, 2, 3);
        HostTensor b = HostTensor.randomFloats(random, 0.5, 3, 3);
        HostTensor ia = HostTensor.ints(new int[] {2, 3}, -7, 8, -9, 10, 0, -1);
        HostTensor ib = HostTensor.ints(new int[] {3}, 3, -4, 5);
        return Stream.of(
                binary("AddV2", a, b, Double::sum),
                binary("Sub", a, b, (p, q) -> p - q),
                binary("Mul", a, b, (p, q) -> p * q),
                binary("RealDiv", a, b, (p, q) -> p / q),
                binary("SquaredDifference", a, b, (p, q) -> (p - q) * (p - q)),
                new FoldCase("FloorDiv (int32)", g -> g.constant("a", ia).constant("b", ib)
                        .node("out", "FloorDiv", "a", "b").type("T", INT32),
                        Reference.broadcast(ia, ib, (p, q) -> Math.floorDiv((int) p, (int) q)), true),
                new FoldCase("Sqrt", g -> g.constant("a", a).node("out", "Sqrt", "a"),
                        Reference.map(a, Math::sqrt), false),
                new FoldCase("Sigmoid", g -> g.constant("a", a).node("out", "Sigmoid", "a"),
                        Reference.map(a, Reference::sigmoid), false),
                new FoldCase("Cast", g -> g.constant("a", a).node("out", "Cast", "a").type("DstT", INT32),
                        Reference.map(a, INT32, v -> (int) v), true),
                new FoldCase("Identity", g -> g.constant("a", a).node("out", "Identity", "a"), a, true),
                new FoldCase("Reshape", g -> g.constant("a", a).intVector("shape", 3, -1)
                        .node("out", "Reshape", "a", "shape"), a.reshaped(3, 2), true),
                new FoldCase("ExpandDims", g -> g.constant("a", a).scalar("axis", -1)
                        .node("out", "ExpandDims", "a", "axis"), a.reshaped(2, 3, 1), true),
                new FoldCase("Squeeze", g -> g.constant("a", a.reshaped(2, 1, 3))
                        .node("out", "Squeeze", "a"), a, true),
                new FoldCase("Pack", g -> g.constant("a", ia).constant("b", ia)
                        .node("out", "Pack", "a", "b").i("axis", 0),
                        HostTensor.ints(new int[] {2, 2, 3}, -7, 8, -9, 10, 0, -1, -7, 8, -9, 10, 0, -1), true),
                new FoldCase("ConcatV2", g -> g.constant("a", ia).constant("b", ia).scalar("axis", 0)
                        .node("out", "ConcatV2", "a", "b", "axis"),
                        HostTensor.ints(new int[] {4, 3}, -7, 8, -9, 10, 0, -1, -7, 8, -9, 10, 0, -1), true),
                new FoldCase("Unpack", g -> g.constant("a", ia).node("out", "Unpack", "a").i("num", 2).i("axis", 0),
                        HostTensor.ints(new int[] {3}, -7, 8, -9), true),
                new FoldCase("GatherNd", g -> g.constant("a", ia).constant("idx", HostTensor.ints(new int[] {2, 2}, 1, 0, 0, 2))
                        .node("out", "GatherNd", "a", "idx"),
                        HostTensor.ints(new int[] {2}, 10, -9), true),
                new FoldCase("ArgMax", g -> g.constant("a", ia).scalar("dim", 1)
                        .node("out", "ArgMax", "a", "dim").type("output_type", INT32),
                        HostTensor.ints(new int[] {2}, 1, 0), true));
    }

    private static FoldCase binary(String op, HostTensor a, HostTensor b, DoubleBinaryOperator f) {
        return new FoldCase(op, g -> g.constant("a", a).constant("b", b).node("out", op, "a", "b"),
                Reference.broadcast(a, b, f), false);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("foldableOps")
    void opWithOnlyConstantInputsIsEvaluatedAtImportTime(FoldCase c) throws Exception {
        TfjsGraphBuilder g = new TfjsGraphBuilder();
        c.graph().accept(g);

        try (ImportedModel model = ImportedModel.of(g, dir)) {
            HostTensor out = model.runSingle(Map.of());
            if (c.exact()) {
                assertExact(out, c.expected());
            } else {
                assertClose(out, c.expected());
            }
            assertThat(model.opTypes()).as("ONNX nodes: only the Identity that names the graph output")
                    .containsExactly("Identity");
        }
    }
}
