/**
 * The threaded pipeline: a capture thread, a pose thread and the consumer, joined by bounded
 * queues, with latest-frame-wins flow control for live sources and every-frame for files.
 *
 * <p>It may use {@code capture}, {@code pose} and {@code common}; {@code ui} and {@code cli}
 * drive it. What the consumer does with each frame (analysis, overlay, UI) is theirs.
 */
package dev.formcheck.pipeline;
