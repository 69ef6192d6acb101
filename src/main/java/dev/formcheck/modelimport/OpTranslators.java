package dev.formcheck.modelimport;

import dev.formcheck.modelimport.ops.ArgMax;
import dev.formcheck.modelimport.ops.Cast;
import dev.formcheck.modelimport.ops.ConcatV2;
import dev.formcheck.modelimport.ops.Conv2D;
import dev.formcheck.modelimport.ops.ElementwiseBinary;
import dev.formcheck.modelimport.ops.ElementwiseUnary;
import dev.formcheck.modelimport.ops.ExpandDims;
import dev.formcheck.modelimport.ops.FloorDiv;
import dev.formcheck.modelimport.ops.GatherNd;
import dev.formcheck.modelimport.ops.Identity;
import dev.formcheck.modelimport.ops.Pack;
import dev.formcheck.modelimport.ops.Reshape;
import dev.formcheck.modelimport.ops.ResizeBilinear;
import dev.formcheck.modelimport.ops.SquaredDifference;
import dev.formcheck.modelimport.ops.Squeeze;
import dev.formcheck.modelimport.ops.Unpack;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The registry of op translators, keyed by TF op name. Supporting a new model means adding
 * entries here, never special-casing a graph.
 */
public final class OpTranslators {
    private final Map<String, OpTranslator> byOp;

    private OpTranslators(Map<String, OpTranslator> byOp) {
        this.byOp = Map.copyOf(byOp);
    }

    /** Everything MoveNet SinglePose Lightning and Thunder use, plus their plain (unfused) forms. */
    public static OpTranslators standard() {
        return new OpTranslators(Map.ofEntries(
                Map.entry("Placeholder", GraphBoundary.PLACEHOLDER),
                Map.entry("Const", GraphBoundary.CONST),
                Map.entry("Identity", new Identity()),
                Map.entry("Cast", new Cast()),
                Map.entry("Reshape", new Reshape()),
                Map.entry("ExpandDims", new ExpandDims()),
                Map.entry("Squeeze", new Squeeze()),
                Map.entry("Unpack", new Unpack()),
                Map.entry("Pack", new Pack()),
                Map.entry("ConcatV2", new ConcatV2()),
                Map.entry("AddV2", new ElementwiseBinary("Add", Double::sum)),
                Map.entry("Add", new ElementwiseBinary("Add", Double::sum)),
                Map.entry("Sub", new ElementwiseBinary("Sub", (a, b) -> a - b)),
                Map.entry("Mul", new ElementwiseBinary("Mul", (a, b) -> a * b)),
                Map.entry("RealDiv", new ElementwiseBinary("Div", (a, b) -> a / b)),
                Map.entry("SquaredDifference", new SquaredDifference()),
                Map.entry("FloorDiv", new FloorDiv()),
                Map.entry("Sigmoid", new ElementwiseUnary("Sigmoid", v -> 1 / (1 + Math.exp(-v)))),
                Map.entry("Sqrt", new ElementwiseUnary("Sqrt", Math::sqrt)),
                Map.entry("Relu", new ElementwiseUnary("Relu", v -> Math.max(v, 0))),
                Map.entry("Conv2D", new Conv2D(false)),
                Map.entry("_FusedConv2D", new Conv2D(false)),
                Map.entry("DepthwiseConv2dNative", new Conv2D(true)),
                Map.entry("FusedDepthwiseConv2dNative", new Conv2D(true)),
                Map.entry("ResizeBilinear", new ResizeBilinear()),
                Map.entry("ArgMax", new ArgMax()),
                Map.entry("GatherNd", new GatherNd())));
    }

    public Optional<OpTranslator> find(String op) {
        return Optional.ofNullable(byOp.get(op));
    }

    public Set<String> supportedOps() {
        return new TreeSet<>(byOp.keySet());
    }
}
