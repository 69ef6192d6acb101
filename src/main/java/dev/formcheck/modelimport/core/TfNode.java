package dev.formcheck.modelimport.core;

import com.fasterxml.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One node of a TF.js graph model as {@code model.json} stores it. Attributes keep the JSON form
 * the converter wrote ({@code {"i": "2"}}, {@code {"s": base64}}, {@code {"list": {...}}}) and are
 * decoded on demand, so a node carrying an attribute no translator reads costs nothing.
 */
public record TfNode(String name, String op, List<String> inputs, Map<String, JsonNode> attributes) {
    public TfNode {
        inputs = List.copyOf(inputs);
        attributes = Map.copyOf(attributes);
    }

    /** Data inputs only: control dependencies ({@code ^name}) order execution and carry no tensor. */
    public List<String> dataInputs() {
        return inputs.stream().filter(i -> !i.startsWith("^")).toList();
    }

    public boolean has(String attribute) {
        return attributes.containsKey(attribute);
    }

    public long intAttr(String attribute) {
        return attr(attribute).path("i").asLong();
    }

    public long intAttr(String attribute, long fallback) {
        return has(attribute) ? intAttr(attribute) : fallback;
    }

    public boolean boolAttr(String attribute, boolean fallback) {
        return has(attribute) ? attr(attribute).path("b").asBoolean() : fallback;
    }

    public String stringAttr(String attribute, String fallback) {
        if (!has(attribute)) {
            return fallback;
        }
        return decode(attr(attribute).path("s").asText(""));
    }

    public List<Long> intListAttr(String attribute) {
        List<Long> out = new ArrayList<>();
        if (has(attribute)) {
            for (JsonNode v : attr(attribute).path("list").path("i")) {
                out.add(v.asLong());
            }
        }
        return out;
    }

    public List<String> stringListAttr(String attribute) {
        List<String> out = new ArrayList<>();
        if (has(attribute)) {
            for (JsonNode v : attr(attribute).path("list").path("s")) {
                out.add(decode(v.asText()));
            }
        }
        return out;
    }

    public Optional<ElementType> typeAttr(String attribute) {
        if (!has(attribute)) {
            return Optional.empty();
        }
        String name = attr(attribute).path("type").asText("");
        return Optional.of(ElementType.fromTf(name).orElseThrow(() -> new ModelImportException(
                "node " + this.name + " (" + op + "): attribute " + attribute + " has type " + name
                        + ", which the importer does not support")));
    }

    /** The static shape of a Placeholder; -1 marks an unknown dimension. */
    public int[] shapeAttr(String attribute) {
        JsonNode shapeJson = attr(attribute).path("shape");
        if (shapeJson.path("unknownRank").asBoolean(false)) {
            throw new ModelImportException("node " + this + ": attribute " + attribute
                    + " has an unknown rank; only static shapes can be imported");
        }
        JsonNode dims = shapeJson.path("dim");
        int[] shape = new int[dims.size()];
        for (int i = 0; i < shape.length; i++) {
            shape[i] = dims.get(i).path("size").asInt(-1);
        }
        return shape;
    }

    private JsonNode attr(String attribute) {
        JsonNode value = attributes.get(attribute);
        if (value == null) {
            throw new ModelImportException("node " + name + " (" + op + "): attribute " + attribute + " is missing");
        }
        return value;
    }

    private static String decode(String base64) {
        return new String(Base64.getDecoder().decode(base64), StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return name + " (" + op + ")";
    }
}
