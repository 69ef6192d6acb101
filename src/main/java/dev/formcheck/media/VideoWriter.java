package dev.formcheck.media;

import dev.formcheck.capture.FFmpegLogging;
import dev.formcheck.capture.RgbImage;
import dev.formcheck.common.AtomicFiles;
import org.bytedeco.ffmpeg.avcodec.AVCodec;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameRecorder;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;

/**
 * Writes an H.264 MP4 from {@link RgbImage}s at a constant frame rate, atomically: frames go to a
 * temporary file beside the target, which {@link #finish()} moves into place. Closing without
 * {@code finish()} (a loop that threw halfway) or any failure deletes the temporary file, so a
 * half-written video never appears under the target's name.
 *
 * <pre>{@code
 * try (VideoWriter video = VideoWriter.open(out, VideoSettings.of(640, 480, 30))) {
 *     for (RgbImage frame : frames) video.write(frame);
 *     video.finish();
 * }
 * }</pre>
 *
 * <p>Frame {@code i} is shown at {@code i / fps}; the images' own timestamps are not used. One
 * native frame buffer is reused for every image. Not thread-safe.
 */
public final class VideoWriter implements AutoCloseable {
    /**
     * The H.264 encoder of bytedeco's LGPL FFmpeg build (org.bytedeco:ffmpeg without -gpl): Cisco's
     * OpenH264. libx264 exists only in the GPL build, which this project does not use.
     */
    public static final String H264_ENCODER = "libopenh264";

    /** Seconds between key frames: seeking in a player or a grabber never decodes more than this. */
    static final double KEY_FRAME_INTERVAL_S = 2;

    private enum State { OPEN, FINISHED, CLOSED }

    private final Path target;
    private final Path temp;
    private final VideoSettings settings;
    private final FFmpegFrameRecorder recorder;
    private final Frame frame;
    private long framesWritten;
    private State state = State.OPEN;

    private VideoWriter(Path target, Path temp, VideoSettings settings, FFmpegFrameRecorder recorder) {
        this.target = target;
        this.temp = temp;
        this.settings = settings;
        this.recorder = recorder;
        this.frame = new Frame(settings.width(), settings.height(), Frame.DEPTH_UBYTE, 3);
    }

    /**
     * Starts a video at {@code target} (written on {@link #finish()}). Fails before creating
     * anything when the target cannot be written ({@link AtomicFiles.OutputNotWritableException}),
     * or with a {@link MediaException} when the encoder cannot start.
     */
    public static VideoWriter open(Path target, VideoSettings settings) {
        if (!target.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".mp4")) {
            throw new MediaException(target + ": FormCheck writes H.264 MP4 video; give the file a .mp4 name");
        }
        AtomicFiles.checkWritable(target);
        FFmpegLogging.configure(settings.verboseLogging());
        AVCodec encoder = avcodec.avcodec_find_encoder_by_name(H264_ENCODER);
        if (encoder == null || encoder.isNull()) {
            throw new MediaException(target + ": this FFmpeg build has no H.264 encoder (" + H264_ENCODER + ")");
        }
        Path temp = AtomicFiles.temporaryFor(target);
        FFmpegFrameRecorder recorder = new FFmpegFrameRecorder(temp.toString(), settings.width(), settings.height(), 0);
        recorder.setFormat("mp4");
        recorder.setVideoCodecName(H264_ENCODER);
        recorder.setPixelFormat(avutil.AV_PIX_FMT_YUV420P);
        recorder.setFrameRate(settings.fps());
        recorder.setVideoBitrate(settings.bitrate());
        recorder.setGopSize((int) Math.max(1, Math.round(settings.fps() * KEY_FRAME_INTERVAL_S)));
        // The index at the front, so players (and browsers) start before reading the whole file.
        recorder.setOption("movflags", "+faststart");
        try {
            recorder.start();
        } catch (FrameRecorder.Exception e) {
            releaseQuietly(recorder);
            AtomicFiles.discard(temp);
            throw new MediaException(target + ": cannot start the H.264 encoder (" + describe(e) + ")", e);
        }
        return new VideoWriter(target, temp, settings, recorder);
    }

    public Path target() {
        return target;
    }

    public VideoSettings settings() {
        return settings;
    }

    public long framesWritten() {
        return framesWritten;
    }

    /** Encodes one frame; its size must be the video's. */
    public void write(RgbImage image) {
        requireOpen();
        if (image.width() != settings.width() || image.height() != settings.height()) {
            throw new MediaException("frame " + framesWritten + " is " + image.width() + "x" + image.height()
                    + "; this video is " + settings.width() + "x" + settings.height());
        }
        encode(image.pixels());
    }

    /**
     * Encodes one frame given as packed RGB rows of the video's size: for a caller that draws into
     * a buffer it reuses, so a long video costs no allocation per frame.
     */
    public void writePixels(ByteBuffer rgb) {
        requireOpen();
        int expected = settings.width() * settings.height() * 3;
        if (rgb.remaining() != expected) {
            throw new MediaException("frame " + framesWritten + " has " + rgb.remaining() + " bytes; a "
                    + settings.width() + "x" + settings.height() + " RGB frame has " + expected);
        }
        encode(rgb.duplicate());
    }

    private void encode(ByteBuffer rgb) {
        copyInto(rgb, settings.width(), settings.height(), (ByteBuffer) frame.image[0], frame.imageStride);
        try {
            recorder.record(frame, avutil.AV_PIX_FMT_RGB24);
        } catch (FrameRecorder.Exception e) {
            abandon();
            throw new MediaException(target + ": encoding frame " + framesWritten + " failed (" + describe(e) + ")", e);
        }
        framesWritten++;
    }

    /** Flushes the encoder, closes the file and moves it into place under the target's name. */
    public void finish() {
        requireOpen();
        if (framesWritten == 0) {
            abandon();
            throw new MediaException(target + ": no frames to write");
        }
        try {
            recorder.stop();
            recorder.release();
        } catch (FrameRecorder.Exception e) {
            abandon();
            throw new MediaException(target + ": finishing the video failed (" + describe(e) + ")", e);
        }
        try {
            AtomicFiles.commit(temp, target);
        } catch (IOException e) {
            abandon();
            throw new AtomicFiles.OutputNotWritableException(target + ": cannot move the finished video into place ("
                    + describe(e) + ")");
        }
        state = State.FINISHED;
        frame.close();
    }

    /** Without a successful {@link #finish()}, discards everything written: the target is untouched. */
    @Override
    public void close() {
        if (state == State.OPEN) {
            abandon();
        }
    }

    private void abandon() {
        state = State.CLOSED;
        releaseQuietly(recorder);
        AtomicFiles.discard(temp);
        frame.close();
    }

    private void requireOpen() {
        if (state != State.OPEN) {
            throw new IllegalStateException(target + ": the video is already " + state.name().toLowerCase(java.util.Locale.ROOT));
        }
    }

    /** Rows of packed RGB into the frame's buffer, whose rows may be padded to {@code stride} bytes. */
    static void copyInto(ByteBuffer source, int width, int height, ByteBuffer destination, int stride) {
        int rowBytes = width * 3;
        if (stride == rowBytes) {
            destination.clear();
            destination.put(source);
            return;
        }
        for (int y = 0; y < height; y++) {
            source.limit((y + 1) * rowBytes).position(y * rowBytes);
            destination.position(y * stride);
            destination.put(source);
        }
    }

    private static void releaseQuietly(FFmpegFrameRecorder recorder) {
        try {
            recorder.release();
        } catch (FrameRecorder.Exception ignored) {
            // already failing: the first error is the one the user needs
        }
    }


    /** FFmpeg's AVERROR(ENOSPC): the error its writers return when the disk is full. */
    private static final String NO_SPACE = "error -28 ";

    static String describe(Exception e) {
        String m = e.getMessage();
        if (m != null && m.contains(NO_SPACE)) {
            return "No space left on device";
        }
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m.strip();
    }
}
