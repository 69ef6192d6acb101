package dev.formcheck.capture;

import org.bytedeco.ffmpeg.global.avutil;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * FFmpeg prints to stderr by default; FormCheck keeps it quiet unless the user asks for
 * --verbose. Sources call {@link #quietUnlessConfigured()} before they open anything, so a caller
 * that never thought about logging still gets a silent FFmpeg.
 */
public final class FFmpegLogging {
    private static final AtomicBoolean CONFIGURED = new AtomicBoolean();

    private FFmpegLogging() {
    }

    /** Sets FFmpeg's log level for the whole process: warnings when verbose, nothing otherwise. */
    public static void configure(boolean verbose) {
        CONFIGURED.set(true);
        avutil.av_log_set_level(verbose ? avutil.AV_LOG_WARNING : avutil.AV_LOG_QUIET);
    }

    static void quietUnlessConfigured() {
        if (CONFIGURED.compareAndSet(false, true)) {
            avutil.av_log_set_level(avutil.AV_LOG_QUIET);
        }
    }
}
