package dev.formcheck.modelimport.core;

/**
 * How a converted tensor's memory relates to the TensorFlow tensor it stands for.
 *
 * <p>TF.js graphs are NHWC; ONNX Runtime's fast convolutions are NCHW. Rather than wrapping every
 * convolution in a Transpose pair, the converter lets a tensor stay channels-first for as long as
 * its consumers accept that, and transposes back only where an op depends on the axis order.
 */
public enum Layout {
    /** The ONNX tensor holds the TF tensor's elements in TF's own row-major order. */
    NATIVE,
    /** A rank-4 NHWC TF tensor held as NCHW: physical axes are TF axes {@code [0, 3, 1, 2]}. */
    CHANNELS_FIRST;

    /** Physical axis {@code i} of a channels-first tensor is TF axis {@code TO_CHANNELS_FIRST[i]}. */
    public static final int[] TO_CHANNELS_FIRST = {0, 3, 1, 2};
    /** The inverse permutation, from NCHW back to NHWC. */
    public static final int[] TO_CHANNELS_LAST = {0, 2, 3, 1};
}
