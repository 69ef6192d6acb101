package dev.formcheck.media;

import org.bytedeco.ffmpeg.global.avutil;

/**
 * FFmpeg's own log output (codec banners, encoder statistics, warnings) goes to stderr unless
 * silenced; our failures reach the user once, as an exception's message. The level is global to
 * the process, so it is set before each use rather than once.
 */
final class FfmpegLog {
    private FfmpegLog() {
    }

    static void configure(boolean verbose) {
        avutil.av_log_set_level(verbose ? avutil.AV_LOG_INFO : avutil.AV_LOG_QUIET);
    }
}
