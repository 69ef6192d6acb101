package dev.formcheck.modelimport.ops;

import dev.formcheck.modelimport.core.ConversionContext;
import dev.formcheck.modelimport.core.OpTranslator;
import dev.formcheck.modelimport.core.Value;
import dev.formcheck.modelimport.onnx.OnnxAttribute;
import dev.formcheck.modelimport.core.TfNode;

import java.util.List;

/**
 * FloorDiv rounds toward negative infinity; ONNX's integer Div truncates toward zero. For integers
 * it is emitted as {@code (a - mod(a, b)) / b}, where ONNX Mod with {@code fmod=0} takes the sign
 * of the divisor, so the Div is exact. For floats it is {@code Floor(a / b)}.
 */
public final class FloorDiv implements OpTranslator {
    @Override
    public List<Value> translate(TfNode node, ConversionContext ctx) {
        Value a = ctx.input(node, 0);
        Value b = ctx.input(node, 1);
        ElementwiseBinary.checkTypes(node, a, b);
        if (a.isConstant() && b.isConstant()) {
            return List.of(BroadcastOperands.folded(node, a, b, (x, y) -> Math.floor(x / y)));
        }
        BroadcastOperands ops = BroadcastOperands.of(node, ctx, a, b);
        String out;
        if (a.type().isInteger()) {
            String mod = ctx.emit(node.name() + "/mod", "Mod", List.of(ops.left(), ops.right()),
                    List.of(OnnxAttribute.of("fmod", 0L)));
            String multiple = ctx.emit(node.name() + "/multiple", "Sub", List.of(ops.left(), mod));
            out = ctx.emit(node.name(), "Div", List.of(multiple, ops.right()));
        } else {
            String quotient = ctx.emit(node.name() + "/quotient", "Div", List.of(ops.left(), ops.right()));
            out = ctx.emit(node.name(), "Floor", List.of(quotient));
        }
        return List.of(ops.result(out, a.type()));
    }
}
