package dev.formcheck.capture;

import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.FrameGrabber;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.bytedeco.javacv.Frame;

/**
 * A webcam through FFmpeg's capture devices: V4L2 on Linux, DirectShow on Windows, AVFoundation
 * on macOS. Asks for the requested size and rate, and for MJPEG where the platform lets us choose
 * (USB cameras deliver full rate at 720p only compressed), falling back to the camera's default
 * format. Frames carry the device's timestamps; the stream never ends by itself.
 *
 * <p>These machines have no camera: the device code is written for all three platforms but only
 * its failure paths run here (docs/hardware.md lists what is verified on real hardware only).
 */
public final class CameraSource implements FrameSource {
    private final FFmpegFrameGrabber grabber;
    private final FrameCopier copier = new FrameCopier(Orientation.UPRIGHT, new FramePool(FramePool.DEFAULT_CAPACITY));
    private final SourceInfo info;
    private final String device;
    private long lastTimestamp = Long.MIN_VALUE;

    /**
     * @param device a camera index ("0") or a platform device name ("/dev/video2", "Integrated Camera")
     */
    public record Request(String device, int width, int height, double fps) {
        public Request {
            if (device == null || device.isBlank()) {
                throw new IllegalArgumentException("a camera needs an index or a name");
            }
            if (width <= 0 || height <= 0 || !(fps > 0)) {
                throw new IllegalArgumentException("camera size and rate must be positive");
            }
        }

        public static Request of(int index) {
            return new Request(Integer.toString(index), 640, 480, 30);
        }
    }

    private CameraSource(FFmpegFrameGrabber grabber, String device, Request request) {
        this.grabber = grabber;
        this.device = device;
        int w = grabber.getImageWidth() > 0 ? grabber.getImageWidth() : request.width();
        int h = grabber.getImageHeight() > 0 ? grabber.getImageHeight() : request.height();
        double fps = grabber.getFrameRate() > 0 ? grabber.getFrameRate() : request.fps();
        this.info = new SourceInfo("camera " + device, w, h, fps, -1, -1, true);
    }

    public static CameraSource open(Request request) {
        FFmpegLogging.quietUnlessConfigured();
        Platform platform = Platform.current();
        String device = platform.deviceName(request.device());
        platform.checkPresent(device);
        try {
            return new CameraSource(start(platform, device, request, true), device, request);
        } catch (FrameGrabber.Exception compressed) {
            try {
                // the camera may not offer MJPEG: take its default format instead
                return new CameraSource(start(platform, device, request, false), device, request);
            } catch (FrameGrabber.Exception e) {
                throw openFailure(device, e);
            }
        }
    }

    private static FFmpegFrameGrabber start(Platform platform, String device, Request request, boolean mjpeg)
            throws FrameGrabber.Exception {
        FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(device);
        grabber.setFormat(platform.format);
        grabber.setPixelFormat(avutil.AV_PIX_FMT_RGB24);
        grabber.setImageWidth(request.width());
        grabber.setImageHeight(request.height());
        grabber.setFrameRate(request.fps());
        grabber.setOption("video_size", request.width() + "x" + request.height());
        grabber.setOption("framerate", String.format(Locale.ROOT, "%.2f", request.fps()));
        if (mjpeg && platform.mjpegOption != null) {
            grabber.setOption(platform.mjpegOption[0], platform.mjpegOption[1]);
        }
        try {
            grabber.start();
            return grabber;
        } catch (FrameGrabber.Exception e) {
            grabber.close();
            throw e;
        }
    }

    private static CaptureException openFailure(String device, FrameGrabber.Exception e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("error -16") || message.toLowerCase(Locale.ROOT).contains("busy")) {
            return new CaptureException(CaptureException.Reason.CAMERA_BUSY, "camera " + device
                    + " is in use by another program (a video call?); close it and try again", e);
        }
        return new CaptureException(CaptureException.Reason.NO_CAMERA, "camera " + device
                + " could not be opened; is it connected, and does FormCheck have permission to use it?", e);
    }

    @Override
    public SourceInfo info() {
        return info;
    }

    @Override
    public Optional<RgbImage> next() {
        Frame frame;
        try {
            frame = grabber.grabImage();
        } catch (FrameGrabber.Exception e) {
            throw unplugged(e);
        }
        if (frame == null) {
            throw unplugged(null);
        }
        long timestamp = Math.max(frame.timestamp, lastTimestamp + 1);
        lastTimestamp = timestamp;
        return Optional.of(copier.copy(frame, timestamp));
    }

    private CaptureException unplugged(Exception cause) {
        return new CaptureException(CaptureException.Reason.CAMERA_UNPLUGGED,
                "camera " + device + " stopped delivering frames (unplugged?)", cause);
    }

    @Override
    public void close() {
        try {
            grabber.close();
        } catch (FrameGrabber.Exception ignored) {
            // the device may already be gone; nothing more to report
        }
    }

    /** How each platform names and opens capture devices in FFmpeg. */
    private enum Platform {
        LINUX("v4l2", new String[] {"input_format", "mjpeg"}),
        WINDOWS("dshow", new String[] {"vcodec", "mjpeg"}),
        MAC("avfoundation", null);

        final String format;
        final String[] mjpegOption;

        Platform(String format, String[] mjpegOption) {
            this.format = format;
            this.mjpegOption = mjpegOption;
        }

        static Platform current() {
            String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
            return os.startsWith("windows") ? WINDOWS : os.startsWith("mac") ? MAC : LINUX;
        }

        /** An index becomes the platform's device name; a name is used as it is. */
        String deviceName(String device) {
            boolean index = device.chars().allMatch(Character::isDigit);
            return switch (this) {
                case LINUX -> index ? "/dev/video" + device : device;
                case WINDOWS -> {
                    if (index) {
                        // DirectShow opens devices by name only
                        throw new CaptureException(CaptureException.Reason.NO_CAMERA, "on Windows, name the camera "
                                + "instead of giving an index, e.g. --camera \"Integrated Camera\" (Device Manager "
                                + "lists the names under Cameras)");
                    }
                    yield device.startsWith("video=") ? device : "video=" + device;
                }
                // AVFoundation takes "video:audio", by index or by name
                case MAC -> device + ":none";
            };
        }

        void checkPresent(String device) {
            if (this == LINUX && !Files.exists(Path.of(device))) {
                throw new CaptureException(CaptureException.Reason.NO_CAMERA,
                        "no camera at " + device + " (no such device); is a webcam connected?");
            }
        }
    }
}
