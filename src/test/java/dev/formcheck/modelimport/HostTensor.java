package dev.formcheck.modelimport;

import java.util.Arrays;
import java.util.Random;

/**
 * A tensor on the test side: an element type, a shape and row-major values. Values are held as
 * doubles so reference code can compute without caring about the type; every float and int32 value
 * fits exactly, and FLOAT values are rounded to float so they equal what ONNX Runtime is fed.
 */
final class HostTensor {
    enum Kind { FLOAT, INT32, INT64 }

    private final Kind kind;
    private final int[] shape;
    private final double[] values;

    HostTensor(Kind kind, int[] shape, double[] values) {
        if (count(shape) != values.length) {
            throw new IllegalArgumentException(values.length + " values do not fill shape " + Arrays.toString(shape));
        }
        this.kind = kind;
        this.shape = shape.clone();
        this.values = values.clone();
        if (kind == Kind.FLOAT) {
            for (int i = 0; i < this.values.length; i++) {
                this.values[i] = (float) this.values[i];
            }
        }
    }

    static HostTensor floats(int[] shape, float... values) {
        double[] v = new double[values.length];
        for (int i = 0; i < v.length; i++) {
            v[i] = values[i];
        }
        return new HostTensor(Kind.FLOAT, shape, v);
    }

    static HostTensor ints(int[] shape, int... values) {
        return new HostTensor(Kind.INT32, shape, Arrays.stream(values).asDoubleStream().toArray());
    }

    /** Uniform floats in [low, high). */
    static HostTensor randomFloats(Random random, double low, double high, int... shape) {
        double[] v = new double[count(shape)];
        for (int i = 0; i < v.length; i++) {
            v[i] = low + (high - low) * random.nextDouble();
        }
        return new HostTensor(Kind.FLOAT, shape, v);
    }

    /** Uniform int32 values in [low, high). */
    static HostTensor randomInts(Random random, int low, int high, int... shape) {
        double[] v = new double[count(shape)];
        for (int i = 0; i < v.length; i++) {
            v[i] = low + random.nextInt(high - low);
        }
        return new HostTensor(Kind.INT32, shape, v);
    }

    static int count(int[] shape) {
        int n = 1;
        for (int d : shape) {
            n *= d;
        }
        return n;
    }

    Kind kind() {
        return kind;
    }

    int[] shape() {
        return shape.clone();
    }

    int size() {
        return values.length;
    }

    double get(int flatIndex) {
        return values[flatIndex];
    }

    /** The element at a multi-dimensional index. */
    double at(int... index) {
        return values[flatIndex(index)];
    }

    int flatIndex(int... index) {
        if (index.length != shape.length) {
            throw new IllegalArgumentException("index " + Arrays.toString(index) + " for shape " + Arrays.toString(shape));
        }
        int flat = 0;
        for (int d = 0; d < shape.length; d++) {
            if (index[d] < 0 || index[d] >= shape[d]) {
                throw new IndexOutOfBoundsException(Arrays.toString(index) + " in " + Arrays.toString(shape));
            }
            flat = flat * shape[d] + index[d];
        }
        return flat;
    }

    /** The multi-dimensional index of a flat position, for messages. */
    int[] indexOf(int flat) {
        int[] index = new int[shape.length];
        for (int d = shape.length - 1; d >= 0; d--) {
            index[d] = flat % shape[d];
            flat /= shape[d];
        }
        return index;
    }

    /** The same values in the same order under another shape (what Reshape, ExpandDims and Squeeze produce). */
    HostTensor reshaped(int... newShape) {
        return new HostTensor(kind, newShape, values);
    }

    float[] toFloats() {
        float[] out = new float[values.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = (float) values[i];
        }
        return out;
    }

    int[] toInts() {
        return Arrays.stream(values).mapToInt(v -> (int) v).toArray();
    }

    long[] toLongs() {
        return Arrays.stream(values).mapToLong(v -> (long) v).toArray();
    }

    @Override
    public String toString() {
        return kind + Arrays.toString(shape);
    }
}
