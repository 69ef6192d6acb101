package dev.formcheck.capture;

/**
 * How a stream ended: completely, or early with a note for the user (a truncated file still
 * yields the frames before the cut), and how many frames in between could not be decoded.
 *
 * @param complete      whether the stream reached its end with no more damage than FormCheck accepts
 * @param note          what the user should know: why it ended early, or what was skipped; empty when neither
 * @param framesSkipped frames the file holds that could not be decoded (damaged data) and were left out
 */
public record EndOfStream(boolean complete, String note, long framesSkipped) {
    public static final EndOfStream COMPLETE = new EndOfStream(true, "", 0);

    public EndOfStream {
        if (framesSkipped < 0) {
            throw new IllegalArgumentException("framesSkipped must be at least 0, not " + framesSkipped);
        }
    }

    public static EndOfStream early(String note) {
        return new EndOfStream(false, note, 0);
    }
}
