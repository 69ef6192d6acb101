package dev.formcheck.modelimport;

import dev.formcheck.io.AtomicFiles;
import dev.formcheck.modelimport.onnx.OnnxModel;
import dev.formcheck.modelimport.onnx.OnnxNode;
import dev.formcheck.modelimport.onnx.OnnxTensor;
import dev.formcheck.modelimport.onnx.OnnxValueInfo;
import dev.formcheck.modelimport.onnx.OnnxWriter;
import dev.formcheck.modelimport.tfjs.Shapes;
import dev.formcheck.modelimport.tfjs.TfNode;
import dev.formcheck.modelimport.tfjs.TfjsGraph;
import dev.formcheck.modelimport.tfjs.TfjsGraphReader;

import java.nio.file.Path;
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
 * Converts a TF.js graph model to ONNX: reads it, checks every op is supported (listing all that
 * are not), translates the nodes in dependency order, drops what the outputs do not need, and
 * writes the model atomically.
 */
public final class ModelImporter {
    /** Opset 17: supported by every ONNX Runtime release of the last years, with Resize sizes and Clip inputs. */
    public static final int OPSET = 17;

    private final OpTranslators translators;

    public ModelImporter(OpTranslators translators) {
        this.translators = translators;
    }

    public static ModelImporter standard() {
        return new ModelImporter(OpTranslators.standard());
    }

    /** Reads {@code modelJson} and its shards and writes {@code output}; nothing is left behind on failure. */
    public OnnxModel importModel(Path modelJson, Path output, String producerVersion) {
        AtomicFiles.checkWritable(output);
        TfjsGraph graph = new TfjsGraphReader().read(modelJson);
        OnnxModel model = convert(graph);
        AtomicFiles.write(output, out -> new OnnxWriter("formcheck import-model", producerVersion).write(model, out));
        return model;
    }

    public OnnxModel convert(TfjsGraph graph) {
        checkSupported(graph);
        List<TfNode> ordered = topologicalOrder(graph);
        ConversionContext ctx = new ConversionContext(graph.weights());
        for (TfNode node : ordered) {
            OpTranslator translator = translators.find(node.op()).orElseThrow();
            List<Value> outputs;
            try {
                outputs = translator.translate(node, ctx);
            } catch (ModelImportException e) {
                throw new ModelImportException(graph.source() + ": " + e.getMessage(), e);
            } catch (IllegalArgumentException | IllegalStateException | ArithmeticException e) {
                throw new ModelImportException(graph.source() + ": node " + node + ": " + e.getMessage(), e);
            }
            for (int i = 0; i < outputs.size(); i++) {
                ctx.define(node, i, outputs.get(i));
            }
        }
        List<OnnxValueInfo> outputs = new ArrayList<>();
        for (TfNode sink : outputNodes(graph, ordered)) {
            Value v = ctx.value(sink.name());
            String name = ctx.emit(sink.name(), "Identity", List.of(ctx.nativeName(v)));
            outputs.add(new OnnxValueInfo(name, v.type().onnx(), Shapes.toLongs(v.shape())));
        }
        return pruned(graph, ctx, outputs);
    }

    /** Fails with one message that names every unsupported op and the nodes that use it. */
    private void checkSupported(TfjsGraph graph) {
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
    private static List<TfNode> topologicalOrder(TfjsGraph graph) {
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

    /** The graph's outputs: nodes nothing else reads, other than constants and inputs. */
    private static List<TfNode> outputNodes(TfjsGraph graph, List<TfNode> ordered) {
        Set<String> consumed = new HashSet<>();
        for (TfNode n : ordered) {
            n.inputs().forEach(i -> consumed.add(producer(i)));
        }
        List<TfNode> sinks = ordered.stream()
                .filter(n -> !consumed.contains(n.name()))
                .filter(n -> !n.op().equals("Const") && !n.op().equals("Placeholder"))
                .toList();
        if (sinks.isEmpty()) {
            throw new ModelImportException(graph.source() + ": the graph has no outputs");
        }
        return sinks;
    }

    /** Keeps only the nodes and initializers the outputs depend on. */
    private static OnnxModel pruned(TfjsGraph graph, ConversionContext ctx, List<OnnxValueInfo> outputs) {
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
