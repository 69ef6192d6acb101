package dev.formcheck.modelimport.ops;

import dev.formcheck.modelimport.core.ConversionContext;
import dev.formcheck.modelimport.core.Shapes;
import dev.formcheck.modelimport.core.OpTranslator;
import dev.formcheck.modelimport.core.Value;
import dev.formcheck.modelimport.core.TfNode;

import java.util.List;

/** ExpandDims inserts a size-1 axis; a negative axis counts from the end of the output. */
public final class ExpandDims implements OpTranslator {
    @Override
    public List<Value> translate(TfNode node, ConversionContext ctx) {
        Value x = ctx.input(node, 0);
        int axis = ctx.constantInt(node, 1, "axis");
        int[] in = x.shape();
        int outRank = in.length + 1;
        int a = Shapes.axis(axis, outRank); // counted in the output, which has one axis more
        int[] out = new int[outRank];
        for (int i = 0, j = 0; i < outRank; i++) {
            out[i] = i == a ? 1 : in[j++];
        }
        return List.of(Views.reshaped(ctx, x, out));
    }
}
