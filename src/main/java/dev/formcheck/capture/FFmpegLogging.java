package dev.formcheck.capture;

import org.bytedeco.ffmpeg.global.avutil;

/** FFmpeg prints to stderr by default; FormCheck keeps it quiet unless the user asks for --verbose. */
public final class FFmpegLogging {
    private FFmpegLogging() {
    }

    public static void configure(boolean verbose) {
        avutil.av_log_set_level(verbose ? avutil.AV_LOG_WARNING : avutil.AV_LOG_QUIET);
    }
}
