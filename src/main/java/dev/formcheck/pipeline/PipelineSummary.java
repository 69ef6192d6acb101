package dev.formcheck.pipeline;

import dev.formcheck.capture.EndOfStream;
import dev.formcheck.common.FormCheckException;

import java.util.Optional;

/**
 * How a run went.
 *
 * @param failure the stage failure that ended the stream early, if any (its message is for the user)
 */
public record PipelineSummary(long framesCaptured, long framesProcessed, long framesDelivered, long framesDropped,
                              EndOfStream end, Optional<FormCheckException> failure, double wallSeconds) {
}
