/**
 * Our TF.js-graph-model to ONNX converter, used offline to produce the shipped MoveNet models.
 * {@link dev.formcheck.modelimport.ModelImporter} is the front door: read the graph ({@code tfjs}),
 * convert it ({@code core}, with one translator per op from {@code ops}), write the ONNX protobuf
 * ({@code onnx}) atomically.
 *
 * <p>It may use {@code common}, Jackson and protobuf, and ONNX Runtime to validate a converted
 * model; of our packages only {@code cli} may use it. Its one exception type is
 * {@link dev.formcheck.modelimport.core.ModelImportException}.
 */
package dev.formcheck.modelimport;
