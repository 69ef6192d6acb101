package dev.formcheck.modelimport.core;

import java.util.Arrays;
import java.util.Optional;

/** Small shape calculations shared by the reader, the translators and constant folding. */
public final class Shapes {
    private Shapes() {
    }

    public static int elementCount(int[] shape) {
        int n = 1;
        for (int d : shape) {
            n = Math.multiplyExact(n, d);
        }
        return n;
    }

    public static int[] strides(int[] shape) {
        int[] strides = new int[shape.length];
        int s = 1;
        for (int i = shape.length - 1; i >= 0; i--) {
            strides[i] = s;
            s *= shape[i];
        }
        return strides;
    }

    /** NumPy-style broadcast of two shapes; empty when they are incompatible. */
    public static Optional<int[]> broadcast(int[] a, int[] b) {
        int rank = Math.max(a.length, b.length);
        int[] out = new int[rank];
        for (int i = 0; i < rank; i++) {
            int da = i < rank - a.length ? 1 : a[i - (rank - a.length)];
            int db = i < rank - b.length ? 1 : b[i - (rank - b.length)];
            if (da != db && da != 1 && db != 1) {
                return Optional.empty();
            }
            out[i] = Math.max(da, db);
        }
        return Optional.of(out);
    }

    /** Left-pads a shape with ones up to {@code rank}. */
    public static int[] padToRank(int[] shape, int rank) {
        int[] out = new int[rank];
        Arrays.fill(out, 1);
        System.arraycopy(shape, 0, out, rank - shape.length, shape.length);
        return out;
    }

    public static int[] permute(int[] shape, int[] perm) {
        int[] out = new int[perm.length];
        for (int i = 0; i < perm.length; i++) {
            out[i] = shape[perm[i]];
        }
        return out;
    }

    /** Normalises a possibly negative axis for a tensor of the given rank. */
    public static int axis(int axis, int rank) {
        int a = axis < 0 ? axis + rank : axis;
        if (a < 0 || a >= rank) {
            throw new IllegalArgumentException("axis " + axis + " is out of range for rank " + rank);
        }
        return a;
    }

    public static long[] toLongs(int[] shape) {
        return Arrays.stream(shape).asLongStream().toArray();
    }

    public static String format(int[] shape) {
        return Arrays.toString(shape);
    }
}
