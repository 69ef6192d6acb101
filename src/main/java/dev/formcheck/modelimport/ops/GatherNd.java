package dev.formcheck.modelimport.ops;

import dev.formcheck.modelimport.core.ConversionContext;
import dev.formcheck.modelimport.core.ModelImportException;
import dev.formcheck.modelimport.core.OpTranslator;
import dev.formcheck.modelimport.core.Value;
import dev.formcheck.modelimport.onnx.OnnxAttribute;
import dev.formcheck.modelimport.core.ElementType;
import dev.formcheck.modelimport.core.Shapes;
import dev.formcheck.modelimport.core.TfNode;

import java.util.List;

/**
 * GatherNd: ONNX GatherND with no batch dimensions has the same meaning, but wants INT64 indices
 * (converted at import time when they are constant).
 */
public final class GatherNd implements OpTranslator {
    @Override
    public List<Value> translate(TfNode node, ConversionContext ctx) {
        Value params = ctx.input(node, 0);
        Value indices = ctx.input(node, 1);
        int[] p = params.shape();
        int[] idx = indices.shape();
        int depth = idx.length == 0 ? 0 : idx[idx.length - 1];
        if (idx.length == 0 || depth > p.length) {
            throw new ModelImportException("node " + node + ": indices " + node.dataInputs().get(1) + " of shape "
                    + Shapes.format(idx) + " do not index params of shape " + Shapes.format(p));
        }
        int[] outShape = new int[idx.length - 1 + p.length - depth];
        System.arraycopy(idx, 0, outShape, 0, idx.length - 1);
        System.arraycopy(p, depth, outShape, idx.length - 1, p.length - depth);
        if (params.isConstant() && indices.isConstant()) {
            return List.of(Value.constant(Folding.gatherNd(params.constantValue().orElseThrow(),
                    indices.constantValue().orElseThrow(), outShape)));
        }
        String indexName;
        if (indices.isConstant()) {
            indexName = ctx.initializer(indices.constantValue().orElseThrow().cast(ElementType.INT64),
                    node.dataInputs().get(1));
        } else if (indices.type() == ElementType.INT64) {
            indexName = ctx.nativeName(indices);
        } else {
            indexName = ctx.emit(node.name() + "/indices", "Cast", List.of(ctx.nativeName(indices)),
                    List.of(OnnxAttribute.of("to", (long) ElementType.INT64.onnx().code())));
        }
        String out = ctx.emit(node.name(), "GatherND", List.of(ctx.nativeName(params), indexName));
        return List.of(Value.nativeTensor(out, params.type(), outShape));
    }
}
