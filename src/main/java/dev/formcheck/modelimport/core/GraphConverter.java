package dev.formcheck.modelimport.core;

import dev.formcheck.modelimport.onnx.OnnxModel;
import dev.formcheck.modelimport.onnx.OnnxNode;
import dev.formcheck.modelimport.onnx.OnnxTensor;
import dev.formcheck.modelimport.onnx.OnnxValueInfo;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Converts a TF graph to an ONNX model: checks every op is supported (listing all that are not),
 * translates the nodes in dependency order, exports the graph's outputs under their TF names and
 * drops what those outputs do not need.
 */
public final class GraphConverter {
    /** Opset 17: supported by every ONNX Runtime release of the last years, with Resize sizes and Clip inputs. */
    public static final int OPSET = 17;

    private final OpTranslators translators;

    public GraphConverter(OpTranslators translators) {
        this.translators = translators;
    }

    public OnnxModel convert(TfGraph graph) {
        checkSupported(graph);
        List<TfNode> ordered = topologicalOrder(graph);
        List<String> outputNames = outputs(graph, ordered);
        ConversionContext ctx = new ConversionContext(graph.weights());
        outputNames.forEach(o -> ctx.reserveName(outputName(o)));
        for (TfNode node : ordered) {
            OpTranslator translator = translators.find(node.op()).orElseThrow();
            List<Value> outputs;
            try {
                outputs = translator.translate(node, ctx);
            } catch (ModelImportException e) {
                throw new ModelImportException(graph.source() + ": " + e.getMessage(), e);
            } catch (IllegalArgumentException | IllegalStateException | ArithmeticException | IndexOutOfBoundsException e) {
                throw new ModelImportException(graph.source() + ": node " + node + ": " + e.getMessage(), e);
            }
            for (int i = 0; i < outputs.size(); i++) {
                ctx.define(node, i, outputs.get(i));
            }
        }
        List<OnnxValueInfo> outputs = new ArrayList<>();
        for (String output : outputNames) {
            Value v = ctx.value(output);
            String name = ctx.emitNamed(outputName(output), "Identity", List.of(ctx.nativeName(v)));
            outputs.add(new OnnxValueInfo(name, v.type().onnx(), Shapes.toLongs(v.shape())));
        }
        return pruned(graph, ctx, outputs);
    }

    /** Fails with one message that names every unsupported op and the nodes that use it. */
    public void checkSupported(TfGraph graph) {
        Map<String, List<String>> unsupported = new TreeMap<>();
        for (TfNode node : graph.nodes()) {
            if (translators.find(node.op()).isEmpty()) {
                unsupported.computeIfAbsent(node.op(), k -> new ArrayList<>()).add(node.name());
            }
        }
        if (!unsupported.isEmpty()) {
            String list = unsupported.entrySet().stream()
                    .map(e -> e.getKey() + " (" + e.getValue().size() + (e.getValue().size() == 1 ? " node: " : " nodes: ")
                            + String.join(", ", e.getValue()) + ")")
                    .collect(Collectors.joining("; "));
            throw new ModelImportException(graph.source() + ": " + unsupported.size() + " unsupported op"
                    + (unsupported.size() == 1 ? "" : "s") + ": " + list);
        }
    }

    /** Depth-first order over data and control inputs; reports unknown inputs and cycles. */
    private static List<TfNode> topologicalOrder(TfGraph graph) {
        Map<String, TfNode> byName = new LinkedHashMap<>();
        for (TfNode n : graph.nodes()) {
            if (byName.put(n.name(), n) != null) {
                throw new ModelImportException(graph.source() + ": two nodes are named " + n.name());
            }
        }
        List<TfNode> order = new ArrayList<>();
        Map<String, Boolean> state = new HashMap<>(); // false: on the stack, true: done
        for (TfNode root : graph.nodes()) {
            Deque<TfNode> stack = new ArrayDeque<>();
            Deque<Integer> next = new ArrayDeque<>();
            if (state.containsKey(root.name())) {
                continue;
            }
            stack.push(root);
            next.push(0);
            state.put(root.name(), false);
            while (!stack.isEmpty()) {
                TfNode node = stack.peek();
                int i = next.pop();
                if (i < node.inputs().size()) {
                    next.push(i + 1);
                    String dep = producer(node.inputs().get(i));
                    TfNode depNode = byName.get(dep);
                    if (depNode == null) {
                        throw new ModelImportException(graph.source() + ": node " + node + " reads " + node.inputs().get(i)
                                + ", which no node produces");
                    }
                    Boolean s = state.get(dep);
                    if (s == null) {
                        state.put(dep, false);
                        stack.push(depNode);
                        next.push(0);
                    } else if (!s) {
                        throw new ModelImportException(graph.source() + ": the graph has a cycle through " + dep);
                    }
                } else {
                    stack.pop();
                    state.put(node.name(), true);
                    order.add(node);
                }
            }
        }
        return order;
    }

    private static String producer(String input) {
        String name = input.startsWith("^") ? input.substring(1) : input;
        int colon = name.indexOf(':');
        return colon < 0 ? name : name.substring(0, colon);
    }

    /**
     * The tensors to export: the signature's outputs when the model declares them, else every
     * output of every node nothing else reads (constants and inputs aside).
     */
    private static List<String> outputs(TfGraph graph, List<TfNode> ordered) {
        if (!graph.outputs().isEmpty()) {
            Set<String> names = new HashSet<>();
            ordered.forEach(n -> names.add(n.name()));
            for (String o : graph.outputs()) {
                if (!names.contains(producer(o))) {
                    throw new ModelImportException(graph.source() + ": the signature names output " + o
                            + ", which no node produces");
                }
            }
            return graph.outputs();
        }
        Set<String> consumed = new HashSet<>();
        for (TfNode n : ordered) {
            n.inputs().forEach(i -> consumed.add(producer(i)));
        }
        List<String> sinks = ordered.stream()
                .filter(n -> !consumed.contains(n.name()))
                .filter(n -> !n.op().equals("Const") && !n.op().equals("Placeholder"))
                .map(TfNode::name)
                .toList();
        if (sinks.isEmpty()) {
            throw new ModelImportException(graph.source() + ": the graph has no outputs");
        }
        return sinks;
    }

    /** The ONNX name of an exported tensor: the TF node name, with the output index when it is not 0. */
    private static String outputName(String tfOutput) {
        return tfOutput.endsWith(":0") ? tfOutput.substring(0, tfOutput.length() - 2) : tfOutput.replace(':', '_');
    }

    /** Keeps only the nodes and initializers the outputs depend on. */
    private static OnnxModel pruned(TfGraph graph, ConversionContext ctx, List<OnnxValueInfo> outputs) {
        Map<String, OnnxNode> producers = new HashMap<>();
        for (OnnxNode n : ctx.nodes()) {
            n.outputs().forEach(o -> producers.put(o, n));
        }
        Set<String> needed = new HashSet<>();
        Deque<String> work = new ArrayDeque<>();
        outputs.forEach(o -> work.push(o.name()));
        while (!work.isEmpty()) {
            String name = work.pop();
            if (needed.add(name)) {
                OnnxNode p = producers.get(name);
                if (p != null) {
                    p.inputs().stream().filter(i -> !i.isEmpty()).forEach(work::push);
                }
            }
        }
        List<OnnxNode> nodes = ctx.nodes().stream()
                .filter(n -> n.outputs().stream().anyMatch(needed::contains)).toList();
        List<OnnxTensor> initializers = ctx.initializers().stream()
                .filter(t -> needed.contains(t.name())).toList();
        List<OnnxValueInfo> inputs = ctx.graphInputs();
        return new OnnxModel("formcheck", OPSET, nodes, initializers, inputs, outputs,
                Map.of("source", graph.provenance()));
    }
}
