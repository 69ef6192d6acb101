package dev.formcheck.modelimport.ops;

import dev.formcheck.modelimport.core.ConversionContext;
import dev.formcheck.modelimport.core.Layout;
import dev.formcheck.modelimport.core.ModelImportException;
import dev.formcheck.modelimport.core.Value;
import dev.formcheck.modelimport.core.ElementType;
import dev.formcheck.modelimport.core.Shapes;
import dev.formcheck.modelimport.core.TfNode;
import java.util.function.DoubleBinaryOperator;

/**
 * The ONNX names of two broadcasting operands in one common layout, and the TF shape of the result.
 *
 * <p>The pair stays channels-first when one side is and the other can follow cheaply (a
 * constant, permuted at import time, or a single element); otherwise both go native.
 */
record BroadcastOperands(String left, String right, Layout layout, int[] outputShape) {

    /** The broadcast shape of the node's two operands, or an error naming both tensors. */
    static int[] outputShape(TfNode node, Value a, Value b) {
        return Shapes.broadcast(a.shape(), b.shape()).orElseThrow(() -> new ModelImportException(
                "node " + node + ": shapes " + Shapes.format(a.shape()) + " of " + node.dataInputs().get(0) + " and "
                        + Shapes.format(b.shape()) + " of " + node.dataInputs().get(1) + " do not broadcast"));
    }

    /** Both operands constant: the op folded at import time, with {@code fold} applied elementwise. */
    static Value folded(TfNode node, Value a, Value b, DoubleBinaryOperator fold) {
        return Value.constant(Folding.binary(a.constantValue().orElseThrow(), b.constantValue().orElseThrow(),
                outputShape(node, a, b), fold));
    }

    static BroadcastOperands of(TfNode node, ConversionContext ctx, Value a, Value b) {
        int[] shape = outputShape(node, a, b);
        boolean anyChannelsFirst = a.layout() == Layout.CHANNELS_FIRST || b.layout() == Layout.CHANNELS_FIRST;
        if (anyChannelsFirst && shape.length == 4 && follows(a) && follows(b)) {
            return new BroadcastOperands(channelsFirst(ctx, a), channelsFirst(ctx, b), Layout.CHANNELS_FIRST, shape);
        }
        return new BroadcastOperands(ctx.nativeName(a), ctx.nativeName(b), Layout.NATIVE, shape);
    }

    /** Can this operand join a channels-first computation without a run-time Transpose? */
    private static boolean follows(Value v) {
        return v.layout() == Layout.CHANNELS_FIRST || v.isConstant() || v.isSingleElement();
    }

    private static String channelsFirst(ConversionContext ctx, Value v) {
        if (v.layout() == Layout.CHANNELS_FIRST) {
            return ctx.channelsFirstName(v);
        }
        if (v.isConstant()) {
            return ctx.channelsFirstInitializer(v.constantValue().orElseThrow());
        }
        return ctx.nativeName(v); // a single element broadcasts the same in any layout
    }

    Value result(String onnxName, ElementType type) {
        return layout == Layout.CHANNELS_FIRST
                ? Value.channelsFirst(onnxName, type, outputShape)
                : Value.nativeTensor(onnxName, type, outputShape);
    }
}
