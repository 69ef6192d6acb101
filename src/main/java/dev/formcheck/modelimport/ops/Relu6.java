package dev.formcheck.modelimport.ops;

import dev.formcheck.modelimport.core.ConversionContext;
import dev.formcheck.modelimport.core.OpTranslator;
import dev.formcheck.modelimport.core.TensorData;
import dev.formcheck.modelimport.core.TfNode;
import dev.formcheck.modelimport.core.Value;

import java.util.List;

/** Relu6 as ONNX Clip(0, 6), in the input's layout. */
public final class Relu6 implements OpTranslator {
    @Override
    public List<Value> translate(TfNode node, ConversionContext ctx) {
        Value x = ctx.input(node, 0);
        if (x.isConstant()) {
            return List.of(Value.constant(Folding.unary(x.constantValue().orElseThrow(), v -> Math.min(Math.max(v, 0), 6))));
        }
        String min = ctx.initializer(TensorData.scalar(0f), "relu6_min");
        String max = ctx.initializer(TensorData.scalar(6f), "relu6_max");
        String input = x.layout() == dev.formcheck.modelimport.core.Layout.CHANNELS_FIRST
                ? ctx.channelsFirstName(x) : ctx.nativeName(x);
        String out = ctx.emit(node.name(), "Clip", List.of(input, min, max));
        return List.of(x.layout() == dev.formcheck.modelimport.core.Layout.CHANNELS_FIRST
                ? Value.channelsFirst(out, x.type(), x.shape())
                : Value.nativeTensor(out, x.type(), x.shape()));
    }
}
