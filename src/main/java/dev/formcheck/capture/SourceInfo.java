package dev.formcheck.capture;

/**
 * What is known about a source when it opens.
 *
 * @param description the file path or camera name, for messages
 * @param width frame width after any rotation the source applies
 * @param height frame height after rotation
 * @param fps nominal frames per second (the stream's own rate; requested rate for cameras)
 * @param frameCount frames the container announces, or -1 when unknown (cameras)
 * @param durationMicros the container's duration, or -1 when unknown
 * @param live whether frames arrive in real time (a camera, or a file paced as one)
 */
public record SourceInfo(String description, int width, int height, double fps, long frameCount,
                         long durationMicros, boolean live) {
    public SourceInfo asLive() {
        return new SourceInfo(description, width, height, fps, frameCount, durationMicros, true);
    }
}
