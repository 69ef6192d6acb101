package dev.formcheck.modelimport.core;


import java.util.Arrays;
import java.util.List;

/** Translators for where data enters the graph: Placeholder (a graph input) and Const (weights). */
final class GraphBoundary {
    private GraphBoundary() {
    }

    static final OpTranslator PLACEHOLDER = (node, ctx) -> {
        ElementType type = node.typeAttr("dtype").orElseThrow(() -> new ModelImportException(
                "input " + node.name() + " has no dtype"));
        int[] shape = node.shapeAttr("shape");
        if (shape.length > 0 && shape[0] < 0) {
            shape = shape.clone();
            shape[0] = 1; // a dynamic batch: FormCheck always runs one image at a time
        }
        if (Arrays.stream(shape).anyMatch(d -> d < 0)) {
            throw new ModelImportException("input " + node.name() + " has shape " + Shapes.format(shape)
                    + "; only fully static input shapes can be imported");
        }
        return List.of(ctx.addGraphInput(node.name(), type, shape));
    };

    /** Const nodes take their values from the weights the reader decoded, looked up by node name. */
    static final OpTranslator CONST = (node, ctx) -> List.of(Value.constant(ctx.weight(node.name())));
}
