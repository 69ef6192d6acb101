package dev.formcheck.analysis.calibration;

/**
 * What a calibration made of its frames: the measured block, or why there is none, in words that
 * tell the user what to change.
 *
 * @param <T> the block ({@code StanceNeutral} or {@code SittingBaseline})
 */
public sealed interface CalibrationOutcome<T> permits CalibrationOutcome.Accepted, CalibrationOutcome.Rejected {
    /** @param framesSeen how many frames were looked at ({@code block}'s provenance counts those that qualified) */
    record Accepted<T>(T block, int framesSeen) implements CalibrationOutcome<T> {
        public Accepted {
            if (block == null || framesSeen < 1) {
                throw new IllegalArgumentException("an accepted calibration has its block and at least one frame");
            }
        }
    }

    /** @param message one or two sentences for the user: what went wrong and what to do */
    record Rejected<T>(String message) implements CalibrationOutcome<T> {
        public Rejected {
            if (message == null || message.isBlank()) {
                throw new IllegalArgumentException("a rejection says why");
            }
        }
    }
}
