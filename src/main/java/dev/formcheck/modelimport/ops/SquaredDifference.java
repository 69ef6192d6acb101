package dev.formcheck.modelimport.ops;

import dev.formcheck.modelimport.core.ConversionContext;
import dev.formcheck.modelimport.core.OpTranslator;
import dev.formcheck.modelimport.core.Value;
import dev.formcheck.modelimport.core.TfNode;

import java.util.List;

/** SquaredDifference(a, b) = (a - b)²: a Sub and a Mul of the difference with itself. */
public final class SquaredDifference implements OpTranslator {
    @Override
    public List<Value> translate(TfNode node, ConversionContext ctx) {
        Value a = ctx.input(node, 0);
        Value b = ctx.input(node, 1);
        ElementwiseBinary.checkTypes(node, a, b);
        if (a.isConstant() && b.isConstant()) {
            return List.of(BroadcastOperands.folded(node, a, b, (x, y) -> (x - y) * (x - y)));
        }
        BroadcastOperands ops = BroadcastOperands.of(node, ctx, a, b);
        String diff = ctx.emit(node.name() + "/diff", "Sub", List.of(ops.left(), ops.right()));
        String out = ctx.emit(node.name(), "Mul", List.of(diff, diff));
        return List.of(ops.result(out, a.type()));
    }
}
