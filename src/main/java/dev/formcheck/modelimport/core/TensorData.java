package dev.formcheck.modelimport.core;

import dev.formcheck.modelimport.onnx.OnnxDataType;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * An immutable constant tensor held in memory: float values for FLOAT, longs for the integer and
 * boolean types (wide enough for INT32, INT64 and BOOL without a class per type).
 */
public final class TensorData {
    private final ElementType type;
    private final int[] shape;
    private final float[] floats;
    private final long[] longs;

    private TensorData(ElementType type, int[] shape, float[] floats, long[] longs) {
        this.type = type;
        this.shape = shape.clone();
        this.floats = floats;
        this.longs = longs;
        int count = Shapes.elementCount(shape);
        int actual = floats != null ? floats.length : longs.length;
        if (count != actual) {
            throw new IllegalArgumentException(actual + " values do not fill shape " + Arrays.toString(shape));
        }
    }

    public static TensorData ofFloats(int[] shape, float[] values) {
        return new TensorData(ElementType.FLOAT, shape, values.clone(), null);
    }

    public static TensorData ofLongs(ElementType type, int[] shape, long[] values) {
        if (type == ElementType.FLOAT) {
            throw new IllegalArgumentException("FLOAT tensors hold floats");
        }
        return new TensorData(type, shape, null, values.clone());
    }

    public static TensorData scalar(float value) {
        return ofFloats(new int[0], new float[] {value});
    }

    public static TensorData ints(int... values) {
        return ofLongs(ElementType.INT32, new int[] {values.length}, Arrays.stream(values).asLongStream().toArray());
    }

    public ElementType type() {
        return type;
    }

    public int[] shape() {
        return shape.clone();
    }

    public int rank() {
        return shape.length;
    }

    public int size() {
        return Shapes.elementCount(shape);
    }

    /** Element {@code i} in row-major order, as a double whatever the type. */
    public double get(int i) {
        return floats != null ? floats[i] : longs[i];
    }

    public long getLong(int i) {
        if (longs == null) {
            throw new IllegalStateException("a FLOAT tensor has no integer values");
        }
        return longs[i];
    }

    public float[] floats() {
        if (floats == null) {
            throw new IllegalStateException("not a FLOAT tensor");
        }
        return floats.clone();
    }

    public long[] longs() {
        if (longs == null) {
            throw new IllegalStateException("a FLOAT tensor has no integer values");
        }
        return longs.clone();
    }

    /** Integer values as ints, for shapes, axes and indices. */
    public int[] intValues() {
        return Arrays.stream(longs()).mapToInt(Math::toIntExact).toArray();
    }

    public TensorData reshape(int[] newShape) {
        return new TensorData(type, newShape, floats, longs);
    }

    /** Returns the same values converted to another type, as TensorFlow's Cast does (truncation). */
    public TensorData cast(ElementType target) {
        if (target == type) {
            return this;
        }
        int n = size();
        if (target == ElementType.FLOAT) {
            float[] out = new float[n];
            for (int i = 0; i < n; i++) {
                out[i] = (float) longs[i];
            }
            return new TensorData(target, shape, out, null);
        }
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
            double v = get(i);
            out[i] = target == ElementType.BOOL ? (v != 0 ? 1 : 0) : (long) v;
        }
        return new TensorData(target, shape, null, out);
    }

    /** Returns the tensor with its axes permuted: output axis {@code i} is input axis {@code perm[i]}. */
    public TensorData transpose(int[] perm) {
        int rank = shape.length;
        int[] outShape = new int[rank];
        for (int i = 0; i < rank; i++) {
            outShape[i] = shape[perm[i]];
        }
        int[] inStrides = Shapes.strides(shape);
        int n = size();
        float[] f = floats != null ? new float[n] : null;
        long[] l = longs != null ? new long[n] : null;
        int[] index = new int[rank];
        for (int o = 0; o < n; o++) {
            int src = 0;
            for (int i = 0; i < rank; i++) {
                src += index[i] * inStrides[perm[i]];
            }
            if (f != null) {
                f[o] = floats[src];
            } else {
                l[o] = longs[src];
            }
            for (int i = rank - 1; i >= 0; i--) {
                if (++index[i] < outShape[i]) {
                    break;
                }
                index[i] = 0;
            }
        }
        return new TensorData(type, outShape, f, l);
    }

    /** Little-endian bytes in the ONNX element type that corresponds to this tensor's type. */
    public byte[] toOnnxBytes() {
        OnnxDataType onnx = type.onnx();
        ByteBuffer buf = ByteBuffer.allocate(size() * onnx.byteSize()).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < size(); i++) {
            switch (onnx) {
                case FLOAT -> buf.putFloat(floats[i]);
                case INT32 -> buf.putInt(Math.toIntExact(longs[i]));
                case INT64 -> buf.putLong(longs[i]);
                case BOOL -> buf.put((byte) (longs[i] != 0 ? 1 : 0));
                default -> throw new IllegalStateException("no encoding for " + onnx);
            }
        }
        return buf.array();
    }
}
