package dev.formcheck.testing;

import dev.formcheck.capture.RgbImage;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameGrabber;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Decodes a video in a test, independently of the code under test: FFmpegFrameGrabber converting
 * to packed RGB, each frame copied into an owned RgbImage.
 */
public final class DecodedVideo {
    /** What the container says, and how many frames were really decoded. */
    public record Info(int width, int height, double fps, int frames, long lastTimestampMicros) {
    }

    private DecodedVideo() {
    }

    /** Decodes every frame, handing each to {@code consumer}; returns the container's facts and the count. */
    public static Info forEachFrame(Path video, Consumer<RgbImage> consumer) throws FrameGrabber.Exception {
        avutil.av_log_set_level(avutil.AV_LOG_QUIET);
        try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(video.toFile())) {
            grabber.setPixelFormat(avutil.AV_PIX_FMT_RGB24);
            grabber.start();
            int count = 0;
            long last = -1;
            byte[] rgb = null;
            for (Frame frame = grabber.grabImage(); frame != null; frame = grabber.grabImage()) {
                int w = frame.imageWidth;
                int h = frame.imageHeight;
                if (rgb == null || rgb.length != w * h * 3) {
                    rgb = new byte[w * h * 3];
                }
                ByteBuffer buffer = (ByteBuffer) frame.image[0];
                for (int y = 0; y < h; y++) {
                    buffer.position(y * frame.imageStride);
                    buffer.get(rgb, y * w * 3, w * 3);
                }
                consumer.accept(RgbImage.copyOf(w, h, rgb, frame.timestamp));
                last = frame.timestamp;
                count++;
            }
            Info info = new Info(grabber.getImageWidth(), grabber.getImageHeight(), grabber.getFrameRate(), count, last);
            grabber.stop();
            return info;
        }
    }

    public static Info probe(Path video) throws FrameGrabber.Exception {
        return forEachFrame(video, frame -> { });
    }
}
