package dev.formcheck.modelimport.onnx;

/** A graph input or output: name, element type and a fully static shape. */
public record OnnxValueInfo(String name, OnnxDataType type, long[] dims) {
    public OnnxValueInfo {
        dims = dims.clone();
    }

    @Override
    public long[] dims() {
        return dims.clone();
    }
}
