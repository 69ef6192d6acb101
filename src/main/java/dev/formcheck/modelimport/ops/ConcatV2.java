package dev.formcheck.modelimport.ops;

import dev.formcheck.modelimport.core.ConversionContext;
import dev.formcheck.modelimport.core.Layout;
import dev.formcheck.modelimport.core.ModelImportException;
import dev.formcheck.modelimport.core.OpTranslator;
import dev.formcheck.modelimport.core.Value;
import dev.formcheck.modelimport.onnx.OnnxAttribute;
import dev.formcheck.modelimport.core.Shapes;
import dev.formcheck.modelimport.core.TensorData;
import dev.formcheck.modelimport.core.TfNode;

import java.util.ArrayList;
import java.util.List;

/**
 * ConcatV2: N tensors then a constant axis. Channels-first inputs stay channels-first (the axis is
 * remapped), so feature-map concatenations do not force a layout change.
 */
public final class ConcatV2 implements OpTranslator {
    private static final int[] NCHW_AXIS_OF_NHWC_AXIS = {0, 2, 3, 1};

    @Override
    public List<Value> translate(TfNode node, ConversionContext ctx) {
        int n = ctx.inputCount(node) - 1;
        int rank = ctx.input(node, 0).rank();
        int axis = Shapes.axis(ctx.constantInt(node, n, "axis"), rank);
        List<Value> parts = new ArrayList<>();
        int[] outShape = ctx.input(node, 0).shape();
        outShape[axis] = 0;
        for (int i = 0; i < n; i++) {
            Value v = ctx.input(node, i);
            int[] s = v.shape();
            for (int d = 0; d < rank; d++) {
                if (s.length != rank || (d != axis && s[d] != outShape[d])) {
                    throw new ModelImportException("node " + node + ": input " + node.dataInputs().get(i) + " has shape "
                            + Shapes.format(s) + ", which does not match the others off axis " + axis);
                }
            }
            outShape[axis] += s[axis];
            parts.add(v);
        }
        if (parts.stream().allMatch(Value::isConstant)) {
            List<TensorData> data = parts.stream().map(p -> p.constantValue().orElseThrow()).toList();
            return List.of(Value.constant(Folding.concat(data, axis, outShape)));
        }
        boolean channelsFirst = rank == 4 && parts.stream().allMatch(p -> p.layout() == Layout.CHANNELS_FIRST);
        List<String> names = parts.stream().map(p -> channelsFirst ? ctx.channelsFirstName(p) : ctx.nativeName(p)).toList();
        long onnxAxis = channelsFirst ? NCHW_AXIS_OF_NHWC_AXIS[axis] : axis;
        String out = ctx.emit(node.name(), "Concat", names, List.of(OnnxAttribute.of("axis", onnxAxis)));
        Value first = parts.get(0);
        return List.of(channelsFirst ? Value.channelsFirst(out, first.type(), outShape)
                : Value.nativeTensor(out, first.type(), outShape));
    }
}
