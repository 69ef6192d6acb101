package dev.formcheck.modelimport.ops;

import dev.formcheck.modelimport.core.ConversionContext;
import dev.formcheck.modelimport.core.ModelImportException;
import dev.formcheck.modelimport.core.OpTranslator;
import dev.formcheck.modelimport.core.Value;
import dev.formcheck.modelimport.onnx.OnnxAttribute;
import dev.formcheck.modelimport.core.ElementType;
import dev.formcheck.modelimport.core.Shapes;
import dev.formcheck.modelimport.core.TensorData;
import dev.formcheck.modelimport.core.TfNode;

import java.util.ArrayList;
import java.util.List;

/**
 * Conv2D and DepthwiseConv2dNative, plain or fused by the TF.js converter (_FusedConv2D,
 * FusedDepthwiseConv2dNative carry BiasAdd and an activation in {@code fused_ops}).
 *
 * <p>Emitted as one ONNX Conv on NCHW data: the weights are permuted at import time (HWIO to OIHW;
 * depthwise HWCM to (C·M)1HW with {@code group = C}), TF's SAME padding becomes explicit pads,
 * and the activation follows as Relu or Clip, which ONNX Runtime fuses into the convolution.
 */
public final class Conv2D implements OpTranslator {
    private static final int[] HWIO_TO_OIHW = {3, 2, 0, 1};
    /** Relu6 is Clip(0, 6); ONNX Runtime fuses Conv + Clip into one kernel. */
    private static final TensorData RELU6_MIN = TensorData.scalar(0f);
    private static final TensorData RELU6_MAX = TensorData.scalar(6f);

    private final boolean depthwise;

    public Conv2D(boolean depthwise) {
        this.depthwise = depthwise;
    }

    @Override
    public List<Value> translate(TfNode node, ConversionContext ctx) {
        Value x = ctx.input(node, 0);
        TensorData filter = ctx.constantInput(node, 1, "filter");
        String format = node.stringAttr("data_format", "NHWC");
        if (!format.equals("NHWC")) {
            throw new ModelImportException("node " + node + ": data_format " + format + " is not supported (NHWC only)");
        }
        int[] in = x.shape();
        int[] f = filter.shape();
        if (in.length != 4 || f.length != 4) {
            throw new ModelImportException("node " + node + ": expects a rank-4 input and filter, got input "
                    + Shapes.format(in) + " and filter " + node.dataInputs().get(1) + " " + Shapes.format(f));
        }
        int channels = in[3];
        if (f[2] != channels) {
            throw new ModelImportException("node " + node + ": filter " + node.dataInputs().get(1) + " of shape "
                    + Shapes.format(f) + " expects " + f[2] + " input channels but " + node.dataInputs().get(0)
                    + " has " + channels);
        }
        int outChannels = depthwise ? f[2] * f[3] : f[3];
        int[] strides = spatial(node, "strides");
        int[] dilations = spatial(node, "dilations");
        long[] pads = pads(node, in, f, strides, dilations);
        int outH = outputSize(in[1], f[0], strides[0], dilations[0], pads[0] + pads[2]);
        int outW = outputSize(in[2], f[1], strides[1], dilations[1], pads[1] + pads[3]);

        TensorData weights = depthwise
                ? filter.reshape(new int[] {f[0], f[1], 1, outChannels}).transpose(HWIO_TO_OIHW)
                : filter.transpose(HWIO_TO_OIHW);
        List<String> inputs = new ArrayList<>(List.of(ctx.channelsFirstName(x),
                ctx.initializer(weights, node.dataInputs().get(1))));
        List<String> fused = node.stringListAttr("fused_ops");
        String activation = null;
        for (String op : fused) {
            switch (op) {
                case "BiasAdd" -> inputs.add(ctx.initializer(bias(node, ctx, outChannels), node.dataInputs().get(2)));
                case "Relu", "Relu6" -> activation = op;
                default -> throw new ModelImportException("node " + node + ": fused op " + op + " is not supported");
            }
        }
        List<OnnxAttribute> attrs = List.of(
                OnnxAttribute.ints("kernel_shape", f[0], f[1]),
                OnnxAttribute.ints("strides", strides[0], strides[1]),
                OnnxAttribute.ints("dilations", dilations[0], dilations[1]),
                OnnxAttribute.ints("pads", pads),
                OnnxAttribute.of("group", (long) (depthwise ? channels : 1)));
        String conv = ctx.emit(activation == null ? node.name() : node.name() + "/conv", "Conv", inputs, attrs);
        String out = conv;
        if ("Relu".equals(activation)) {
            out = ctx.emit(node.name(), "Relu", List.of(conv));
        } else if ("Relu6".equals(activation)) {
            out = ctx.emit(node.name(), "Clip", List.of(conv, ctx.initializer(RELU6_MIN, "relu6_min"),
                    ctx.initializer(RELU6_MAX, "relu6_max")));
        }
        return List.of(Value.channelsFirst(out, ElementType.FLOAT, new int[] {in[0], outH, outW, outChannels}));
    }

    private static TensorData bias(TfNode node, ConversionContext ctx, int outChannels) {
        TensorData bias = ctx.constantInput(node, 2, "bias");
        if (bias.size() != outChannels) {
            throw new ModelImportException("node " + node + ": bias " + node.dataInputs().get(2) + " has "
                    + bias.size() + " values for " + outChannels + " output channels");
        }
        return bias.reshape(new int[] {outChannels});
    }

    /** The H and W entries of an NHWC attribute list such as strides [1, 2, 2, 1]. */
    private static int[] spatial(TfNode node, String attribute) {
        List<Long> v = node.intListAttr(attribute);
        if (v.isEmpty()) {
            return new int[] {1, 1};
        }
        if (v.size() != 4 || v.get(0) != 1 || v.get(3) != 1) {
            throw new ModelImportException("node " + node + ": " + attribute + " " + v + " is not supported");
        }
        return new int[] {v.get(1).intValue(), v.get(2).intValue()};
    }

    /** ONNX pads [top, left, bottom, right]; TF's SAME puts the odd pixel at the end. */
    private static long[] pads(TfNode node, int[] in, int[] f, int[] strides, int[] dilations) {
        String padding = node.stringAttr("padding", "VALID");
        return switch (padding) {
            case "VALID" -> new long[] {0, 0, 0, 0};
            case "SAME" -> samePads(in, f, strides, dilations);
            case "EXPLICIT" -> {
                List<Long> p = node.intListAttr("explicit_paddings");
                if (p.size() != 8) {
                    throw new ModelImportException("node " + node + ": explicit_paddings " + p + " must have 8 entries");
                }
                yield new long[] {p.get(2), p.get(4), p.get(3), p.get(5)};
            }
            default -> throw new ModelImportException("node " + node + ": padding " + padding + " is not supported");
        };
    }

    private static long[] samePads(int[] in, int[] f, int[] strides, int[] dilations) {
        long[] begin = new long[2];
        long[] end = new long[2];
        for (int i = 0; i < 2; i++) {
            int size = in[1 + i];
            int effectiveKernel = (f[i] - 1) * dilations[i] + 1;
            int out = (size + strides[i] - 1) / strides[i];
            int total = Math.max((out - 1) * strides[i] + effectiveKernel - size, 0);
            begin[i] = total / 2;
            end[i] = total - total / 2;
        }
        return new long[] {begin[0], begin[1], end[0], end[1]};
    }

    private static int outputSize(int size, int kernel, int stride, int dilation, long padTotal) {
        int effectiveKernel = (kernel - 1) * dilation + 1;
        return (int) ((size + padTotal - effectiveKernel) / stride + 1);
    }
}
