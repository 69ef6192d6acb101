/**
 * One translator per TF op, each turning a node into ONNX nodes (or a folded constant);
 * {@link dev.formcheck.modelimport.ModelImporter#standardTranslators()} registers them by op name.
 */
package dev.formcheck.modelimport.ops;
