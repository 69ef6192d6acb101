package dev.formcheck.modelimport.ops;

import dev.formcheck.modelimport.core.ConversionContext;
import dev.formcheck.modelimport.core.ModelImportException;
import dev.formcheck.modelimport.core.OpTranslator;
import dev.formcheck.modelimport.core.Value;
import dev.formcheck.modelimport.core.Shapes;
import dev.formcheck.modelimport.core.TfNode;

import java.util.List;

/** Reshape to a constant shape, resolving one -1 dimension. */
public final class Reshape implements OpTranslator {
    @Override
    public List<Value> translate(TfNode node, ConversionContext ctx) {
        Value x = ctx.input(node, 0);
        int[] target = ctx.constantInput(node, 1, "shape").intValues();
        int total = Shapes.elementCount(x.shape());
        int known = 1;
        int unknown = -1;
        for (int i = 0; i < target.length; i++) {
            if (target[i] == -1) {
                if (unknown >= 0) {
                    throw new ModelImportException("node " + node + ": shape " + Shapes.format(target) + " has two -1 dimensions");
                }
                unknown = i;
            } else {
                known *= target[i];
            }
        }
        if (unknown >= 0 && known > 0 && total % known == 0) {
            target[unknown] = total / known;
        }
        if (Shapes.elementCount(target) != total || (unknown >= 0 && known == 0)) {
            throw new ModelImportException("node " + node + ": cannot reshape " + node.dataInputs().get(0) + " of shape "
                    + Shapes.format(x.shape()) + " to " + Shapes.format(target));
        }
        return List.of(Views.reshaped(ctx, x, target));
    }
}
