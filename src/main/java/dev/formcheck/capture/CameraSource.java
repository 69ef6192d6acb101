package dev.formcheck.capture;

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
    /** A device that delivers nothing for this long is treated as gone; a read never blocks forever. */
    static final int READ_TIMEOUT_MICROS = 5_000_000;

    private final FrameCopier copier = new FrameCopier(Orientation.UPRIGHT, new FramePool(FramePool.DEFAULT_CAPACITY), true);
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
            return of(Integer.toString(index));
        }

        /** A camera by index or name at the usual 640x480, 30 fps (what MoveNet needs, and every webcam offers). */
        public static Request of(String device) {
            return new Request(device, 640, 480, 30);
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
        FrameGrabber.Exception last = null;
        // The requested mode compressed, then uncompressed, then whatever the device offers by default.
        for (Mode mode : Mode.values()) {
            try {
                return new CameraSource(start(platform, device, request, mode), device, request);
            } catch (FrameGrabber.Exception e) {
                last = e;
                if (isBusy(String.valueOf(e.getMessage()))) {
                    break; // another program holds it: other modes will not help
                }
            }
        }
        throw openFailure(device, String.valueOf(last.getMessage()), last);
    }

    /** How far to go in asking the device for what we want. */
    private enum Mode { REQUESTED_MJPEG, REQUESTED, DEVICE_DEFAULT }

    /**
     * Size, rate and codec go to the device as its own options. No pixel format and no output
     * size on the grabber: JavaCV would pass the first to the device (DirectShow refuses it next to
     * MJPEG) and scale every frame to the second, whatever the device delivered. Frames come as
     * JavaCV's default BGR24 at the device's size and are turned into RGB when copied.
     */
    private static FFmpegFrameGrabber start(Platform platform, String device, Request request, Mode mode)
            throws FrameGrabber.Exception {
        FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(device);
        grabber.setFormat(platform.format);
        grabber.setTimeout(READ_TIMEOUT_MICROS);
        if (mode != Mode.DEVICE_DEFAULT) {
            grabber.setOption("video_size", request.width() + "x" + request.height());
            grabber.setOption("framerate", String.format(Locale.ROOT, "%.2f", request.fps()));
        }
        if (mode == Mode.REQUESTED_MJPEG && platform.mjpegOption != null) {
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

    /** FFmpeg's words for a device another program holds: EBUSY on Linux, DirectShow's and AVFoundation's phrases. */
    static boolean isBusy(String ffmpegMessage) {
        String m = ffmpegMessage.toLowerCase(Locale.ROOT);
        return m.contains("error -16") || m.contains("busy") || m.contains("in use") || m.contains("could not run graph");
    }

    static CaptureException openFailure(String device, String message, Exception e) {
        if (isBusy(message)) {
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
            throw unplugged(device, e);
        }
        if (frame == null) {
            throw unplugged(device, null);
        }
        long timestamp = Math.max(frame.timestamp, lastTimestamp + 1);
        lastTimestamp = timestamp;
        return Optional.of(copier.copy(frame, timestamp));
    }

    static CaptureException unplugged(String device, Exception cause) {
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
