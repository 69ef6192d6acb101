package dev.formcheck.modelimport.ops;

import dev.formcheck.modelimport.core.ConversionContext;
import dev.formcheck.modelimport.core.Layout;
import dev.formcheck.modelimport.core.ModelImportException;
import dev.formcheck.modelimport.core.OpTranslator;
import dev.formcheck.modelimport.core.TfNode;
import dev.formcheck.modelimport.core.Value;

import java.util.List;

/**
 * Pad with zeros by constant paddings. TF gives {@code [rank, 2]} (before, after) pairs in its own
 * axis order; ONNX wants all the befores then all the afters, in the tensor's physical order, so a
 * rank-4 channels-first value has its pairs permuted to NCHW.
 */
public final class Pad implements OpTranslator {
    @Override
    public List<Value> translate(TfNode node, ConversionContext ctx) {
        Value x = ctx.input(node, 0);
        int[] paddings = ctx.constantInput(node, 1, "paddings").intValues();
        int rank = x.rank();
        if (paddings.length != 2 * rank) {
            throw new ModelImportException("node " + node + ": paddings hold " + paddings.length
                    + " values for a rank-" + rank + " input");
        }
        if (ctx.inputCount(node) > 2 && ctx.constantInput(node, 2, "constant_values").get(0) != 0) {
            throw new ModelImportException("node " + node + ": only zero padding is supported");
        }
        boolean channelsFirst = rank == 4 && x.layout() == Layout.CHANNELS_FIRST;
        long[] pads = new long[2 * rank];
        int[] out = x.shape().clone();
        for (int physical = 0; physical < rank; physical++) {
            int tfAxis = channelsFirst ? Layout.TO_CHANNELS_FIRST[physical] : physical;
            pads[physical] = paddings[2 * tfAxis];
            pads[rank + physical] = paddings[2 * tfAxis + 1];
        }
        for (int axis = 0; axis < rank; axis++) {
            out[axis] += paddings[2 * axis] + paddings[2 * axis + 1];
        }
        String input = channelsFirst ? ctx.channelsFirstName(x) : ctx.nativeName(x);
        String name = ctx.emit(node.name(), "Pad", List.of(input, ctx.int64Initializer("pads", pads)));
        return List.of(channelsFirst
                ? Value.channelsFirst(name, x.type(), out)
                : Value.nativeTensor(name, x.type(), out));
    }
}
