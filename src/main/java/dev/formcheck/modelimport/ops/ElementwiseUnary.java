package dev.formcheck.modelimport.ops;

import dev.formcheck.modelimport.core.ConversionContext;
import dev.formcheck.modelimport.core.Layout;
import dev.formcheck.modelimport.core.OpTranslator;
import dev.formcheck.modelimport.core.Value;
import dev.formcheck.modelimport.core.TfNode;

import java.util.List;
import java.util.function.DoubleUnaryOperator;
import dev.formcheck.modelimport.core.ElementType;
import dev.formcheck.modelimport.onnx.OnnxAttribute;

/** Sigmoid, Sqrt, Relu: elementwise, so the input's layout carries straight through. */
public final class ElementwiseUnary implements OpTranslator {
    private final String onnxOp;
    private final DoubleUnaryOperator fold;

    public ElementwiseUnary(String onnxOp, DoubleUnaryOperator fold) {
        this.onnxOp = onnxOp;
        this.fold = fold;
    }

    @Override
    public List<Value> translate(TfNode node, ConversionContext ctx) {
        Value x = ctx.input(node, 0);
        if (x.isConstant()) {
            return List.of(Value.constant(Folding.unary(x.constantValue().orElseThrow(), fold)));
        }
        return List.of(applyKeepingLayout(node.name(), onnxOp, x, ctx, List.of()));
    }

    /** Emits a one-input elementwise op on {@code x} in whatever layout {@code x} already has. */
    static Value applyKeepingLayout(String name, String onnxOp, Value x, ConversionContext ctx,
                                    List<OnnxAttribute> attributes) {
        return applyKeepingLayout(name, onnxOp, x, x.type(), ctx, attributes);
    }

    static Value applyKeepingLayout(String name, String onnxOp, Value x, ElementType outType,
                                    ConversionContext ctx, List<OnnxAttribute> attributes) {
        if (x.layout() == Layout.CHANNELS_FIRST) {
            String out = ctx.emit(name, onnxOp, List.of(ctx.channelsFirstName(x)), attributes);
            return Value.channelsFirst(out, outType, x.shape());
        }
        String out = ctx.emit(name, onnxOp, List.of(ctx.nativeName(x)), attributes);
        return Value.nativeTensor(out, outType, x.shape());
    }
}
