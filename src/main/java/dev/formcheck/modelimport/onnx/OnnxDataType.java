package dev.formcheck.modelimport.onnx;

/** ONNX tensor element types we emit, with their numbers from the ONNX IR specification. */
public enum OnnxDataType {
    FLOAT(1, 4),
    INT32(6, 4),
    INT64(7, 8),
    BOOL(9, 1);

    private final int code;
    private final int byteSize;

    OnnxDataType(int code, int byteSize) {
        this.code = code;
        this.byteSize = byteSize;
    }

    public int code() {
        return code;
    }

    public int byteSize() {
        return byteSize;
    }
}
