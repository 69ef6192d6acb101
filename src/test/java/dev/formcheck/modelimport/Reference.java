package dev.formcheck.modelimport;

import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;

/**
 * Plain-loop implementations of the TensorFlow ops, written from TensorFlow's documented semantics
 * and kept deliberately naive, to check the converted models against. Nothing here uses the
 * importer's code.
 */
final class Reference {
    private Reference() {
    }

    /** TF's two padding schemes for convolutions. */
    enum Padding { SAME, VALID }

    /** tf.nn.conv2d on NHWC input with an HWIO filter; the same stride and dilation on H and W. */
    static HostTensor conv2d(HostTensor x, HostTensor filter, int stride, int dilation, Padding padding) {
        int[] xs = x.shape();
        int[] fs = filter.shape();
        int inC = xs[3];
        int outC = fs[3];
        Geometry g = new Geometry(xs[1], xs[2], fs[0], fs[1], stride, dilation, padding);
        double[] out = new double[xs[0] * g.outH * g.outW * outC];
        int pos = 0;
        for (int n = 0; n < xs[0]; n++) {
            for (int oy = 0; oy < g.outH; oy++) {
                for (int ox = 0; ox < g.outW; ox++) {
                    for (int oc = 0; oc < outC; oc++) {
                        double sum = 0;
                        for (int ky = 0; ky < fs[0]; ky++) {
                            for (int kx = 0; kx < fs[1]; kx++) {
                                int iy = oy * stride + ky * dilation - g.padTop;
                                int ix = ox * stride + kx * dilation - g.padLeft;
                                if (iy < 0 || iy >= xs[1] || ix < 0 || ix >= xs[2]) {
                                    continue; // zero padding
                                }
                                for (int ic = 0; ic < inC; ic++) {
                                    sum += x.at(n, iy, ix, ic) * filter.at(ky, kx, ic, oc);
                                }
                            }
                        }
                        out[pos++] = sum;
                    }
                }
            }
        }
        return new HostTensor(HostTensor.Kind.FLOAT, new int[] {xs[0], g.outH, g.outW, outC}, out);
    }

    /**
     * tf.nn.depthwise_conv2d on NHWC input with an [H, W, C, M] filter: output channel
     * {@code c * M + m} is input channel {@code c} filtered by {@code filter[:, :, c, m]}.
     */
    static HostTensor depthwiseConv2d(HostTensor x, HostTensor filter, int stride, int dilation, Padding padding) {
        int[] xs = x.shape();
        int[] fs = filter.shape();
        int channels = xs[3];
        int multiplier = fs[3];
        Geometry g = new Geometry(xs[1], xs[2], fs[0], fs[1], stride, dilation, padding);
        int outC = channels * multiplier;
        double[] out = new double[xs[0] * g.outH * g.outW * outC];
        int pos = 0;
        for (int n = 0; n < xs[0]; n++) {
            for (int oy = 0; oy < g.outH; oy++) {
                for (int ox = 0; ox < g.outW; ox++) {
                    for (int c = 0; c < channels; c++) {
                        for (int m = 0; m < multiplier; m++) {
                            double sum = 0;
                            for (int ky = 0; ky < fs[0]; ky++) {
                                for (int kx = 0; kx < fs[1]; kx++) {
                                    int iy = oy * stride + ky * dilation - g.padTop;
                                    int ix = ox * stride + kx * dilation - g.padLeft;
                                    if (iy >= 0 && iy < xs[1] && ix >= 0 && ix < xs[2]) {
                                        sum += x.at(n, iy, ix, c) * filter.at(ky, kx, c, m);
                                    }
                                }
                            }
                            out[pos++] = sum;
                        }
                    }
                }
            }
        }
        return new HostTensor(HostTensor.Kind.FLOAT, new int[] {xs[0], g.outH, g.outW, outC}, out);
    }

    /**
     * Output size and leading padding as TF defines them: VALID keeps only full windows; SAME gives
     * {@code ceil(in / stride)} outputs and puts the smaller half of the padding first.
     */
    private static final class Geometry {
        final int outH;
        final int outW;
        final int padTop;
        final int padLeft;

        Geometry(int inH, int inW, int kH, int kW, int stride, int dilation, Padding padding) {
            int effH = (kH - 1) * dilation + 1;
            int effW = (kW - 1) * dilation + 1;
            if (padding == Padding.VALID) {
                outH = (inH - effH) / stride + 1;
                outW = (inW - effW) / stride + 1;
                padTop = 0;
                padLeft = 0;
            } else {
                outH = (inH + stride - 1) / stride;
                outW = (inW + stride - 1) / stride;
                padTop = Math.max((outH - 1) * stride + effH - inH, 0) / 2;
                padLeft = Math.max((outW - 1) * stride + effW - inW, 0) / 2;
            }
        }
    }

    /**
     * tf.nn.max_pool on NHWC input, the same stride on H and W. Windows take only real elements:
     * SAME's padding never wins, so an all-negative edge window gives its largest negative value.
     */
    static HostTensor maxPool(HostTensor x, int kH, int kW, int stride, Padding padding) {
        int[] xs = x.shape();
        int channels = xs[3];
        Geometry g = new Geometry(xs[1], xs[2], kH, kW, stride, 1, padding);
        double[] out = new double[xs[0] * g.outH * g.outW * channels];
        int pos = 0;
        for (int n = 0; n < xs[0]; n++) {
            for (int oy = 0; oy < g.outH; oy++) {
                for (int ox = 0; ox < g.outW; ox++) {
                    for (int c = 0; c < channels; c++) {
                        double max = Double.NEGATIVE_INFINITY;
                        for (int ky = 0; ky < kH; ky++) {
                            for (int kx = 0; kx < kW; kx++) {
                                int iy = oy * stride - g.padTop + ky;
                                int ix = ox * stride - g.padLeft + kx;
                                if (iy >= 0 && iy < xs[1] && ix >= 0 && ix < xs[2]) {
                                    max = Math.max(max, x.at(n, iy, ix, c));
                                }
                            }
                        }
                        out[pos++] = max;
                    }
                }
            }
        }
        return new HostTensor(x.kind(), new int[] {xs[0], g.outH, g.outW, channels}, out);
    }

    /** tf.pad with zeros: {@code paddings[2 * axis]} before and {@code paddings[2 * axis + 1]} after each axis. */
    static HostTensor pad(HostTensor x, int... paddings) {
        int[] xs = x.shape();
        int[] os = new int[xs.length];
        for (int d = 0; d < xs.length; d++) {
            os[d] = paddings[2 * d] + xs[d] + paddings[2 * d + 1];
        }
        double[] out = new double[HostTensor.count(os)];
        HostTensor shaped = new HostTensor(x.kind(), os, out);
        for (int i = 0; i < x.size(); i++) {
            int[] index = x.indexOf(i);
            for (int d = 0; d < index.length; d++) {
                index[d] += paddings[2 * d];
            }
            out[shaped.flatIndex(index)] = x.get(i);
        }
        return new HostTensor(x.kind(), os, out);
    }

    /** Adds {@code bias[c]} to every element of channel (last axis) {@code c}. */
    static HostTensor biasAdd(HostTensor x, HostTensor bias) {
        int channels = bias.size();
        double[] out = new double[x.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = x.get(i) + bias.get(i % channels);
        }
        return new HostTensor(x.kind(), x.shape(), out);
    }

    static HostTensor map(HostTensor x, DoubleUnaryOperator f) {
        return map(x, x.kind(), f);
    }

    static HostTensor map(HostTensor x, HostTensor.Kind kind, DoubleUnaryOperator f) {
        double[] out = new double[x.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = f.applyAsDouble(x.get(i));
        }
        return new HostTensor(kind, x.shape(), out);
    }

    static double relu(double v) {
        return Math.max(v, 0);
    }

    static double relu6(double v) {
        return Math.min(Math.max(v, 0), 6);
    }

    static double sigmoid(double v) {
        return 1 / (1 + Math.exp(-v));
    }

    /** NumPy broadcasting: shapes align at the end; size-1 axes repeat. */
    static HostTensor broadcast(HostTensor a, HostTensor b, DoubleBinaryOperator f) {
        int[] as = a.shape();
        int[] bs = b.shape();
        int rank = Math.max(as.length, bs.length);
        int[] shape = new int[rank];
        for (int d = 0; d < rank; d++) {
            int da = dimFromEnd(as, rank - 1 - d);
            int db = dimFromEnd(bs, rank - 1 - d);
            if (da != db && da != 1 && db != 1) {
                throw new IllegalArgumentException(a + " and " + b + " do not broadcast");
            }
            shape[d] = Math.max(da, db);
        }
        HostTensor shapeOnly = new HostTensor(a.kind(), shape, new double[HostTensor.count(shape)]);
        double[] out = new double[shapeOnly.size()];
        for (int i = 0; i < out.length; i++) {
            int[] index = shapeOnly.indexOf(i);
            out[i] = f.applyAsDouble(a.at(project(index, as)), b.at(project(index, bs)));
        }
        return new HostTensor(a.kind(), shape, out);
    }

    private static int dimFromEnd(int[] shape, int fromEnd) {
        return fromEnd < shape.length ? shape[shape.length - 1 - fromEnd] : 1;
    }

    /** The index into an operand of {@code shape} that an output index reads under broadcasting. */
    private static int[] project(int[] outIndex, int[] shape) {
        int[] index = new int[shape.length];
        int offset = outIndex.length - shape.length;
        for (int d = 0; d < shape.length; d++) {
            index[d] = shape[d] == 1 ? 0 : outIndex[offset + d];
        }
        return index;
    }

    /**
     * tf.image.resize_bilinear (ResizeBilinear kernel) on NHWC input. The source coordinate of
     * output row {@code y} is {@code y * scale} (legacy), {@code (y + 0.5) * scale - 0.5}
     * (half_pixel_centers), with {@code scale = (in - 1) / (out - 1)} under align_corners and
     * {@code in / out} otherwise; the two neighbours are clamped to the image and weighted by the
     * fractional part.
     */
    static HostTensor resizeBilinear(HostTensor x, int outH, int outW, boolean alignCorners, boolean halfPixelCenters) {
        int[] s = x.shape();
        Axis rows = new Axis(s[1], outH, alignCorners, halfPixelCenters);
        Axis cols = new Axis(s[2], outW, alignCorners, halfPixelCenters);
        double[] out = new double[s[0] * outH * outW * s[3]];
        int pos = 0;
        for (int n = 0; n < s[0]; n++) {
            for (int y = 0; y < outH; y++) {
                for (int xo = 0; xo < outW; xo++) {
                    for (int c = 0; c < s[3]; c++) {
                        double top = lerp(x.at(n, rows.low[y], cols.low[xo], c), x.at(n, rows.low[y], cols.high[xo], c),
                                cols.fraction[xo]);
                        double bottom = lerp(x.at(n, rows.high[y], cols.low[xo], c), x.at(n, rows.high[y], cols.high[xo], c),
                                cols.fraction[xo]);
                        out[pos++] = lerp(top, bottom, rows.fraction[y]);
                    }
                }
            }
        }
        return new HostTensor(HostTensor.Kind.FLOAT, new int[] {s[0], outH, outW, s[3]}, out);
    }

    private static double lerp(double a, double b, double t) {
        return a + (b - a) * t;
    }

    /** Interpolation neighbours and weights along one axis, per TF's compute_interpolation_weights. */
    private static final class Axis {
        final int[] low;
        final int[] high;
        final double[] fraction;

        Axis(int in, int out, boolean alignCorners, boolean halfPixelCenters) {
            double scale = alignCorners && out > 1 ? (in - 1) / (double) (out - 1) : in / (double) out;
            low = new int[out];
            high = new int[out];
            fraction = new double[out];
            for (int i = 0; i < out; i++) {
                double source = halfPixelCenters ? (i + 0.5) * scale - 0.5 : i * scale;
                double floor = Math.floor(source);
                low[i] = (int) Math.max(floor, 0);
                high[i] = (int) Math.min(Math.ceil(source), in - 1);
                fraction[i] = source - floor;
            }
        }
    }
}
