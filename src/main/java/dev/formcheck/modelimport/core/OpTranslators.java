package dev.formcheck.modelimport.core;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A registry of op translators keyed by TF op name. Placeholder and Const, which every graph has,
 * are always present; supporting a new model means adding entries, never special-casing a graph.
 */
public final class OpTranslators {
    private final Map<String, OpTranslator> byOp;

    public OpTranslators(Map<String, OpTranslator> translators) {
        Map<String, OpTranslator> all = new HashMap<>(translators);
        all.put("Placeholder", GraphBoundary.PLACEHOLDER);
        all.put("Const", GraphBoundary.CONST);
        this.byOp = Map.copyOf(all);
    }

    public Optional<OpTranslator> find(String op) {
        return Optional.ofNullable(byOp.get(op));
    }
}
