package dev.formcheck.modelimport.onnx;

import java.util.Arrays;

/**
 * A named constant tensor (an initializer or a tensor attribute), stored as little-endian raw bytes.
 */
public record OnnxTensor(String name, OnnxDataType type, long[] dims, byte[] rawData) {
    public OnnxTensor {
        long elements = Arrays.stream(dims).reduce(1, (a, b) -> a * b);
        if (elements * type.byteSize() != rawData.length) {
            throw new IllegalArgumentException("tensor " + name + ": " + rawData.length
                    + " bytes do not hold " + elements + " " + type + " values");
        }
        dims = dims.clone();
    }

    @Override
    public long[] dims() {
        return dims.clone();
    }
}
