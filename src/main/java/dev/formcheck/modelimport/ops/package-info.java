/**
 * One translator per TF.js op, each turning a node into ONNX nodes (or a folded constant);
 * {@link dev.formcheck.modelimport.OpTranslators} registers them by op name.
 */
package dev.formcheck.modelimport.ops;
