package dev.formcheck.modelimport.ops;

import dev.formcheck.modelimport.core.ConversionContext;
import dev.formcheck.modelimport.core.ModelImportException;
import dev.formcheck.modelimport.core.OpTranslator;
import dev.formcheck.modelimport.core.Value;
import dev.formcheck.modelimport.onnx.OnnxAttribute;
import dev.formcheck.modelimport.core.ElementType;
import dev.formcheck.modelimport.core.TfNode;

import java.util.List;

/** Cast to DstT; float to integer truncates toward zero in both TF and ONNX. */
public final class Cast implements OpTranslator {
    @Override
    public List<Value> translate(TfNode node, ConversionContext ctx) {
        Value x = ctx.input(node, 0);
        ElementType target = node.typeAttr("DstT").orElseThrow(() -> new ModelImportException(
                "node " + node + ": no DstT attribute"));
        if (x.isConstant()) {
            return List.of(Value.constant(x.constantValue().orElseThrow().cast(target)));
        }
        if (target == x.type()) {
            return List.of(x);
        }
        return List.of(ElementwiseUnary.applyKeepingLayout(node.name(), "Cast", x, target, ctx,
                List.of(OnnxAttribute.of("to", (long) target.onnx().code()))));
    }
}
