package dev.formcheck.modelimport.ops;

import dev.formcheck.modelimport.core.ConversionContext;
import dev.formcheck.modelimport.core.Value;

/** Helpers for the ops that only change a tensor's shape, never its element order. */
final class Views {
    private Views() {
    }

    /** The value seen with a new shape: constants fold, computed tensors get a pending reshape. */
    static Value reshaped(ConversionContext ctx, Value x, int[] shape) {
        return ctx.toNative(x).viewAs(shape);
    }
}
