package dev.formcheck.modelimport.core;


import java.util.List;

/**
 * Translates one TF op into ONNX nodes. A translator reads its inputs from the context, emits
 * what it needs and returns one {@link Value} per TF output (constants when it could fold them).
 */
@FunctionalInterface
public interface OpTranslator {
    List<Value> translate(TfNode node, ConversionContext context);
}
