package dev.formcheck.modelimport.onnx;

import com.google.protobuf.CodedOutputStream;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.TreeMap;

/**
 * Serialises an {@link OnnxModel} as an ONNX ModelProto using protobuf's wire encoding.
 *
 * <p>The field numbers are those published in the ONNX IR specification; the message layout is
 * written out here by hand so the project needs no generated code. Nested messages are encoded to
 * bytes first because protobuf prefixes each with its length.
 */
public final class OnnxWriter {
    /** IR version 8 is the one that goes with opset 17 and earlier. */
    static final long IR_VERSION = 8;

    // ModelProto
    private static final int MODEL_IR_VERSION = 1;
    private static final int MODEL_PRODUCER_NAME = 2;
    private static final int MODEL_PRODUCER_VERSION = 3;
    private static final int MODEL_GRAPH = 7;
    private static final int MODEL_OPSET_IMPORT = 8;
    private static final int MODEL_METADATA_PROPS = 14;
    // OperatorSetIdProto
    private static final int OPSET_DOMAIN = 1;
    private static final int OPSET_VERSION = 2;
    // StringStringEntryProto
    private static final int ENTRY_KEY = 1;
    private static final int ENTRY_VALUE = 2;
    // GraphProto
    private static final int GRAPH_NODE = 1;
    private static final int GRAPH_NAME = 2;
    private static final int GRAPH_INITIALIZER = 5;
    private static final int GRAPH_INPUT = 11;
    private static final int GRAPH_OUTPUT = 12;
    // NodeProto
    private static final int NODE_INPUT = 1;
    private static final int NODE_OUTPUT = 2;
    private static final int NODE_NAME = 3;
    private static final int NODE_OP_TYPE = 4;
    private static final int NODE_ATTRIBUTE = 5;
    // AttributeProto and its AttributeType enum
    private static final int ATTR_NAME = 1;
    private static final int ATTR_F = 2;
    private static final int ATTR_I = 3;
    private static final int ATTR_S = 4;
    private static final int ATTR_T = 5;
    private static final int ATTR_INTS = 8;
    private static final int ATTR_TYPE = 20;
    private static final int TYPE_FLOAT = 1;
    private static final int TYPE_INT = 2;
    private static final int TYPE_STRING = 3;
    private static final int TYPE_TENSOR = 4;
    private static final int TYPE_INTS = 7;
    // TensorProto
    private static final int TENSOR_DIMS = 1;
    private static final int TENSOR_DATA_TYPE = 2;
    private static final int TENSOR_NAME = 8;
    private static final int TENSOR_RAW_DATA = 9;
    // ValueInfoProto, TypeProto, TypeProto.Tensor, TensorShapeProto, Dimension
    private static final int VALUE_INFO_NAME = 1;
    private static final int VALUE_INFO_TYPE = 2;
    private static final int TYPE_TENSOR_TYPE = 1;
    private static final int TENSOR_TYPE_ELEM_TYPE = 1;
    private static final int TENSOR_TYPE_SHAPE = 2;
    private static final int SHAPE_DIM = 1;
    private static final int DIM_VALUE = 1;

    private final String producerName;
    private final String producerVersion;

    public OnnxWriter(String producerName, String producerVersion) {
        this.producerName = producerName;
        this.producerVersion = producerVersion;
    }

    public void write(OnnxModel model, OutputStream out) throws IOException {
        CodedOutputStream coded = CodedOutputStream.newInstance(out);
        coded.writeInt64(MODEL_IR_VERSION, IR_VERSION);
        coded.writeString(MODEL_PRODUCER_NAME, producerName);
        coded.writeString(MODEL_PRODUCER_VERSION, producerVersion);
        coded.writeByteArray(MODEL_GRAPH, graph(model));
        coded.writeByteArray(MODEL_OPSET_IMPORT, message(m -> {
            m.writeString(OPSET_DOMAIN, "");
            m.writeInt64(OPSET_VERSION, model.opsetVersion());
        }));
        for (Map.Entry<String, String> e : new TreeMap<>(model.metadata()).entrySet()) {
            coded.writeByteArray(MODEL_METADATA_PROPS, message(m -> {
                m.writeString(ENTRY_KEY, e.getKey());
                m.writeString(ENTRY_VALUE, e.getValue());
            }));
        }
        coded.flush();
    }

    private static byte[] graph(OnnxModel model) {
        return message(g -> {
            for (OnnxNode node : model.nodes()) {
                g.writeByteArray(GRAPH_NODE, node(node));
            }
            g.writeString(GRAPH_NAME, model.graphName());
            for (OnnxTensor t : model.initializers()) {
                g.writeByteArray(GRAPH_INITIALIZER, tensor(t));
            }
            for (OnnxValueInfo v : model.inputs()) {
                g.writeByteArray(GRAPH_INPUT, valueInfo(v));
            }
            for (OnnxValueInfo v : model.outputs()) {
                g.writeByteArray(GRAPH_OUTPUT, valueInfo(v));
            }
        });
    }

    private static byte[] node(OnnxNode node) {
        return message(n -> {
            for (String in : node.inputs()) {
                n.writeString(NODE_INPUT, in);
            }
            for (String out : node.outputs()) {
                n.writeString(NODE_OUTPUT, out);
            }
            n.writeString(NODE_NAME, node.name());
            n.writeString(NODE_OP_TYPE, node.opType());
            for (OnnxAttribute a : node.attributes()) {
                n.writeByteArray(NODE_ATTRIBUTE, attribute(a));
            }
        });
    }

    private static byte[] attribute(OnnxAttribute attribute) {
        return message(a -> {
            a.writeString(ATTR_NAME, attribute.name());
            if (attribute instanceof OnnxAttribute.IntAttr i) {
                a.writeInt64(ATTR_I, i.value());
                a.writeEnum(ATTR_TYPE, TYPE_INT);
            } else if (attribute instanceof OnnxAttribute.FloatAttr f) {
                a.writeFloat(ATTR_F, f.value());
                a.writeEnum(ATTR_TYPE, TYPE_FLOAT);
            } else if (attribute instanceof OnnxAttribute.StringAttr s) {
                a.writeString(ATTR_S, s.value());
                a.writeEnum(ATTR_TYPE, TYPE_STRING);
            } else if (attribute instanceof OnnxAttribute.IntsAttr ints) {
                for (long v : ints.values()) {
                    a.writeInt64(ATTR_INTS, v);
                }
                a.writeEnum(ATTR_TYPE, TYPE_INTS);
            } else if (attribute instanceof OnnxAttribute.TensorAttr t) {
                a.writeByteArray(ATTR_T, tensor(t.value()));
                a.writeEnum(ATTR_TYPE, TYPE_TENSOR);
            }
        });
    }

    private static byte[] tensor(OnnxTensor tensor) {
        return message(t -> {
            for (long d : tensor.dims()) {
                t.writeInt64(TENSOR_DIMS, d);
            }
            t.writeInt32(TENSOR_DATA_TYPE, tensor.type().code());
            t.writeString(TENSOR_NAME, tensor.name());
            t.writeByteArray(TENSOR_RAW_DATA, tensor.rawData());
        });
    }

    private static byte[] valueInfo(OnnxValueInfo info) {
        byte[] shape = message(s -> {
            for (long d : info.dims()) {
                s.writeByteArray(SHAPE_DIM, message(dim -> dim.writeInt64(DIM_VALUE, d)));
            }
        });
        byte[] tensorType = message(tt -> {
            tt.writeInt32(TENSOR_TYPE_ELEM_TYPE, info.type().code());
            tt.writeByteArray(TENSOR_TYPE_SHAPE, shape);
        });
        return message(v -> {
            v.writeString(VALUE_INFO_NAME, info.name());
            v.writeByteArray(VALUE_INFO_TYPE, message(t -> t.writeByteArray(TYPE_TENSOR_TYPE, tensorType)));
        });
    }

    @FunctionalInterface
    private interface Body {
        void write(CodedOutputStream out) throws IOException;
    }

    private static byte[] message(Body body) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CodedOutputStream out = CodedOutputStream.newInstance(bytes);
        try {
            body.write(out);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        return bytes.toByteArray();
    }
}
