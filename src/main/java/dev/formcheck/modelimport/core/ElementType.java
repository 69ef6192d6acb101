package dev.formcheck.modelimport.core;

import dev.formcheck.modelimport.onnx.OnnxDataType;

import java.util.Arrays;
import java.util.Optional;

/** Element types the importer understands, with their TensorFlow and ONNX names. */
public enum ElementType {
    FLOAT("DT_FLOAT", "float32", OnnxDataType.FLOAT),
    INT32("DT_INT32", "int32", OnnxDataType.INT32),
    INT64("DT_INT64", "int64", OnnxDataType.INT64),
    BOOL("DT_BOOL", "bool", OnnxDataType.BOOL);

    private final String tfName;
    private final String tfjsName;
    private final OnnxDataType onnx;

    ElementType(String tfName, String tfjsName, OnnxDataType onnx) {
        this.tfName = tfName;
        this.tfjsName = tfjsName;
        this.onnx = onnx;
    }

    public OnnxDataType onnx() {
        return onnx;
    }

    public boolean isInteger() {
        return this != FLOAT;
    }

    /** Looks up a graph attribute type such as {@code DT_INT32}; empty when unknown. */
    public static Optional<ElementType> fromTf(String name) {
        return Arrays.stream(values()).filter(t -> t.tfName.equals(name)).findFirst();
    }

    /** Looks up a weights-manifest dtype such as {@code float32}; empty when unknown. */
    public static Optional<ElementType> fromTfjs(String name) {
        return Arrays.stream(values()).filter(t -> t.tfjsName.equals(name)).findFirst();
    }
}
