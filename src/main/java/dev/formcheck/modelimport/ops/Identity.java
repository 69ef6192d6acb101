package dev.formcheck.modelimport.ops;

import dev.formcheck.modelimport.core.ConversionContext;
import dev.formcheck.modelimport.core.OpTranslator;
import dev.formcheck.modelimport.core.Value;
import dev.formcheck.modelimport.core.TfNode;

import java.util.List;

/** Identity: the output is the input; nothing is emitted. */
public final class Identity implements OpTranslator {
    @Override
    public List<Value> translate(TfNode node, ConversionContext ctx) {
        return List.of(ctx.input(node, 0));
    }
}
