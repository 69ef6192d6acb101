/**
 * A minimal in-memory ONNX model (nodes, tensors, attributes, value infos) and a writer that
 * encodes it as ONNX protobuf with {@code protobuf-java}'s {@code CodedOutputStream}.
 */
package dev.formcheck.modelimport.onnx;
