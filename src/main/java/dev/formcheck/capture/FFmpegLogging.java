package dev.formcheck.capture;

import org.bytedeco.ffmpeg.avutil.LogCallback;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacv.FFmpegLogCallback;

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

    /**
     * Runs {@code body} with FFmpeg's informational lines collected instead of printed, and returns
     * them: what FFmpeg only prints (the device lists of AVFoundation and DirectShow). From the
     * first call on, FFmpeg's log goes through a callback of ours that prints what the level
     * allows, as JavaCV's logger does, and collects while a body runs. One body at a time.
     */
    static synchronized String captured(Runnable body) {
        quietUnlessConfigured();
        StringBuilder log = new StringBuilder();
        int level = avutil.av_log_get_level();
        CollectingLog.INSTANCE.collecting = log;
        avutil.setLogCallback(CollectingLog.INSTANCE);
        avutil.av_log_set_level(Math.max(level, avutil.AV_LOG_INFO));
        try {
            body.run();
        } finally {
            avutil.av_log_set_level(level);
            CollectingLog.INSTANCE.collecting = null;
        }
        return log.toString();
    }

    /** Held for the life of the process: FFmpeg keeps a native pointer to it. */
    private static final class CollectingLog extends LogCallback {
        static final CollectingLog INSTANCE = new CollectingLog();
        volatile StringBuilder collecting;

        @Override
        public void call(int level, BytePointer message) {
            StringBuilder log = collecting;
            if (log != null && level <= avutil.AV_LOG_INFO) {
                synchronized (log) {
                    log.append(message.getString());
                }
            } else if (level <= avutil.av_log_get_level()) {
                FFmpegLogCallback.getInstance().call(level, message);
            }
        }
    }

    static void quietUnlessConfigured() {
        if (CONFIGURED.compareAndSet(false, true)) {
            avutil.av_log_set_level(avutil.AV_LOG_QUIET);
        }
    }
}
