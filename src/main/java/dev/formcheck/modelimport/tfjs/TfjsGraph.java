package dev.formcheck.modelimport.tfjs;

import java.util.List;
import java.util.Map;

/**
 * A TF.js graph model as read from disk: its nodes in file order and its dequantized weights by
 * node name.
 *
 * @param source the {@code model.json} path, for messages
 * @param provenance free text such as the model's {@code generatedBy} field
 */
public record TfjsGraph(String source, String provenance, List<TfNode> nodes, Map<String, TensorData> weights) {
    public TfjsGraph {
        nodes = List.copyOf(nodes);
        weights = Map.copyOf(weights);
    }
}
