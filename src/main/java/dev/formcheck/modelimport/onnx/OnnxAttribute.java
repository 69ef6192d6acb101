package dev.formcheck.modelimport.onnx;

import java.util.List;
import java.util.Arrays;

/** A node attribute; exactly one kind of payload, as ONNX's AttributeProto requires. */
public sealed interface OnnxAttribute {
    String name();

    record IntAttr(String name, long value) implements OnnxAttribute { }

    record FloatAttr(String name, float value) implements OnnxAttribute { }

    record StringAttr(String name, String value) implements OnnxAttribute { }

    record IntsAttr(String name, List<Long> values) implements OnnxAttribute {
        public IntsAttr {
            values = List.copyOf(values);
        }
    }

    record TensorAttr(String name, OnnxTensor value) implements OnnxAttribute { }

    static OnnxAttribute of(String name, long value) {
        return new IntAttr(name, value);
    }

    static OnnxAttribute of(String name, float value) {
        return new FloatAttr(name, value);
    }

    static OnnxAttribute of(String name, String value) {
        return new StringAttr(name, value);
    }

    static OnnxAttribute ints(String name, long... values) {
        return new IntsAttr(name, Arrays.stream(values).boxed().toList());
    }
}
