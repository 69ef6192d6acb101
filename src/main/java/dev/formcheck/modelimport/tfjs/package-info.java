/**
 * Reading a TF.js graph model: {@code model.json} (with Jackson), its weight shards, and the
 * element types and shapes of the tensors in it.
 */
package dev.formcheck.modelimport.tfjs;
