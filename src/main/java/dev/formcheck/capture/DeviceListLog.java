package dev.formcheck.capture;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The cameras named in FFmpeg's log when it is asked to list the devices of AVFoundation (macOS)
 * or DirectShow (Windows): FFmpeg prints these lists only to its log, then fails the open on
 * purpose. Each line may carry the logging context's prefix ({@code [dshow @ 0x…] }); screens
 * offered as cameras by AVFoundation and audio devices are left out.
 */
final class DeviceListLog {
    /** {@code [AVFoundation indev @ 0x…] } or {@code [dshow @ 000001…] }: the logging context, at the start of a line. */
    private static final Pattern PREFIX = Pattern.compile("^\\[[^\\]]* @ [0-9a-fA-Fx]+\\]\\s?");
    /** {@code [0] FaceTime HD Camera}: an AVFoundation device, its index and name. */
    private static final Pattern AVFOUNDATION_DEVICE = Pattern.compile("^\\[(\\d+)\\]\\s+(.+?)\\s*$");
    /** {@code "Integrated Camera" (video)}, or an older FFmpeg's bare {@code  "Integrated Camera"} under its heading. */
    private static final Pattern DSHOW_DEVICE = Pattern.compile("^\\s*\"(.+)\"\\s*(?:\\(([^)]*)\\))?\\s*$");

    private DeviceListLog() {
    }

    /** AVFoundation's video devices, by name (AVFoundation opens a device by its name as by its index). */
    static List<CameraDevices.Device> avfoundation(String log) {
        List<CameraDevices.Device> found = new ArrayList<>();
        boolean inVideo = false;
        for (String line : lines(log)) {
            String lower = line.toLowerCase(Locale.ROOT);
            if (lower.contains("avfoundation video devices")) {
                inVideo = true;
                continue;
            }
            if (lower.contains("avfoundation audio devices")) {
                inVideo = false;
                continue;
            }
            Matcher m = AVFOUNDATION_DEVICE.matcher(line);
            if (inVideo && m.matches() && !m.group(2).toLowerCase(Locale.ROOT).startsWith("capture screen")) {
                found.add(new CameraDevices.Device(m.group(2), m.group(2)));
            }
        }
        return List.copyOf(found);
    }

    /**
     * DirectShow's video devices, by name. FFmpeg 5 and later put the kind after each name
     * ({@code (video)}, {@code (audio)}, {@code (audio, video)}, {@code (none)}); earlier ones list video
     * devices under a heading, then audio devices under another. A name listed twice is offered once:
     * DirectShow opens the first device of that name.
     */
    static List<CameraDevices.Device> dshow(String log) {
        Set<String> names = new LinkedHashSet<>();
        String heading = "";
        for (String line : lines(log)) {
            String lower = line.toLowerCase(Locale.ROOT);
            if (lower.contains("directshow video devices")) {
                heading = "video";
                continue;
            }
            if (lower.contains("directshow audio devices")) {
                heading = "audio";
                continue;
            }
            Matcher m = DSHOW_DEVICE.matcher(line);
            if (!m.matches()) {
                continue; // an "Alternative name" line, an error, anything else
            }
            String kind = m.group(2) == null ? heading : m.group(2).toLowerCase(Locale.ROOT);
            if (kind.contains("video")) {
                names.add(m.group(1));
            }
        }
        return names.stream().map(n -> new CameraDevices.Device(n, n)).toList();
    }

    /** The log's lines without their context prefix. */
    private static List<String> lines(String log) {
        List<String> out = new ArrayList<>();
        for (String raw : log.split("\\R")) {
            out.add(PREFIX.matcher(raw).replaceFirst(""));
        }
        return out;
    }
}
