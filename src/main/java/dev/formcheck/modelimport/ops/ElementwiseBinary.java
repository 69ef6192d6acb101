package dev.formcheck.modelimport.ops;

import dev.formcheck.modelimport.core.ConversionContext;
import dev.formcheck.modelimport.core.ModelImportException;
import dev.formcheck.modelimport.core.OpTranslator;
import dev.formcheck.modelimport.core.Value;
import dev.formcheck.modelimport.core.TfNode;

import java.util.List;
import java.util.function.DoubleBinaryOperator;

/** AddV2, Sub, Mul, RealDiv: one ONNX op each, same broadcasting rules as TF. */
public final class ElementwiseBinary implements OpTranslator {
    private final String onnxOp;
    private final DoubleBinaryOperator fold;

    public ElementwiseBinary(String onnxOp, DoubleBinaryOperator fold) {
        this.onnxOp = onnxOp;
        this.fold = fold;
    }

    @Override
    public List<Value> translate(TfNode node, ConversionContext ctx) {
        Value a = ctx.input(node, 0);
        Value b = ctx.input(node, 1);
        checkTypes(node, a, b);
        if (a.isConstant() && b.isConstant()) {
            return List.of(BroadcastOperands.folded(node, a, b, fold));
        }
        BroadcastOperands ops = BroadcastOperands.of(node, ctx, a, b);
        String out = ctx.emit(node.name(), onnxOp, List.of(ops.left(), ops.right()));
        return List.of(ops.result(out, a.type()));
    }

    static void checkTypes(TfNode node, Value a, Value b) {
        if (a.type() != b.type()) {
            throw new ModelImportException("node " + node + ": operand types differ (" + a.type() + " and "
                    + b.type() + ")");
        }
    }
}
