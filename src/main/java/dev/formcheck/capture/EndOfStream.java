package dev.formcheck.capture;

/**
 * How a stream ended: completely, or early with a note for the user (a truncated file still
 * yields the frames before the cut).
 *
 * @param complete whether every frame the source announced was delivered
 * @param note what the user should know when it was not; empty when complete
 */
public record EndOfStream(boolean complete, String note) {
    public static final EndOfStream COMPLETE = new EndOfStream(true, "");

    public static EndOfStream early(String note) {
        return new EndOfStream(false, note);
    }
}
