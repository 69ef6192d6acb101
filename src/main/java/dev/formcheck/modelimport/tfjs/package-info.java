/**
 * Reading a TF.js graph model: {@code model.json} (with Jackson) and its weight shards, with
 * quantized weights dequantized to float32, into a {@link dev.formcheck.modelimport.core.TfGraph}.
 */
package dev.formcheck.modelimport.tfjs;
