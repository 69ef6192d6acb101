package dev.formcheck.modelimport.tfjs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.formcheck.modelimport.core.ElementType;
import dev.formcheck.modelimport.core.ModelImportException;
import dev.formcheck.modelimport.core.Shapes;
import dev.formcheck.modelimport.core.TensorData;
import dev.formcheck.modelimport.core.TfGraph;
import dev.formcheck.modelimport.core.TfNode;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a TF.js graph model: {@code model.json} (topology and weights manifest) plus its binary
 * weight shards. Quantized weights are dequantized to float32 here, so nothing downstream sees
 * float16 or uint8.
 */
public final class TfjsGraphReader {
    private final ObjectMapper json = new ObjectMapper();

    /** The graph's nodes and outputs only, without reading any weights: enough to check the ops. */
    public TfGraph readTopology(Path modelJson) {
        return read(modelJson, false);
    }

    public TfGraph read(Path modelJson) {
        return read(modelJson, true);
    }

    private TfGraph read(Path modelJson, boolean withWeights) {
        JsonNode root = parse(modelJson);
        if (!"graph-model".equals(root.path("format").asText("graph-model"))) {
            throw new ModelImportException(modelJson + ": format is '" + root.path("format").asText()
                    + "'; only TF.js graph models can be imported");
        }
        JsonNode topology = root.path("modelTopology");
        if (!topology.path("node").isArray()) {
            throw new ModelImportException(modelJson + ": no modelTopology.node list; is this a TF.js graph model?");
        }
        List<TfNode> nodes = new ArrayList<>();
        for (JsonNode n : topology.path("node")) {
            nodes.add(node(modelJson, n));
        }
        Map<String, TensorData> weights = withWeights ? readWeights(modelJson, root.path("weightsManifest")) : Map.of();
        String provenance = root.path("generatedBy").asText("") + " " + root.path("convertedBy").asText("");
        List<String> outputs = new ArrayList<>();
        // Each output's "name" is the tensor; the key is only an alias (MoveNet's equal, BlazePose's don't).
        root.path("signature").path("outputs").fields().forEachRemaining(e ->
                outputs.add(e.getValue().path("name").asText(e.getKey())));
        return new TfGraph(modelJson.toString(), provenance.trim(), nodes, weights, outputs);
    }

    /** A named pipe or a device would block the read until something writes to it, maybe forever. */
    private static void refuseIfNotAFile(Path file) {
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            throw new ModelImportException(file + ": not a regular file (a directory, a named pipe, a device or a socket); "
                    + "a TF.js model is files on disk");
        }
    }

    private JsonNode parse(Path modelJson) {
        refuseIfNotAFile(modelJson);
        try {
            return json.readTree(Files.readAllBytes(modelJson));
        } catch (NoSuchFileException e) {
            throw new ModelImportException(modelJson + ": file not found");
        } catch (JsonProcessingException e) {
            throw new ModelImportException(modelJson + ": malformed JSON at line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr());
        } catch (IOException e) {
            throw new ModelImportException(modelJson + ": cannot be read (" + e.getMessage() + ")");
        }
    }

    private static TfNode node(Path modelJson, JsonNode n) {
        String name = n.path("name").asText(null);
        String op = n.path("op").asText(null);
        if (name == null || op == null) {
            throw new ModelImportException(modelJson + ": a node without a name or op: " + abbreviate(n.toString()));
        }
        List<String> inputs = new ArrayList<>();
        n.path("input").forEach(i -> inputs.add(i.asText()));
        Map<String, JsonNode> attrs = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : n.path("attr").properties()) {
            attrs.put(e.getKey(), e.getValue());
        }
        return new TfNode(name, op, inputs, attrs);
    }

    private Map<String, TensorData> readWeights(Path modelJson, JsonNode manifest) {
        Map<String, TensorData> weights = new HashMap<>();
        Path dir = modelJson.toAbsolutePath().getParent();
        for (JsonNode group : manifest) {
            ByteBuffer bytes = readShards(dir, group.path("paths"));
            String shards = shardNames(dir, group.path("paths"));
            for (JsonNode spec : group.path("weights")) {
                String name = spec.path("name").asText();
                WeightSpec w = WeightSpec.of(modelJson, spec);
                if (bytes.remaining() < w.byteLength()) {
                    throw new ModelImportException(shards + ": too short; tensor " + name
                            + " needs " + w.byteLength() + " bytes at offset " + bytes.position()
                            + " but only " + bytes.remaining() + " remain");
                }
                weights.put(name, w.decode(bytes));
            }
            if (bytes.hasRemaining()) {
                throw new ModelImportException(shards + ": " + bytes.remaining()
                        + " bytes left over after the last tensor; the manifest does not describe these shards");
            }
        }
        return weights;
    }

    private static ByteBuffer readShards(Path dir, JsonNode paths) {
        List<byte[]> parts = new ArrayList<>();
        int total = 0;
        for (JsonNode p : paths) {
            Path shard = dir.resolve(p.asText()).normalize();
            if (!shard.startsWith(dir.normalize())) {
                throw new ModelImportException(shard + ": weight shard path '" + p.asText()
                        + "' leaves the model's directory; shards must sit beside model.json");
            }
            refuseIfNotAFile(shard);
            try {
                byte[] data = Files.readAllBytes(shard);
                parts.add(data);
                total = Math.addExact(total, data.length);
            } catch (NoSuchFileException e) {
                throw new ModelImportException(shard + ": weight shard not found (listed in the model's weightsManifest)");
            } catch (IOException e) {
                throw new ModelImportException(shard + ": weight shard cannot be read (" + e.getMessage() + ")");
            }
        }
        ByteBuffer all = ByteBuffer.allocate(total).order(ByteOrder.LITTLE_ENDIAN);
        parts.forEach(all::put);
        return all.flip();
    }

    private static String shardNames(Path dir, JsonNode paths) {
        List<String> names = new ArrayList<>();
        paths.forEach(p -> names.add(dir.resolve(p.asText()).toString()));
        return String.join(", ", names);
    }

    private static String abbreviate(String s) {
        return s.length() > 120 ? s.substring(0, 117) + "..." : s;
    }

    /** How one tensor is laid out in the shard bytes, and how to turn those bytes into values. */
    private record WeightSpec(String name, ElementType type, int[] shape, String storage, double scale, double min) {
        static WeightSpec of(Path modelJson, JsonNode spec) {
            String name = spec.path("name").asText();
            String dtype = spec.path("dtype").asText();
            ElementType type = ElementType.fromTfjs(dtype).orElseThrow(() -> new ModelImportException(
                    modelJson + ": tensor " + name + " has dtype '" + dtype + "', which the importer does not support"));
            JsonNode dims = spec.path("shape");
            int[] shape = new int[dims.size()];
            for (int i = 0; i < shape.length; i++) {
                shape[i] = dims.get(i).asInt();
                if (shape[i] < 0) {
                    throw new ModelImportException(modelJson + ": tensor " + name + " has a negative dimension");
                }
            }
            JsonNode q = spec.path("quantization");
            String storage = q.isMissingNode() ? dtype : q.path("dtype").asText();
            if (!List.of("float32", "int32", "bool", "float16", "uint8", "uint16").contains(storage)) {
                throw new ModelImportException(modelJson + ": tensor " + name + " is stored as '" + storage
                        + "', which the importer does not support");
            }
            if (storage.equals("float16") && type != ElementType.FLOAT) {
                throw new ModelImportException(modelJson + ": tensor " + name + " is " + dtype
                        + " but stored as float16, which TF.js only does for float32 tensors");
            }
            return new WeightSpec(name, type, shape, storage, q.path("scale").asDouble(1), q.path("min").asDouble(0));
        }

        int byteLength() {
            int bytesPerValue = switch (storage) {
                case "float16", "uint16" -> 2;
                case "uint8", "bool" -> 1;
                default -> 4;
            };
            return Math.multiplyExact(Shapes.elementCount(shape), bytesPerValue);
        }

        TensorData decode(ByteBuffer bytes) {
            int n = Shapes.elementCount(shape);
            if (type == ElementType.FLOAT) {
                float[] values = new float[n];
                for (int i = 0; i < n; i++) {
                    values[i] = switch (storage) {
                        case "float16" -> Float16.toFloat(bytes.getShort());
                        case "uint8" -> (float) ((bytes.get() & 0xff) * scale + min);
                        case "uint16" -> (float) ((bytes.getShort() & 0xffff) * scale + min);
                        default -> bytes.getFloat();
                    };
                }
                return TensorData.ofFloats(shape, values);
            }
            long[] values = new long[n];
            for (int i = 0; i < n; i++) {
                values[i] = switch (storage) {
                    // TF.js dequantizes integer tensors as round(q * scale + min), like floats but rounded
                    case "uint8" -> type == ElementType.BOOL ? bytes.get() & 0xff : Math.round((bytes.get() & 0xff) * scale + min);
                    case "uint16" -> Math.round((bytes.getShort() & 0xffff) * scale + min);
                    case "bool" -> bytes.get() & 0xff;
                    default -> bytes.getInt();
                };
            }
            return TensorData.ofLongs(type, shape, values);
        }
    }
}
