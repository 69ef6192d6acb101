package dev.formcheck.modelimport.ops;

import dev.formcheck.modelimport.core.ElementType;
import dev.formcheck.modelimport.core.Shapes;
import dev.formcheck.modelimport.core.TensorData;

import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntToDoubleFunction;

/** Evaluates ops on constants at import time, so subgraphs TF left unfolded cost nothing at run time. */
final class Folding {
    private Folding() {
    }

    static TensorData unary(TensorData x, DoubleUnaryOperator f) {
        return fromDoubles(x.type(), x.shape(), i -> f.applyAsDouble(x.get(i)));
    }

    static TensorData binary(TensorData a, TensorData b, int[] outShape, DoubleBinaryOperator f) {
        int rank = outShape.length;
        int[] as = Shapes.padToRank(a.shape(), rank);
        int[] bs = Shapes.padToRank(b.shape(), rank);
        int[] aStrides = broadcastStrides(as);
        int[] bStrides = broadcastStrides(bs);
        int[] outStrides = Shapes.strides(outShape);
        return fromDoubles(a.type(), outShape, o -> {
            int ai = 0;
            int bi = 0;
            int rest = o;
            for (int d = 0; d < rank; d++) {
                int coord = rest / outStrides[d];
                rest %= outStrides[d];
                ai += coord * aStrides[d];
                bi += coord * bStrides[d];
            }
            return f.applyAsDouble(a.get(ai), b.get(bi));
        });
    }

    /** Row-major strides with 0 on broadcast (size-1) axes. */
    private static int[] broadcastStrides(int[] shape) {
        int[] strides = Shapes.strides(shape);
        for (int i = 0; i < shape.length; i++) {
            if (shape[i] == 1) {
                strides[i] = 0;
            }
        }
        return strides;
    }

    static TensorData fromDoubles(ElementType type, int[] shape, IntToDoubleFunction value) {
        int n = Shapes.elementCount(shape);
        if (type == ElementType.FLOAT) {
            float[] out = new float[n];
            for (int i = 0; i < n; i++) {
                out[i] = (float) value.applyAsDouble(i);
            }
            return TensorData.ofFloats(shape, out);
        }
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
            out[i] = (long) value.applyAsDouble(i);
        }
        return TensorData.ofLongs(type, shape, out);
    }

    /** Concatenates constants along {@code axis}. */
    static TensorData concat(List<TensorData> parts, int axis, int[] outShape) {
        ElementType type = parts.get(0).type();
        int outer = 1;
        for (int d = 0; d < axis; d++) {
            outer *= outShape[d];
        }
        double[] out = new double[Shapes.elementCount(outShape)];
        int pos = 0;
        for (int o = 0; o < outer; o++) {
            for (TensorData p : parts) {
                int chunk = p.size() / outer;
                for (int i = 0; i < chunk; i++) {
                    out[pos++] = p.get(o * chunk + i);
                }
            }
        }
        return fromDoubles(type, outShape, i -> out[i]);
    }

    /** The index of the first maximum along {@code axis}, as TF's ArgMax breaks ties. */
    static TensorData argMax(TensorData x, int axis, int[] outShape, ElementType outType) {
        int[] shape = x.shape();
        int inner = 1;
        for (int d = axis + 1; d < shape.length; d++) {
            inner *= shape[d];
        }
        int along = shape[axis];
        final int innerSize = inner;
        return fromDoubles(outType, outShape, o -> {
            int outer = o / innerSize;
            int in = o % innerSize;
            int best = 0;
            for (int k = 1; k < along; k++) {
                if (x.get((outer * along + k) * innerSize + in) > x.get((outer * along + best) * innerSize + in)) {
                    best = k;
                }
            }
            return best;
        });
    }

    /** The slices of {@code x} along {@code axis}, each without that axis. */
    static List<TensorData> unstack(TensorData x, int axis, int[] sliceShape) {
        int[] shape = x.shape();
        int inner = 1;
        for (int d = axis + 1; d < shape.length; d++) {
            inner *= shape[d];
        }
        int along = shape[axis];
        int innerSize = inner;
        List<TensorData> slices = new ArrayList<>();
        for (int k = 0; k < along; k++) {
            int slice = k;
            slices.add(fromDoubles(x.type(), sliceShape, o -> {
                int outer = o / innerSize;
                int in = o % innerSize;
                return x.get((outer * along + slice) * innerSize + in);
            }));
        }
        return slices;
    }

    /** TF GatherNd: each index tuple (the last axis of {@code indices}) selects an element or slice of {@code params}. */
    static TensorData gatherNd(TensorData params, TensorData indices, int[] outShape) {
        int[] p = params.shape();
        int[] idx = indices.shape();
        int depth = idx[idx.length - 1];
        int[] strides = Shapes.strides(p);
        int sliceSize = 1;
        for (int d = depth; d < p.length; d++) {
            sliceSize *= p[d];
        }
        int slice = sliceSize;
        return fromDoubles(params.type(), outShape, o -> {
            int tuple = o / slice;
            int offset = 0;
            for (int d = 0; d < depth; d++) {
                long index = indices.getLong(tuple * depth + d);
                if (index < 0 || index >= p[d]) {
                    throw new IllegalArgumentException("GatherNd index " + index + " is out of range for axis "
                            + d + " of " + Shapes.format(p));
                }
                offset += (int) index * strides[d];
            }
            return params.get(offset + o % slice);
        });
    }
}
