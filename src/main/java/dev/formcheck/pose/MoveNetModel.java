package dev.formcheck.pose;

import java.util.Locale;

/** The two MoveNet SinglePose variants: their file name and square input size. */
public enum MoveNetModel {
    /** Fast: 192x192 input. */
    LIGHTNING("movenet-lightning.onnx", 192),
    /** Accurate: 256x256 input. */
    THUNDER("movenet-thunder.onnx", 256);

    /** MoveNet's output: [1, 1, 17, 3] holding (y, x, score) per keypoint, normalised 0..1. */
    public static final long[] OUTPUT_SHAPE = {1, 1, BodyPart.COUNT, 3};

    private final String fileName;
    private final int inputSize;

    MoveNetModel(String fileName, int inputSize) {
        this.fileName = fileName;
        this.inputSize = inputSize;
    }

    public String fileName() {
        return fileName;
    }

    public int inputSize() {
        return inputSize;
    }

    /** The input tensor shape: one NHWC RGB image of int32 values 0..255. */
    public long[] inputShape() {
        return new long[] {1, inputSize, inputSize, 3};
    }

    /** Lower-case name as used on the command line. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
