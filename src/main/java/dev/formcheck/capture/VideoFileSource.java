package dev.formcheck.capture;

import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.global.avformat;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.FrameGrabber;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Locale;
import org.bytedeco.javacv.Frame;

/**
 * Every frame of a video file (mp4, mov, avi, mkv, webm: whatever FFmpeg decodes), in order, as
 * fast as it decodes, optionally keeping one frame in {@code stride}. Phone videos are turned
 * upright by their rotation metadata. Timestamps are the stream's presentation times, made
 * strictly increasing (a repeated timestamp is nudged forward by a microsecond).
 */
public final class VideoFileSource implements FrameSource {
    /**
     * Decoder threads. FFmpeg's default (one per core, plus one) made analyze 5% slower on two
     * cores than two threads, which decode as fast here and leave room for inference; two also
     * keep 4K phone videos from being bottlenecked on a single decoding thread.
     */
    static final String DECODER_THREADS = "2";

    /** A stream that stops this far short of its announced duration was cut off. */
    private static final double TRUNCATION_TOLERANCE_SECONDS = 1.0;

    /**
     * The largest share of a file's frames that may be undecodable (damaged data in the middle)
     * for an analysis to stand: one frame in ten. Past it the gaps are long enough to hide a whole
     * rep (a rep lasts 2-4 s; 10% of a 30 s set is 3 s) and the counts and flags would mislead;
     * below it the tracker bridges the gaps and the summary and JSON say how much was skipped.
     */
    public static final double MAX_SKIPPED_SHARE = 0.10;

    private final Path file;
    private final FFmpegFrameGrabber grabber;
    private final FrameCopier copier;
    private final FramePool pool = new FramePool(FramePool.DEFAULT_CAPACITY);
    private final SourceInfo info;
    private int stride;
    /** The container's own count of the video stream's frames, or 0 where it keeps none (MKV, WebM). */
    private final long recordedFrames;
    private long frameIndex;
    private long lastTimestamp = Long.MIN_VALUE;
    private EndOfStream end = EndOfStream.COMPLETE;
    private boolean finished;

    private VideoFileSource(Path file, FFmpegFrameGrabber grabber, int stride) {
        this.file = file;
        this.grabber = grabber;
        this.stride = stride;
        int orientation = Orientation.fromDisplayRotation(grabber.getDisplayRotation());
        this.copier = new FrameCopier(orientation, pool);
        boolean swap = Orientation.swapsAxes(orientation);
        int w = grabber.getImageWidth();
        int h = grabber.getImageHeight();
        this.info = new SourceInfo(file.toString(), swap ? h : w, swap ? w : h, grabber.getFrameRate(),
                videoFrames(grabber), videoDurationMicros(grabber), false);
        this.recordedFrames = recordedFrames(grabber);
    }

    /** The stream's frame count as the container records it (MP4, MOV, AVI do); 0 when it is only estimated. */
    private static long recordedFrames(FFmpegFrameGrabber grabber) {
        AVFormatContext format = grabber.getFormatContext();
        for (int i = 0; format != null && i < format.nb_streams(); i++) {
            AVStream stream = format.streams(i);
            boolean cover = (stream.disposition() & avformat.AV_DISPOSITION_ATTACHED_PIC) != 0;
            if (stream.codecpar().codec_type() == avutil.AVMEDIA_TYPE_VIDEO && !cover) {
                return Math.max(0, stream.nb_frames()); // the first video stream, the one the grabber decodes
            }
        }
        return 0;
    }

    /** The video stream's own frame count: the container's may include a longer audio track. */
    private static long videoFrames(FFmpegFrameGrabber grabber) {
        int video = grabber.getLengthInVideoFrames();
        return video > 0 ? video : grabber.getLengthInFrames();
    }

    private static long videoDurationMicros(FFmpegFrameGrabber grabber) {
        long frames = grabber.getLengthInVideoFrames();
        double fps = grabber.getFrameRate();
        return frames > 0 && fps > 0 ? Math.round(frames / fps * 1e6) : grabber.getLengthInTime();
    }

    /** Opens the file; every failure is a {@link CaptureException} naming the file and the problem. */
    public static VideoFileSource open(Path file, int stride) {
        if (stride < 1) {
            throw new IllegalArgumentException("stride must be at least 1, not " + stride);
        }
        FFmpegLogging.quietUnlessConfigured();
        checkReadable(file);
        FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(file.toFile());
        grabber.setPixelFormat(avutil.AV_PIX_FMT_RGB24);
        grabber.setVideoOption("threads", DECODER_THREADS);
        try {
            grabber.start();
        } catch (FrameGrabber.Exception e) {
            release(grabber);
            throw openFailure(file, e);
        }
        if (!grabber.hasVideo() || grabber.getImageWidth() <= 0) {
            release(grabber);
            throw new CaptureException(CaptureException.Reason.NO_VIDEO_STREAM,
                    file + ": has no video stream (an audio-only file?)");
        }
        return new VideoFileSource(file, grabber, stride);
    }

    public static VideoFileSource open(Path file) {
        return open(file, 1);
    }

    /**
     * Keeps one frame in {@code stride} from now on, for a source opened before its frame rate
     * decided the stride (the first video opens while the models load); only before the first frame.
     */
    public void keepOneIn(int stride) {
        if (stride < 1) {
            throw new IllegalArgumentException("stride must be at least 1, not " + stride);
        }
        if (frameIndex > 0 || finished) {
            throw new IllegalStateException("the stride is chosen before the first frame is read");
        }
        this.stride = stride;
    }

    /** One frame in this many is returned. */
    public int stride() {
        return stride;
    }

    /** Fails, with the message {@link #open} would give, when {@code file} is missing, a directory or unreadable. */
    public static void checkReadable(Path file) {
        InputFiles.checkReadable(file, "a video");
    }

    private static CaptureException openFailure(Path file, FrameGrabber.Exception e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("avcodec_find_decoder") || message.contains("Unsupported video format")) {
            return new CaptureException(CaptureException.Reason.UNSUPPORTED_CODEC,
                    file + ": its video codec is not supported; convert it to H.264 MP4", e);
        }
        if (looksLikeMp4(file)) {
            return new CaptureException(CaptureException.Reason.TRUNCATED,
                    file + ": an MP4 that cannot be opened; it looks incomplete (an unfinished copy or download?)", e);
        }
        return new CaptureException(CaptureException.Reason.NOT_MEDIA,
                file + ": not a video FFmpeg can read (damaged, or not a video at all)", e);
    }

    /** MP4/MOV files start with a box whose type is 'ftyp' at byte 4. */
    private static boolean looksLikeMp4(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(8);
            return head.length == 8 && head[4] == 'f' && head[5] == 't' && head[6] == 'y' && head[7] == 'p';
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public SourceInfo info() {
        return info;
    }

    @Override
    public Optional<RgbImage> next() {
        if (finished) {
            return Optional.empty();
        }
        try {
            while (true) {
                boolean kept = frameIndex % stride == 0;
                // a frame left out is decoded (later frames need it) but never converted to RGB
                Frame frame = kept ? grabber.grabImage() : grabber.grabFrame(false, true, false, false);
                if (frame == null) {
                    finish();
                    return Optional.empty();
                }
                long index = frameIndex++;
                long timestamp = Math.max(frame.timestamp, lastTimestamp + 1);
                lastTimestamp = timestamp;
                if (index % stride == 0) {
                    return Optional.of(copier.copy(frame, timestamp));
                }
            }
        } catch (FrameGrabber.Exception e) {
            finished = true;
            throw new CaptureException(CaptureException.Reason.READ_FAILED, file + ": decoding failed after "
                    + frameIndex + " frames (" + e.getMessage() + ")", e);
        }
    }

    private void finish() {
        finished = true;
        double announced = info.durationMicros() / 1e6;
        double reached = lastTimestamp == Long.MIN_VALUE ? 0 : lastTimestamp / 1e6 + 1 / Math.max(info.fps(), 1);
        if (announced > 0 && reached + TRUNCATION_TOLERANCE_SECONDS < announced) {
            end = EndOfStream.early(String.format(Locale.ROOT,
                    "%s: the video stops at %.1f s of its %.1f s; the file looks truncated", file, reached, announced));
            return;
        }
        end = judgeSkipped(file, recordedFrames, frameIndex);
    }

    /**
     * How the end of a stream that reached its end reads, given the frames its container records
     * and the frames that decoded: complete, complete with a note on what was skipped, or (past
     * {@link #MAX_SKIPPED_SHARE}) ended with the damage as the reason.
     */
    static EndOfStream judgeSkipped(Path file, long recorded, long decoded) {
        long skipped = recorded - decoded;
        if (recorded <= 0 || skipped <= 0) {
            return EndOfStream.COMPLETE;
        }
        double share = (double) skipped / recorded;
        String what = String.format(Locale.ROOT, "%d of %d frames (%.1f%%) could not be decoded (damaged data)",
                skipped, recorded, 100 * share);
        if (share > MAX_SKIPPED_SHARE) {
            return new EndOfStream(false, String.format(Locale.ROOT,
                    "%s: %s, more than the %.0f%% an analysis can stand; the file is damaged: copy or export it again",
                    file, what, 100 * MAX_SKIPPED_SHARE), skipped);
        }
        return new EndOfStream(true, what + " and were skipped", skipped);
    }

    /**
     * The frames at {@code timestamps} (as this source delivered them), each decoded by seeking to
     * it rather than reading the video from its start: a report's key frames. Each image is the
     * caller's own (not pooled). A timestamp the seek cannot reach within half a frame is left
     * out; a timestamp nudged forward by {@link #next} (a repeated one) finds its frame all the same.
     */
    public java.util.Map<Long, RgbImage> framesAt(java.util.SortedSet<Long> timestamps) {
        java.util.Map<Long, RgbImage> frames = new java.util.HashMap<>();
        double fps = info.fps() > 0 ? info.fps() : 30;
        long halfFrame = Math.round(0.5e6 / fps);
        try {
            for (long t : timestamps) {
                grabber.setVideoTimestamp(Math.max(0, t - halfFrame)); // JavaCV decodes on from the key frame to here
                Frame frame;
                while ((frame = grabber.grabImage()) != null && frame.timestamp < t - halfFrame) {
                    // not there yet
                }
                if (frame != null && Math.abs(frame.timestamp - t) <= halfFrame) {
                    RgbImage pooled = copier.copy(frame, t);
                    int w = pooled.width();
                    int h = pooled.height();
                    byte[] rgb = new byte[w * h * 3];
                    pooled.pixels().get(0, rgb);
                    pooled.release();
                    frames.put(t, RgbImage.copyOf(w, h, rgb, t));
                }
            }
        } catch (FrameGrabber.Exception e) {
            throw new CaptureException(CaptureException.Reason.READ_FAILED, file + ": seeking a frame failed ("
                    + e.getMessage() + ")", e);
        }
        finished = true; // the stream position is wherever the last seek left it
        return frames;
    }

    /** Pixel arrays allocated so far: stays at the number of frames in flight once the stream is steady. */
    public int pixelArraysAllocated() {
        return pool.allocations();
    }

    @Override
    public EndOfStream endOfStream() {
        return end;
    }

    @Override
    public void close() {
        release(grabber);
    }

    private static void release(FFmpegFrameGrabber grabber) {
        try {
            grabber.close();
        } catch (FrameGrabber.Exception ignored) {
            // closing after use or after a failure: nothing more to report
        }
    }
}
