package dev.formcheck.modelimport.ops;

import dev.formcheck.modelimport.core.ConversionContext;
import dev.formcheck.modelimport.core.ModelImportException;
import dev.formcheck.modelimport.core.OpTranslator;
import dev.formcheck.modelimport.core.TfNode;
import dev.formcheck.modelimport.core.Value;
import dev.formcheck.modelimport.onnx.OnnxAttribute;

import java.util.List;

/** MaxPool on NHWC data as ONNX MaxPool on NCHW; TF's SAME padding becomes explicit pads. */
public final class MaxPool implements OpTranslator {
    @Override
    public List<Value> translate(TfNode node, ConversionContext ctx) {
        Value x = ctx.input(node, 0);
        int[] in = x.shape();
        List<Long> ksize = node.intListAttr("ksize");
        List<Long> strides = node.intListAttr("strides");
        if (in.length != 4 || ksize.size() != 4 || strides.size() != 4 || ksize.get(0) != 1 || ksize.get(3) != 1
                || strides.get(0) != 1 || strides.get(3) != 1) {
            throw new ModelImportException("node " + node + ": only 2D pooling over H and W of an NHWC input is supported");
        }
        int[] k = {ksize.get(1).intValue(), ksize.get(2).intValue()};
        int[] s = {strides.get(1).intValue(), strides.get(2).intValue()};
        String padding = node.stringAttr("padding", "VALID");
        long[] pads = new long[4];
        int[] outSize = new int[2];
        for (int i = 0; i < 2; i++) {
            int size = in[1 + i];
            switch (padding) {
                case "VALID" -> outSize[i] = (size - k[i]) / s[i] + 1;
                case "SAME" -> {
                    outSize[i] = (size + s[i] - 1) / s[i];
                    int total = Math.max((outSize[i] - 1) * s[i] + k[i] - size, 0);
                    pads[i] = total / 2;
                    pads[i + 2] = total - total / 2;
                }
                default -> throw new ModelImportException("node " + node + ": padding " + padding + " is not supported");
            }
        }
        String out = ctx.emit(node.name(), "MaxPool", List.of(ctx.channelsFirstName(x)), List.of(
                OnnxAttribute.ints("kernel_shape", k[0], k[1]),
                OnnxAttribute.ints("strides", s[0], s[1]),
                OnnxAttribute.ints("pads", pads)));
        return List.of(Value.channelsFirst(out, x.type(), new int[] {in[0], outSize[0], outSize[1], in[3]}));
    }
}
