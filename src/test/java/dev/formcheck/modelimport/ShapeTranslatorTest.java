package dev.formcheck.modelimport;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static dev.formcheck.modelimport.HostTensor.Kind.FLOAT;
import static dev.formcheck.modelimport.HostTensor.Kind.INT32;
import static dev.formcheck.modelimport.TensorAssertions.assertExact;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ops that move or select elements without arithmetic: Reshape, ExpandDims, Squeeze, Unpack, Pack,
 * ConcatV2, GatherNd and ArgMax. Their results are compared exactly.
 */
class ShapeTranslatorTest {
    @TempDir
    Path dir;

    private final Random random = new Random(3);

    @Test
    void reshapeResolvesTheMinusOneDimension() throws Exception {
        HostTensor x = HostTensor.randomFloats(random, -1, 1, 2, 3, 4);
        TfjsGraphBuilder g = new TfjsGraphBuilder().placeholder("x", FLOAT, 2, 3, 4).intVector("shape", 3, -1, 2);
        g.node("r", "Reshape", "x", "shape");

        assertExact(runSingle(g, Map.of("x", x)), x.reshaped(3, 4, 2));
    }

    @Test
    void expandDimsInsertsAnAxisCountedFromTheEndForNegativeAxes() throws Exception {
        HostTensor x = HostTensor.randomFloats(random, -1, 1, 2, 3);
        TfjsGraphBuilder g = new TfjsGraphBuilder().placeholder("x", FLOAT, 2, 3)
                .scalar("last", -1).scalar("first", -3).scalar("middle", 1);
        g.node("at_end", "ExpandDims", "x", "last");
        g.node("at_start", "ExpandDims", "x", "first");
        g.node("in_middle", "ExpandDims", "x", "middle");

        List<HostTensor> out = run(g, Map.of("x", x));
        assertExact(out.get(0), x.reshaped(2, 3, 1));
        assertExact(out.get(1), x.reshaped(1, 2, 3));
        assertExact(out.get(2), x.reshaped(2, 1, 3));
    }

    @Test
    void squeezeRemovesOnlyTheListedAxesIncludingNegativeOnes() throws Exception {
        HostTensor x = HostTensor.randomFloats(random, -1, 1, 1, 3, 1, 4);
        TfjsGraphBuilder g = new TfjsGraphBuilder().placeholder("x", FLOAT, 1, 3, 1, 4);
        g.node("drop_h", "Squeeze", "x").ints("squeeze_dims", -2);
        g.node("drop_both", "Squeeze", "x").ints("squeeze_dims", 0, 2);

        List<HostTensor> out = run(g, Map.of("x", x));
        assertExact(out.get(0), x.reshaped(1, 3, 4));
        assertExact(out.get(1), x.reshaped(3, 4));
    }

    @Test
    void squeezeWithoutListedAxesRemovesEverySizeOneAxis() throws Exception {
        HostTensor x = HostTensor.randomFloats(random, -1, 1, 1, 3, 1, 4, 1);
        TfjsGraphBuilder g = new TfjsGraphBuilder().placeholder("x", FLOAT, 1, 3, 1, 4, 1);
        g.node("s", "Squeeze", "x");

        assertExact(runSingle(g, Map.of("x", x)), x.reshaped(3, 4));
    }

    @Test
    void unpackOfOneSliceDropsTheAxisOnAxisZeroAndOne() throws Exception {
        HostTensor a = HostTensor.randomFloats(random, -1, 1, 1, 4, 5);
        HostTensor b = HostTensor.randomFloats(random, -1, 1, 3, 1, 5);
        TfjsGraphBuilder g = new TfjsGraphBuilder().placeholder("a", FLOAT, 1, 4, 5).placeholder("b", FLOAT, 3, 1, 5);
        g.node("ua", "Unpack", "a").i("num", 1).i("axis", 0);
        g.node("ub", "Unpack", "b").i("num", 1).i("axis", 1);

        List<HostTensor> out = run(g, Map.of("a", a, "b", b));
        assertExact(out.get(0), a.reshaped(4, 5));
        assertExact(out.get(1), b.reshaped(3, 5));
    }

    @Test
    void unpackAlongAxisZeroReturnsEachSlice() throws Exception {
        HostTensor x = HostTensor.randomFloats(random, -1, 1, 3, 2, 4);
        TfjsGraphBuilder g = new TfjsGraphBuilder().placeholder("x", FLOAT, 3, 2, 4);
        g.node("u", "Unpack", "x").i("num", 3).i("axis", 0);
        g.node("s0", "Identity", "u");
        g.node("s1", "Identity", "u:1");
        g.node("s2", "Identity", "u:2");

        List<HostTensor> out = run(g, Map.of("x", x));
        for (int k = 0; k < 3; k++) {
            assertExact(out.get(k), slice(x, 0, k));
        }
    }

    @Test
    void unpackAlongAxisOneReturnsEachSlice() throws Exception {
        HostTensor x = HostTensor.randomFloats(random, -1, 1, 2, 3, 4);
        TfjsGraphBuilder g = new TfjsGraphBuilder().placeholder("x", FLOAT, 2, 3, 4);
        g.node("u", "Unpack", "x").i("num", 3).i("axis", 1);
        g.node("s0", "Identity", "u:0");
        g.node("s1", "Identity", "u:1");
        g.node("s2", "Identity", "u:2");

        List<HostTensor> out = run(g, Map.of("x", x));
        for (int k = 0; k < 3; k++) {
            assertExact(out.get(k), slice(x, 1, k));
        }
    }

    @Test
    void packStacksComputedAndConstantTensorsOnAxisZero() throws Exception {
        HostTensor x = HostTensor.randomFloats(random, -1, 1, 2, 3);
        HostTensor y = HostTensor.randomFloats(random, -1, 1, 2, 3);
        HostTensor c = HostTensor.randomFloats(random, -1, 1, 2, 3);
        TfjsGraphBuilder g = new TfjsGraphBuilder().placeholder("x", FLOAT, 2, 3).placeholder("y", FLOAT, 2, 3)
                .constant("c", c);
        g.node("stacked", "Pack", "x", "c", "y").i("N", 3).i("axis", 0);

        assertExact(runSingle(g, Map.of("x", x, "y", y)), stack(List.of(x, c, y), 0));
    }

    @Test
    void packStacksOnAxisOne() throws Exception {
        HostTensor x = HostTensor.randomFloats(random, -1, 1, 2, 3);
        HostTensor y = HostTensor.randomFloats(random, -1, 1, 2, 3);
        TfjsGraphBuilder g = new TfjsGraphBuilder().placeholder("x", FLOAT, 2, 3).placeholder("y", FLOAT, 2, 3);
        g.node("stacked", "Pack", "x", "y").i("N", 2).i("axis", 1);

        HostTensor out = runSingle(g, Map.of("x", x, "y", y));
        assertThat(out.shape()).containsExactly(2, 2, 3);
        assertExact(out, stack(List.of(x, y), 1));
    }

    @Test
    void concatV2JoinsNativeTensorsOnANegativeMiddleAxis() throws Exception {
        HostTensor x = HostTensor.randomFloats(random, -1, 1, 2, 3, 4);
        HostTensor y = HostTensor.randomFloats(random, -1, 1, 2, 5, 4);
        HostTensor c = HostTensor.randomFloats(random, -1, 1, 2, 1, 4);
        TfjsGraphBuilder g = new TfjsGraphBuilder().placeholder("x", FLOAT, 2, 3, 4).placeholder("y", FLOAT, 2, 5, 4)
                .constant("c", c).scalar("axis", -2);
        g.node("joined", "ConcatV2", "x", "c", "y", "axis").i("N", 3);

        HostTensor out = runSingle(g, Map.of("x", x, "y", y));
        assertThat(out.shape()).containsExactly(2, 9, 4);
        assertExact(out, concatMiddle(List.of(x, c, y)));
    }

    @Test
    void gatherNdPicksVectorsWithConstantIndices() throws Exception {
        HostTensor params = HostTensor.randomFloats(random, -1, 1, 4, 5, 3);
        int[][] picks = {{1, 2}, {3, 0}, {0, 4}};
        TfjsGraphBuilder g = new TfjsGraphBuilder().placeholder("params", FLOAT, 4, 5, 3)
                .constant("indices", HostTensor.ints(new int[] {3, 2}, 1, 2, 3, 0, 0, 4));
        g.node("picked", "GatherNd", "params", "indices").type("Tindices", INT32);

        double[] expected = new double[3 * 3];
        for (int p = 0; p < 3; p++) {
            for (int c = 0; c < 3; c++) {
                expected[p * 3 + c] = params.at(picks[p][0], picks[p][1], c);
            }
        }
        assertExact(runSingle(g, Map.of("params", params)), new HostTensor(FLOAT, new int[] {3, 3}, expected));
    }

    @Test
    void gatherNdPicksRowsWithComputedInt32Indices() throws Exception {
        HostTensor params = HostTensor.randomFloats(random, -1, 1, 3, 4, 5);
        HostTensor indices = HostTensor.ints(new int[] {2, 2, 2}, 2, 3, 0, 0, 1, 2, 2, 1);
        TfjsGraphBuilder g = new TfjsGraphBuilder().placeholder("params", FLOAT, 3, 4, 5)
                .placeholder("indices", INT32, 2, 2, 2);
        g.node("picked", "GatherNd", "params", "indices").type("Tindices", INT32);

        double[] expected = new double[2 * 2 * 5];
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 2; j++) {
                for (int k = 0; k < 5; k++) {
                    expected[(i * 2 + j) * 5 + k] = params.at((int) indices.at(i, j, 0), (int) indices.at(i, j, 1), k);
                }
            }
        }
        assertExact(runSingle(g, Map.of("params", params, "indices", indices)),
                new HostTensor(FLOAT, new int[] {2, 2, 5}, expected));
    }

    @Test
    void argMaxReturnsInt32IndicesAndResolvesTiesToTheFirstIndex() throws Exception {
        // few distinct values, so most rows hold a tie for the maximum
        HostTensor x = Reference.map(HostTensor.randomInts(random, 0, 3, 2, 3, 6), FLOAT, v -> v);
        TfjsGraphBuilder g = new TfjsGraphBuilder().placeholder("x", FLOAT, 2, 3, 6).scalar("dim", -1);
        g.node("best", "ArgMax", "x", "dim").type("output_type", INT32);

        int[] expected = new int[2 * 3];
        int ties = 0;
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 3; j++) {
                int best = 0;
                int count = 0;
                for (int k = 0; k < 6; k++) {
                    if (x.at(i, j, k) > x.at(i, j, best)) {
                        best = k;
                    }
                }
                for (int k = 0; k < 6; k++) {
                    count += x.at(i, j, k) == x.at(i, j, best) ? 1 : 0;
                }
                ties += count > 1 ? 1 : 0;
                expected[i * 3 + j] = best;
            }
        }
        assertThat(ties).as("rows with a tied maximum").isGreaterThan(2);

        assertExact(runSingle(g, Map.of("x", x)), HostTensor.ints(new int[] {2, 3}, expected));
    }

    @Test
    void argMaxOverTheMiddleAxisDefaultsToInt64Indices() throws Exception {
        HostTensor x = HostTensor.randomFloats(random, -1, 1, 2, 5, 3);
        TfjsGraphBuilder g = new TfjsGraphBuilder().placeholder("x", FLOAT, 2, 5, 3).scalar("dim", 1);
        g.node("best", "ArgMax", "x", "dim");

        double[] expected = new double[2 * 3];
        for (int i = 0; i < 2; i++) {
            for (int k = 0; k < 3; k++) {
                int best = 0;
                for (int j = 1; j < 5; j++) {
                    best = x.at(i, j, k) > x.at(i, best, k) ? j : best;
                }
                expected[i * 3 + k] = best;
            }
        }
        assertExact(runSingle(g, Map.of("x", x)), new HostTensor(HostTensor.Kind.INT64, new int[] {2, 3}, expected));
    }

    /** {@code x} with index {@code k} fixed on {@code axis} (rank 3), the axis removed. */
    private static HostTensor slice(HostTensor x, int axis, int k) {
        int[] s = x.shape();
        int[] outShape = axis == 0 ? new int[] {s[1], s[2]} : new int[] {s[0], s[2]};
        double[] out = new double[outShape[0] * outShape[1]];
        for (int i = 0; i < outShape[0]; i++) {
            for (int j = 0; j < outShape[1]; j++) {
                out[i * outShape[1] + j] = axis == 0 ? x.at(k, i, j) : x.at(i, k, j);
            }
        }
        return new HostTensor(x.kind(), outShape, out);
    }

    /** tf.stack of rank-2 tensors on axis 0 or 1. */
    private static HostTensor stack(List<HostTensor> parts, int axis) {
        int[] s = parts.get(0).shape();
        int n = parts.size();
        int[] outShape = axis == 0 ? new int[] {n, s[0], s[1]} : new int[] {s[0], n, s[1]};
        double[] out = new double[n * s[0] * s[1]];
        for (int p = 0; p < n; p++) {
            for (int i = 0; i < s[0]; i++) {
                for (int j = 0; j < s[1]; j++) {
                    int flat = axis == 0 ? (p * s[0] + i) * s[1] + j : (i * n + p) * s[1] + j;
                    out[flat] = parts.get(p).at(i, j);
                }
            }
        }
        return new HostTensor(parts.get(0).kind(), outShape, out);
    }

    /** Concatenation of rank-3 tensors on axis 1. */
    private static HostTensor concatMiddle(List<HostTensor> parts) {
        int[] s = parts.get(0).shape();
        int total = parts.stream().mapToInt(p -> p.shape()[1]).sum();
        double[] out = new double[s[0] * total * s[2]];
        for (int i = 0; i < s[0]; i++) {
            int row = 0;
            for (HostTensor p : parts) {
                for (int j = 0; j < p.shape()[1]; j++, row++) {
                    for (int k = 0; k < s[2]; k++) {
                        out[(i * total + row) * s[2] + k] = p.at(i, j, k);
                    }
                }
            }
        }
        return new HostTensor(parts.get(0).kind(), new int[] {s[0], total, s[2]}, out);
    }

    private List<HostTensor> run(TfjsGraphBuilder g, Map<String, HostTensor> inputs) throws Exception {
        try (ImportedModel model = ImportedModel.of(g, dir)) {
            return model.run(inputs);
        }
    }

    private HostTensor runSingle(TfjsGraphBuilder g, Map<String, HostTensor> inputs) throws Exception {
        try (ImportedModel model = ImportedModel.of(g, dir)) {
            return model.runSingle(inputs);
        }
    }
}
