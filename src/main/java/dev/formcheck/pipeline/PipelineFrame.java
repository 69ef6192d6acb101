package dev.formcheck.pipeline;

import dev.formcheck.capture.RgbImage;

/**
 * One frame after the pose stage, with the timing of its trip through the pipeline.
 *
 * @param sequence the frame's index in the source's stream (gaps are frames dropped in live mode)
 * @param capturedNanos when the source delivered it ({@link System#nanoTime()})
 * @param processedNanos when the pose stage finished with it
 */
public record PipelineFrame<R>(RgbImage frame, R result, long sequence, long capturedNanos, long processedNanos) {
    public double latencyMillis() {
        return (processedNanos - capturedNanos) / 1e6;
    }
}
