package dev.formcheck.modelimport.onnx;

import java.util.List;
import java.util.Map;

/** A single-graph ONNX model in the default operator domain. */
public record OnnxModel(String graphName, int opsetVersion, List<OnnxNode> nodes,
                        List<OnnxTensor> initializers, List<OnnxValueInfo> inputs,
                        List<OnnxValueInfo> outputs, Map<String, String> metadata) {
    public OnnxModel {
        nodes = List.copyOf(nodes);
        initializers = List.copyOf(initializers);
        inputs = List.copyOf(inputs);
        outputs = List.copyOf(outputs);
        metadata = Map.copyOf(metadata);
    }
}
