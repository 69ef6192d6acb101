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
 *
 * <p>FFmpeg's log level is one for the whole process. While {@link #captured} collects a device
 * list it must let informational lines through, so the level is raised for as long as the body
 * runs; what reaches the callback is then sorted by thread: the body's own lines are collected,
 * every other thread's (a video decoding meanwhile) are printed or dropped by the level the user
 * configured, as if nothing were being collected. Afterwards the level is the configured one,
 * including a configuration changed meanwhile.
 */
public final class FFmpegLogging {
    private static final AtomicBoolean CONFIGURED = new AtomicBoolean();
    /** One body collects at a time. */
    private static final Object CAPTURE = new Object();
    /** What the user asked for ({@link #configure}): printed whoever logs; guarded by the class. */
    private static volatile int configuredLevel = avutil.AV_LOG_QUIET;

    private FFmpegLogging() {
    }

    /** Sets FFmpeg's log level for the whole process: warnings when verbose, nothing otherwise. */
    public static void configure(boolean verbose) {
        CONFIGURED.set(true);
        configureLevel(verbose ? avutil.AV_LOG_WARNING : avutil.AV_LOG_QUIET);
    }

    /** The level FFmpeg prints at, whatever is being collected meanwhile. */
    static int configuredLevel() {
        return configuredLevel;
    }

    private static synchronized void configureLevel(int level) {
        configuredLevel = level;
        applyLevel();
    }

    /** FFmpeg's own level: the configured one, raised to informational lines while a body collects them. */
    private static synchronized void applyLevel() {
        avutil.av_log_set_level(CollectingLog.INSTANCE.collector != null
                ? Math.max(configuredLevel, avutil.AV_LOG_INFO) : configuredLevel);
    }

    /**
     * Runs {@code body} with FFmpeg's informational lines that its thread logs collected instead of
     * printed, and returns them: what FFmpeg only prints (the device lists of AVFoundation and
     * DirectShow). From the first call on, FFmpeg's log goes through a callback of ours that
     * prints what the configured level allows, as JavaCV's logger does. One body at a time.
     */
    static String captured(Runnable body) {
        synchronized (CAPTURE) {
            quietUnlessConfigured();
            StringBuilder log = new StringBuilder();
            avutil.setLogCallback(CollectingLog.INSTANCE);
            collectOn(Thread.currentThread(), log);
            try {
                body.run();
            } finally {
                collectOn(null, null);
            }
            return log.toString();
        }
    }

    private static synchronized void collectOn(Thread thread, StringBuilder log) {
        CollectingLog.INSTANCE.collecting = log;
        CollectingLog.INSTANCE.collector = thread;
        applyLevel();
    }

    /** What becomes of one line FFmpeg logs. */
    enum Route { COLLECT, PRINT, DROP }

    /**
     * A line at {@code level} from the collecting body's thread ({@code fromCollector}) is collected
     * when informational or more severe; any other line is printed when the configured level allows it.
     */
    static Route route(int level, boolean fromCollector, int configured) {
        if (fromCollector && level <= avutil.AV_LOG_INFO) {
            return Route.COLLECT;
        }
        return level <= configured ? Route.PRINT : Route.DROP;
    }

    /** Held for the life of the process: FFmpeg keeps a native pointer to it. */
    private static final class CollectingLog extends LogCallback {
        static final CollectingLog INSTANCE = new CollectingLog();
        volatile StringBuilder collecting;
        volatile Thread collector;

        @Override
        public void call(int level, BytePointer message) {
            StringBuilder log = collecting;
            boolean fromCollector = log != null && Thread.currentThread() == collector;
            switch (route(level, fromCollector, configuredLevel)) {
                case COLLECT -> {
                    synchronized (log) {
                        log.append(message.getString());
                    }
                }
                case PRINT -> FFmpegLogCallback.getInstance().call(level, message);
                case DROP -> {
                    // above the level the user asked for
                }
            }
        }
    }

    static void quietUnlessConfigured() {
        if (CONFIGURED.compareAndSet(false, true)) {
            configureLevel(avutil.AV_LOG_QUIET);
        }
    }
}
