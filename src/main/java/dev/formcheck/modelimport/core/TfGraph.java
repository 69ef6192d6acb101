package dev.formcheck.modelimport.core;

import java.util.List;
import java.util.Map;

/**
 * A TF graph as read from disk: its nodes in file order, its dequantized weights by node name,
 * and the outputs its signature declares.
 *
 * @param source the {@code model.json} path, for messages
 * @param provenance free text such as the model's {@code generatedBy} field
 * @param outputs the tensors the model's signature exports ({@code name:index}); empty when it has none
 */
public record TfGraph(String source, String provenance, List<TfNode> nodes, Map<String, TensorData> weights,
                      List<String> outputs) {
    public TfGraph {
        nodes = List.copyOf(nodes);
        outputs = List.copyOf(outputs);
        weights = Map.copyOf(weights);
    }
}
