package dev.formcheck.modelimport.ops;

import dev.formcheck.modelimport.core.ConversionContext;
import dev.formcheck.modelimport.core.ModelImportException;
import dev.formcheck.modelimport.core.OpTranslator;
import dev.formcheck.modelimport.core.Value;
import dev.formcheck.modelimport.core.Shapes;
import dev.formcheck.modelimport.core.TfNode;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/** Squeeze removes the listed size-1 axes, or every size-1 axis when none are listed. */
public final class Squeeze implements OpTranslator {
    @Override
    public List<Value> translate(TfNode node, ConversionContext ctx) {
        Value x = ctx.input(node, 0);
        int[] in = x.shape();
        Set<Integer> axes = new HashSet<>();
        for (long axis : node.intListAttr("squeeze_dims")) {
            int a = Shapes.axis((int) axis, in.length);
            if (in[a] != 1) {
                throw new ModelImportException("node " + node + ": axis " + axis + " of " + Shapes.format(in)
                        + " is not 1 and cannot be squeezed");
            }
            axes.add(a);
        }
        int[] out = IntStream.range(0, in.length)
                .filter(i -> axes.isEmpty() ? in[i] != 1 : !axes.contains(i))
                .map(i -> in[i]).toArray();
        return List.of(Views.reshaped(ctx, x, out));
    }
}
