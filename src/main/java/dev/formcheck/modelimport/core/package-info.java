/**
 * The converter's core: the TF graph as read ({@link dev.formcheck.modelimport.core.TfGraph},
 * {@link dev.formcheck.modelimport.core.TfNode}, constant {@link dev.formcheck.modelimport.core.TensorData}),
 * the conversion itself ({@link dev.formcheck.modelimport.core.GraphConverter}, with the layout
 * bookkeeping of {@link dev.formcheck.modelimport.core.ConversionContext}), the translator
 * registry, and the importer's one exception type. Readers of other formats and new op
 * translators build on it; it depends on neither.
 */
package dev.formcheck.modelimport.core;
