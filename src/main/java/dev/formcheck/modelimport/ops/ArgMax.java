package dev.formcheck.modelimport.ops;

import dev.formcheck.modelimport.core.ConversionContext;
import dev.formcheck.modelimport.core.OpTranslator;
import dev.formcheck.modelimport.core.Value;
import dev.formcheck.modelimport.onnx.OnnxAttribute;
import dev.formcheck.modelimport.core.ElementType;
import dev.formcheck.modelimport.core.Shapes;
import dev.formcheck.modelimport.core.TfNode;

import java.util.List;
import java.util.stream.IntStream;

/**
 * ArgMax over a constant axis, which is removed. ONNX returns INT64 and, like TF, the first index
 * of a tie; a Cast follows when the graph asks for INT32.
 */
public final class ArgMax implements OpTranslator {
    @Override
    public List<Value> translate(TfNode node, ConversionContext ctx) {
        Value x = ctx.input(node, 0);
        int[] in = x.shape();
        int axis = Shapes.axis(ctx.constantInt(node, 1, "dimension"), in.length);
        ElementType outType = node.typeAttr("output_type").orElse(ElementType.INT64);
        int[] outShape = IntStream.range(0, in.length).filter(i -> i != axis).map(i -> in[i]).toArray();
        if (x.isConstant()) {
            return List.of(Value.constant(Folding.argMax(x.constantValue().orElseThrow(), axis, outShape, outType)));
        }
        String indices = ctx.emit(outType == ElementType.INT64 ? node.name() : node.name() + "/int64", "ArgMax",
                List.of(ctx.nativeName(x)),
                List.of(OnnxAttribute.of("axis", (long) axis), OnnxAttribute.of("keepdims", 0L)));
        if (outType == ElementType.INT64) {
            return List.of(Value.nativeTensor(indices, outType, outShape));
        }
        String cast = ctx.emit(node.name(), "Cast", List.of(indices),
                List.of(OnnxAttribute.of("to", (long) outType.onnx().code())));
        return List.of(Value.nativeTensor(cast, outType, outShape));
    }
}
