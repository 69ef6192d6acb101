package dev.formcheck.modelimport;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

/**
 * Builds a TF.js graph model in a test and writes it the way the TF.js converter does:
 * {@value #MODEL_JSON} (topology and weights manifest) and one little-endian weight shard,
 * {@value #SHARD}. Node attributes take the converter's JSON forms: {@code {"i": "2"}},
 * {@code {"b": true}}, {@code {"s": base64}}, {@code {"type": "DT_FLOAT"}}, {@code {"list": {...}}}
 * and {@code {"shape": {"dim": [{"size": "1"}, ...]}}}.
 */
final class TfjsGraphBuilder {
    static final String MODEL_JSON = "model.json";
    static final String SHARD = "w.bin";

    private final ObjectMapper json = new ObjectMapper();
    private final ArrayNode nodes = json.createArrayNode();
    private final ArrayNode weights = json.createArrayNode();
    private final ByteArrayOutputStream shard = new ByteArrayOutputStream();
    private final ObjectNode signatureOutputs = json.createObjectNode();

    /** A graph input with a fully static shape. */
    TfjsGraphBuilder placeholder(String name, HostTensor.Kind kind, int... shape) {
        ObjectNode shapeAttr = json.createObjectNode();
        ArrayNode dims = shapeAttr.putObject("shape").putArray("dim");
        for (int d : shape) {
            dims.addObject().put("size", String.valueOf(d));
        }
        node(name, "Placeholder").type("dtype", kind).attr("shape", shapeAttr);
        return this;
    }

    /** A Const node whose float32 or int32 values are stored unquantized in the shard. */
    TfjsGraphBuilder constant(String name, HostTensor value) {
        boolean isFloat = value.kind() == HostTensor.Kind.FLOAT;
        if (!isFloat && value.kind() != HostTensor.Kind.INT32) {
            throw new IllegalArgumentException("TF.js stores float32 and int32 weights, not " + value.kind());
        }
        ByteBuffer bytes = ByteBuffer.allocate(value.size() * 4).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < value.size(); i++) {
            if (isFloat) {
                bytes.putFloat((float) value.get(i));
            } else {
                bytes.putInt((int) value.get(i));
            }
        }
        addWeight(name, value.kind(), value.shape(), bytes.array());
        return this;
    }

    /** A scalar int32 Const, as TF.js stores axes. */
    TfjsGraphBuilder scalar(String name, int value) {
        return constant(name, HostTensor.ints(new int[0], value));
    }

    /** A rank-1 int32 Const, as TF.js stores shapes and sizes. */
    TfjsGraphBuilder intVector(String name, int... values) {
        return constant(name, HostTensor.ints(new int[] {values.length}, values));
    }

    /** A float32 Const stored as IEEE half-precision bit patterns. */
    TfjsGraphBuilder float16Constant(String name, int[] shape, short... halfBits) {
        ByteBuffer bytes = ByteBuffer.allocate(halfBits.length * 2).order(ByteOrder.LITTLE_ENDIAN);
        for (short h : halfBits) {
            bytes.putShort(h);
        }
        ObjectNode q = addWeight(name, HostTensor.Kind.FLOAT, shape, bytes.array()).putObject("quantization");
        q.put("dtype", "float16");
        q.put("original_dtype", "float32");
        return this;
    }

    /** A float32 Const stored as uint8 with an affine dequantization {@code q * scale + min}. */
    TfjsGraphBuilder uint8Constant(String name, int[] shape, double scale, double min, byte... quantized) {
        ObjectNode q = addWeight(name, HostTensor.Kind.FLOAT, shape, quantized).putObject("quantization");
        q.put("dtype", "uint8");
        q.put("scale", scale);
        q.put("min", min);
        q.put("original_dtype", "float32");
        return this;
    }

    /**
     * Declares a signature output: {@code key} is the alias TF.js shows (like BlazePose's
     * "activation_segmentation"), {@code tensor} the tensor it names (like "Identity_1:0").
     * Without any, the model.json has no signature and every unread node is an output.
     */
    TfjsGraphBuilder signatureOutput(String key, String tensor) {
        signatureOutputs.putObject(key).put("name", tensor);
        return this;
    }

    /** Adds a node; its attributes are set on the returned handle. */
    Node node(String name, String op, String... inputs) {
        ObjectNode n = nodes.addObject();
        n.put("name", name);
        n.put("op", op);
        ArrayNode in = n.putArray("input");
        for (String i : inputs) {
            in.add(i);
        }
        return new Node(n.putObject("attr"));
    }

    /** Writes {@value #MODEL_JSON} and {@value #SHARD} into {@code dir} and returns the model.json path. */
    Path writeTo(Path dir) throws IOException {
        ObjectNode root = json.createObjectNode();
        root.put("format", "graph-model");
        root.put("generatedBy", "2.15.0");
        root.put("convertedBy", "TfjsGraphBuilder (test)");
        root.putObject("modelTopology").set("node", nodes.deepCopy());
        if (!signatureOutputs.isEmpty()) {
            root.putObject("signature").set("outputs", signatureOutputs.deepCopy());
        }
        ObjectNode group = root.putArray("weightsManifest").addObject();
        group.putArray("paths").add(SHARD);
        group.set("weights", weights.deepCopy());
        Path modelJson = dir.resolve(MODEL_JSON);
        Files.writeString(modelJson, json.writerWithDefaultPrettyPrinter().writeValueAsString(root));
        Files.write(dir.resolve(SHARD), shard.toByteArray());
        return modelJson;
    }

    private ObjectNode addWeight(String name, HostTensor.Kind kind, int[] shape, byte[] data) {
        node(name, "Const").type("dtype", kind);
        ObjectNode spec = weights.addObject();
        spec.put("name", name);
        ArrayNode s = spec.putArray("shape");
        for (int d : shape) {
            s.add(d);
        }
        spec.put("dtype", kind == HostTensor.Kind.FLOAT ? "float32" : "int32");
        shard.writeBytes(data);
        return spec;
    }

    static String tfType(HostTensor.Kind kind) {
        return switch (kind) {
            case FLOAT -> "DT_FLOAT";
            case INT32 -> "DT_INT32";
            case INT64 -> "DT_INT64";
        };
    }

    /** The attributes of one node. */
    final class Node {
        private final ObjectNode attrs;

        private Node(ObjectNode attrs) {
            this.attrs = attrs;
        }

        Node i(String key, long value) {
            attrs.putObject(key).put("i", String.valueOf(value));
            return this;
        }

        Node b(String key, boolean value) {
            attrs.putObject(key).put("b", value);
            return this;
        }

        Node s(String key, String value) {
            attrs.putObject(key).put("s", base64(value));
            return this;
        }

        Node type(String key, HostTensor.Kind kind) {
            attrs.putObject(key).put("type", tfType(kind));
            return this;
        }

        Node ints(String key, long... values) {
            ArrayNode list = attrs.putObject(key).putObject("list").putArray("i");
            for (long v : values) {
                list.add(String.valueOf(v));
            }
            return this;
        }

        Node strings(String key, String... values) {
            ArrayNode list = attrs.putObject(key).putObject("list").putArray("s");
            for (String v : values) {
                list.add(base64(v));
            }
            return this;
        }

        private Node attr(String key, ObjectNode value) {
            attrs.set(key, value);
            return this;
        }

        private String base64(String s) {
            return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
        }
    }
}
