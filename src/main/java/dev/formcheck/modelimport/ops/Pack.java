package dev.formcheck.modelimport.ops;

import dev.formcheck.modelimport.core.ConversionContext;
import dev.formcheck.modelimport.core.ModelImportException;
import dev.formcheck.modelimport.core.OpTranslator;
import dev.formcheck.modelimport.core.Value;
import dev.formcheck.modelimport.onnx.OnnxAttribute;
import dev.formcheck.modelimport.core.Shapes;
import dev.formcheck.modelimport.core.TensorData;
import dev.formcheck.modelimport.core.TfNode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Pack (tf.stack): every input gains a size-1 axis, then they are concatenated along it. */
public final class Pack implements OpTranslator {
    @Override
    public List<Value> translate(TfNode node, ConversionContext ctx) {
        int n = ctx.inputCount(node);
        Value first = ctx.input(node, 0);
        int[] in = first.shape();
        int outRank = in.length + 1;
        int axis = Shapes.axis((int) node.intAttr("axis", 0), outRank); // counted in the output
        int[] expanded = new int[outRank];
        for (int i = 0, j = 0; i < outRank; i++) {
            expanded[i] = i == axis ? 1 : in[j++];
        }
        List<Value> parts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Value v = ctx.input(node, i);
            if (!Arrays.equals(v.shape(), in) || v.type() != first.type()) {
                throw new ModelImportException("node " + node + ": input " + node.dataInputs().get(i) + " has shape "
                        + Shapes.format(v.shape()) + " " + v.type() + " but the first has " + Shapes.format(in) + " " + first.type());
            }
            parts.add(Views.reshaped(ctx, v, expanded));
        }
        int[] outShape = expanded.clone();
        outShape[axis] = n;
        if (parts.stream().allMatch(Value::isConstant)) {
            List<TensorData> data = parts.stream().map(p -> p.constantValue().orElseThrow()).toList();
            return List.of(Value.constant(Folding.concat(data, axis, outShape)));
        }
        List<String> names = parts.stream().map(ctx::nativeName).toList();
        String out = ctx.emit(node.name(), "Concat", names, List.of(OnnxAttribute.of("axis", (long) axis)));
        return List.of(Value.nativeTensor(out, first.type(), outShape));
    }
}
