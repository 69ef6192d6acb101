package dev.formcheck.modelimport.core;


import java.util.Arrays;
import java.util.Optional;

/**
 * A TF tensor during conversion: either a constant known at import time, or an ONNX tensor with
 * a layout. A NATIVE value's ONNX tensor may have a different shape than the TF tensor (a reshape
 * not yet emitted), so chains of ExpandDims / Squeeze / Reshape collapse into at most one Reshape
 * and disappear entirely when they cancel out.
 */
public final class Value {
    private final ElementType type;
    private final int[] shape;
    private final TensorData constant;
    private final String onnxName;
    private final Layout layout;
    private final int[] physicalShape;

    private Value(ElementType type, int[] shape, TensorData constant, String onnxName, Layout layout,
                  int[] physicalShape) {
        this.type = type;
        this.shape = shape.clone();
        this.constant = constant;
        this.onnxName = onnxName;
        this.layout = layout;
        this.physicalShape = physicalShape == null ? null : physicalShape.clone();
    }

    public static Value constant(TensorData data) {
        return new Value(data.type(), data.shape(), data, null, Layout.NATIVE, null);
    }

    /** A computed tensor whose ONNX shape is exactly the TF shape. */
    public static Value nativeTensor(String onnxName, ElementType type, int[] shape) {
        return new Value(type, shape, null, onnxName, Layout.NATIVE, shape);
    }

    /** A computed rank-4 tensor held as NCHW; {@code shape} is its TF (NHWC) shape. */
    public static Value channelsFirst(String onnxName, ElementType type, int[] nhwcShape) {
        if (nhwcShape.length != 4) {
            throw new IllegalArgumentException("only rank-4 tensors can be channels-first");
        }
        return new Value(type, nhwcShape, null, onnxName, Layout.CHANNELS_FIRST,
                Shapes.permute(nhwcShape, Layout.TO_CHANNELS_FIRST));
    }

    /** The same elements seen with another TF shape; no ONNX node is emitted until one is needed. */
    public Value viewAs(int[] newShape) {
        if (Shapes.elementCount(newShape) != Shapes.elementCount(shape)) {
            throw new IllegalArgumentException("cannot view " + Shapes.format(shape) + " as " + Shapes.format(newShape));
        }
        if (constant != null) {
            return constant(constant.reshape(newShape));
        }
        if (layout != Layout.NATIVE) {
            throw new IllegalStateException("a channels-first value must be made native before it is reshaped");
        }
        return new Value(type, newShape, null, onnxName, Layout.NATIVE, physicalShape);
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

    public boolean isConstant() {
        return constant != null;
    }

    public Optional<TensorData> constantValue() {
        return Optional.ofNullable(constant);
    }

    public Layout layout() {
        return layout;
    }

    /** True when every dimension is 1: such a tensor broadcasts the same in any layout. */
    public boolean isSingleElement() {
        return Shapes.elementCount(shape) == 1;
    }

    String onnxName() {
        return onnxName;
    }

    int[] physicalShape() {
        return physicalShape.clone();
    }

    boolean needsReshape() {
        return layout == Layout.NATIVE && constant == null && !Arrays.equals(shape, physicalShape);
    }
}
