package dev.formcheck.modelimport.core;

import dev.formcheck.modelimport.onnx.OnnxAttribute;
import dev.formcheck.modelimport.onnx.OnnxNode;
import dev.formcheck.modelimport.onnx.OnnxTensor;
import dev.formcheck.modelimport.onnx.OnnxValueInfo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Arrays;

/**
 * What translators see while a graph is converted: the values of TF tensors converted so far,
 * and the means to emit ONNX nodes and initializers.
 *
 * <p>It owns the layout bookkeeping: {@link #nativeName} and {@link #channelsFirstName} hand a
 * translator the ONNX tensor in the layout it needs, emitting (once, then cached) the Transpose or
 * Reshape that gets it there. Constants are written as initializers only when a node uses them, so
 * weights consumed by constant folding never reach the output.
 */
public final class ConversionContext {
    private final Map<String, TensorData> weights;
    private final Map<String, Value> values = new HashMap<>();
    private final List<OnnxNode> nodes = new ArrayList<>();
    private final List<OnnxTensor> initializers = new ArrayList<>();
    private final List<OnnxValueInfo> graphInputs = new ArrayList<>();
    private final Map<TensorData, String> initializerNames = new IdentityHashMap<>();
    private final Map<TensorData, String> channelsFirstConstants = new IdentityHashMap<>();
    private final Map<String, String> layoutCache = new HashMap<>();
    private final Map<String, String> shapeConstants = new HashMap<>();
    private final Set<String> usedNames = new HashSet<>();
    private final Set<String> reserved = new HashSet<>();

    ConversionContext(Map<String, TensorData> weights) {
        this.weights = weights;
    }

    // ---- TF values -------------------------------------------------------------------------

    /** The weights stored for a Const node. */
    TensorData weight(String constName) {
        TensorData data = weights.get(constName);
        if (data == null) {
            throw new ModelImportException("constant " + constName + " has no entry in the weights manifest");
        }
        return data;
    }

    /** Records the value of output {@code index} of {@code node}. */
    void define(TfNode node, int index, Value value) {
        values.put(node.name() + ":" + index, value);
    }

    /** The value of the node's {@code i}-th data input. */
    public Value input(TfNode node, int i) {
        List<String> inputs = node.dataInputs();
        if (i >= inputs.size()) {
            throw new ModelImportException("node " + node + " has " + inputs.size() + " inputs; input " + i
                    + " is missing");
        }
        return value(inputs.get(i));
    }

    public int inputCount(TfNode node) {
        return node.dataInputs().size();
    }

    /** The node's {@code i}-th input, which must be known at import time (weights, axes, shapes). */
    public TensorData constantInput(TfNode node, int i, String role) {
        return input(node, i).constantValue().orElseThrow(() -> new ModelImportException("node " + node + ": its "
                + role + " (" + node.dataInputs().get(i) + ") must be a constant; computed " + role
                + "s are not supported"));
    }

    /** A constant input holding exactly one integer, such as an axis. */
    public int constantInt(TfNode node, int i, String role) {
        TensorData data = constantInput(node, i, role);
        if (data.size() != 1 || !data.type().isInteger()) {
            throw new ModelImportException("node " + node + ": its " + role + " (" + node.dataInputs().get(i)
                    + ") must hold one integer, found " + data.type() + " of shape " + Shapes.format(data.shape()));
        }
        return Math.toIntExact(data.getLong(0));
    }

    Value value(String tfInput) {
        String key = tfInput.contains(":") ? tfInput : tfInput + ":0";
        Value v = values.get(key);
        if (v == null) {
            throw new ModelImportException("tensor " + tfInput + " is used but no node produces it");
        }
        return v;
    }

    // ---- graph inputs, initializers and nodes ---------------------------------------------

    Value addGraphInput(String name, ElementType type, int[] shape) {
        String onnxName = unique(name);
        graphInputs.add(new OnnxValueInfo(onnxName, type.onnx(), Shapes.toLongs(shape)));
        return Value.nativeTensor(onnxName, type, shape);
    }

    /** The initializer holding {@code data}, written on first use. */
    public String initializer(TensorData data, String nameHint) {
        String existing = initializerNames.get(data);
        if (existing != null) {
            return existing;
        }
        String name = unique(nameHint);
        initializers.add(new OnnxTensor(name, data.type().onnx(), Shapes.toLongs(data.shape()), data.toOnnxBytes()));
        initializerNames.put(data, name);
        return name;
    }

    /** An INT64 initializer, as ONNX wants for shapes, sizes and indices. */
    public String int64Initializer(String nameHint, long... values) {
        return shapeConstants.computeIfAbsent(nameHint + Arrays.toString(values), k -> initializer(
                TensorData.ofLongs(ElementType.INT64, new int[] {values.length}, values), nameHint));
    }

    /** Keeps {@code name} free for {@link #emitNamed}, however translators name their outputs. */
    void reserveName(String name) {
        reserved.add(name);
    }

    /** Emits a node whose output gets exactly {@code name}, which must have been reserved. */
    String emitNamed(String name, String opType, List<String> inputs) {
        if (!reserved.remove(name) || !usedNames.add(name)) {
            throw new IllegalStateException("output name " + name + " was not reserved or is taken");
        }
        nodes.add(new OnnxNode(name, opType, inputs, List.of(name), List.of()));
        return name;
    }

    /** Emits one ONNX node with a single output and returns the output's name. */
    public String emit(String nameHint, String opType, List<String> inputs, List<OnnxAttribute> attributes) {
        String output = unique(nameHint);
        nodes.add(new OnnxNode(output, opType, inputs, List.of(output), attributes));
        return output;
    }

    public String emit(String nameHint, String opType, List<String> inputs) {
        return emit(nameHint, opType, inputs, List.of());
    }

    // ---- layouts -------------------------------------------------------------------------

    /** The value's ONNX tensor in TF's layout and with exactly its TF shape. */
    public String nativeName(Value v) {
        if (v.isConstant()) {
            return initializer(v.constantValue().orElseThrow(), "const");
        }
        Value nat = toNative(v);
        if (!nat.needsReshape()) {
            return nat.onnxName();
        }
        return reshape(nat.onnxName(), nat.shape());
    }

    /**
     * The value as a NATIVE value, possibly with a reshape still pending: a channels-first tensor
     * whose channels-first order happens to equal TF's order (only size-1 axes move) needs no
     * Transpose at all.
     */
    public Value toNative(Value v) {
        if (v.layout() == Layout.NATIVE) {
            return v;
        }
        int[] nhwc = v.shape();
        if (onlyUnitAxesMove(nhwc, Layout.TO_CHANNELS_FIRST)) {
            return Value.nativeTensor(v.onnxName(), v.type(), v.physicalShape()).viewAs(nhwc);
        }
        String key = "nhwc|" + v.onnxName();
        String name = layoutCache.computeIfAbsent(key, k -> emit(v.onnxName() + "/to_nhwc", "Transpose",
                List.of(v.onnxName()), List.of(OnnxAttribute.ints("perm", toLongs(Layout.TO_CHANNELS_LAST)))));
        return Value.nativeTensor(name, v.type(), nhwc);
    }

    /** The rank-4 value's ONNX tensor as NCHW. */
    public String channelsFirstName(Value v) {
        if (v.rank() != 4) {
            throw new IllegalArgumentException("channels-first needs rank 4, not " + Shapes.format(v.shape()));
        }
        if (v.isConstant()) {
            return channelsFirstInitializer(v.constantValue().orElseThrow());
        }
        if (v.layout() == Layout.CHANNELS_FIRST) {
            return v.onnxName();
        }
        int[] nhwc = v.shape();
        if (onlyUnitAxesMove(nhwc, Layout.TO_CHANNELS_FIRST)) {
            return reshape(v.onnxName(), Shapes.permute(nhwc, Layout.TO_CHANNELS_FIRST));
        }
        String source = nativeName(v);
        return layoutCache.computeIfAbsent("nchw|" + source, k -> emit(source + "/to_nchw", "Transpose",
                List.of(source), List.of(OnnxAttribute.ints("perm", toLongs(Layout.TO_CHANNELS_FIRST)))));
    }

    /** The initializer of a constant of rank up to 4, broadcast-padded to rank 4 and permuted to NCHW. */
    public String channelsFirstInitializer(TensorData nhwc) {
        String existing = channelsFirstConstants.get(nhwc);
        if (existing != null) {
            return existing;
        }
        TensorData rank4 = nhwc.reshape(Shapes.padToRank(nhwc.shape(), 4));
        String name = initializer(rank4.transpose(Layout.TO_CHANNELS_FIRST), "const_nchw");
        channelsFirstConstants.put(nhwc, name);
        return name;
    }

    private String reshape(String source, int[] shape) {
        String key = "reshape|" + source + "|" + Shapes.format(shape);
        return layoutCache.computeIfAbsent(key, k -> emit(source + "/reshape", "Reshape",
                List.of(source, int64Initializer("shape", toLongs(shape)))));
    }

    /** True when permuting {@code shape} by {@code perm} keeps the order of every axis longer than 1. */
    static boolean onlyUnitAxesMove(int[] shape, int[] perm) {
        int last = -1;
        for (int axis : perm) {
            if (shape[axis] != 1) {
                if (axis < last) {
                    return false;
                }
                last = axis;
            }
        }
        return true;
    }

    private static long[] toLongs(int[] values) {
        return Shapes.toLongs(values);
    }

    private String unique(String hint) {
        String base = hint.isEmpty() ? "t" : hint;
        String name = base;
        for (int i = 1; reserved.contains(name) || !usedNames.add(name); i++) {
            name = base + "_" + i;
        }
        return name;
    }

    // ---- results ---------------------------------------------------------------------------

    List<OnnxNode> nodes() {
        return List.copyOf(nodes);
    }

    List<OnnxTensor> initializers() {
        return List.copyOf(initializers);
    }

    List<OnnxValueInfo> graphInputs() {
        return List.copyOf(graphInputs);
    }
}
