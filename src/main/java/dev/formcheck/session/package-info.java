/**
 * Sessions: the product rules both front ends drive. A recording judged as an exercise, a live
 * workout that owns its sets, a calibration measured from a stream or photos. Each is headless and
 * tested without a display; {@code cli} prints what they return and {@code ui} shows it. No
 * picocli, Swing or terminal here (ArchitectureTest).
 */
package dev.formcheck.session;
