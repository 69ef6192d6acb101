package dev.formcheck.modelimport.ops;

import dev.formcheck.modelimport.core.ConversionContext;
import dev.formcheck.modelimport.core.ModelImportException;
import dev.formcheck.modelimport.core.OpTranslator;
import dev.formcheck.modelimport.core.Value;
import dev.formcheck.modelimport.core.ElementType;
import dev.formcheck.modelimport.core.Shapes;
import dev.formcheck.modelimport.core.TensorData;
import dev.formcheck.modelimport.core.TfNode;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import dev.formcheck.modelimport.onnx.OnnxAttribute;

/**
 * Unpack (tf.unstack) splits along an axis and drops it. With one slice it is only a reshape;
 * otherwise each output is an ONNX Gather with a scalar index, which removes the axis itself.
 */
public final class Unpack implements OpTranslator {
    @Override
    public List<Value> translate(TfNode node, ConversionContext ctx) {
        Value x = ctx.input(node, 0);
        int[] in = x.shape();
        int axis = Shapes.axis((int) node.intAttr("axis", 0), in.length);
        int num = (int) node.intAttr("num", in[axis]);
        if (num != in[axis]) {
            throw new ModelImportException("node " + node + ": num=" + num + " but axis " + axis + " of "
                    + Shapes.format(in) + " has " + in[axis] + " slices");
        }
        int[] outShape = IntStream.range(0, in.length).filter(i -> i != axis).map(i -> in[i]).toArray();
        if (num == 1) {
            return List.of(Views.reshaped(ctx, x, outShape));
        }
        if (x.isConstant()) {
            return Folding.unstack(x.constantValue().orElseThrow(), axis, outShape).stream().map(Value::constant).toList();
        }
        String data = ctx.nativeName(x);
        List<Value> outputs = new ArrayList<>();
        for (int i = 0; i < num; i++) {
            String index = ctx.initializer(TensorData.ofLongs(ElementType.INT64, new int[0], new long[] {i}), "index");
            String out = ctx.emit(node.name() + "/" + i, "Gather", List.of(data, index),
                    List.of(OnnxAttribute.of("axis", (long) axis)));
            outputs.add(Value.nativeTensor(out, x.type(), outShape));
        }
        return outputs;
    }
}
