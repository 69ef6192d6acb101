package dev.formcheck.modelimport.onnx;

import java.util.List;

/** One operator invocation; an empty input name marks an omitted optional input. */
public record OnnxNode(String name, String opType, List<String> inputs, List<String> outputs,
                       List<OnnxAttribute> attributes) {
    public OnnxNode {
        inputs = List.copyOf(inputs);
        outputs = List.copyOf(outputs);
        attributes = List.copyOf(attributes);
    }
}
