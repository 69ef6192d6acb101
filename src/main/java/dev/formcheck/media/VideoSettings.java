package dev.formcheck.media;

/**
 * How a video is encoded: frame size, a constant frame rate and a target bitrate.
 *
 * @param width frame width in pixels; even, because H.264 stores colour at half resolution (4:2:0)
 * @param height frame height in pixels; even for the same reason
 * @param fps frames per second; frame {@code i} is shown at {@code i / fps} seconds
 * @param bitrate target bits per second of the H.264 stream
 * @param verboseLogging let FFmpeg print its own log lines (silenced by default)
 */
public record VideoSettings(int width, int height, double fps, int bitrate, boolean verboseLogging) {
    /** Frame sizes beyond this are refused: 8K UHD, more than any camera or output of ours. */
    static final int MAX_DIMENSION = 8192;
    /** Frame rates above this are a unit mistake (frame period in ms?) rather than a real request. */
    public static final double MAX_FPS = 240;

    /**
     * Bits per pixel per frame for the default bitrate. 0.1 gives about 0.9 Mbit/s at 640x480 and
     * 30 fps: plenty for rendered and annotated frames (flat colours, sharp edges), where MoveNet's
     * scores on the decoded frames match the originals (measured on the synthetic sample).
     */
    static final double DEFAULT_BITS_PER_PIXEL = 0.1;

    public VideoSettings {
        if (width <= 0 || height <= 0 || width > MAX_DIMENSION || height > MAX_DIMENSION) {
            throw new IllegalArgumentException("video size must be 1.." + MAX_DIMENSION + " pixels a side, not "
                    + width + "x" + height);
        }
        if (width % 2 != 0 || height % 2 != 0) {
            throw new IllegalArgumentException("H.264 needs an even frame size, not " + width + "x" + height);
        }
        if (!(fps > 0 && fps <= MAX_FPS)) {
            throw new IllegalArgumentException("frame rate must be above 0 and at most " + MAX_FPS + " fps, not " + fps);
        }
        if (bitrate <= 0) {
            throw new IllegalArgumentException("bitrate must be positive, not " + bitrate);
        }
    }

    /** The default bitrate for this size and rate ({@link #DEFAULT_BITS_PER_PIXEL}), FFmpeg silent. */
    public static VideoSettings of(int width, int height, double fps) {
        long bits = Math.round((double) width * height * fps * DEFAULT_BITS_PER_PIXEL);
        return new VideoSettings(width, height, fps, (int) Math.min(Integer.MAX_VALUE, Math.max(1, bits)), false);
    }

    public VideoSettings withVerboseLogging(boolean verbose) {
        return new VideoSettings(width, height, fps, bitrate, verbose);
    }

    public VideoSettings withBitrate(int bitsPerSecond) {
        return new VideoSettings(width, height, fps, bitsPerSecond, verboseLogging);
    }
}
