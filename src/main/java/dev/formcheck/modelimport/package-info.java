/**
 * Our TF.js-graph-model to ONNX converter, used offline to produce the shipped MoveNet models:
 * read the graph ({@code tfjs}), translate each op ({@code ops}), write the ONNX protobuf
 * ({@code onnx}).
 *
 * <p>It may use {@code io}, Jackson and protobuf, and ONNX Runtime to validate a converted model;
 * of our packages only {@code cli} may use it. Its one exception type is
 * {@link dev.formcheck.modelimport.ModelImportException}.
 */
package dev.formcheck.modelimport;
