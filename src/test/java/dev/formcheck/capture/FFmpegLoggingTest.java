package dev.formcheck.capture;

import org.bytedeco.ffmpeg.global.avutil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * FFmpeg's log level is one for the process: listing cameras raises it while it collects, and
 * neither another thread's log (a video decoding meanwhile) nor the user's --verbose may suffer.
 */
class FFmpegLoggingTest {
    @AfterEach
    void quietAgain() {
        FFmpegLogging.configure(false);
    }

    @Test
    void onlyTheCollectingThreadsLinesAreCollectedAndTheLevelIsTheConfiguredOneAfterwards() throws Exception {
        FFmpegLogging.configure(false);
        CountDownLatch collecting = new CountDownLatch(1);
        CountDownLatch decoded = new CountDownLatch(1);
        Thread decoder = new Thread(() -> {
            try {
                collecting.await(10, TimeUnit.SECONDS);
                avutil.av_log(null, avutil.AV_LOG_INFO, "a decoder's line\n");
                avutil.av_log(null, avutil.AV_LOG_WARNING, "a decoder's warning\n");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                decoded.countDown();
            }
        }, "decoder");
        decoder.start();

        String log = FFmpegLogging.captured(() -> {
            avutil.av_log(null, avutil.AV_LOG_INFO, "[dshow @ 0] \"Integrated Webcam\" (video)\n");
            collecting.countDown();
            try {
                assertThat(decoded.await(10, TimeUnit.SECONDS)).isTrue();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });

        assertThat(log).isEqualTo("[dshow @ 0] \"Integrated Webcam\" (video)\n");
        assertThat(avutil.av_log_get_level()).as("quiet again, as configured").isEqualTo(avutil.AV_LOG_QUIET);
    }

    @Test
    void verboseAskedForWhileCamerasAreListedIsKeptAfterwards() {
        FFmpegLogging.configure(false);

        FFmpegLogging.captured(() -> FFmpegLogging.configure(true));

        assertThat(avutil.av_log_get_level()).isEqualTo(avutil.AV_LOG_WARNING);
        assertThat(FFmpegLogging.configuredLevel()).isEqualTo(avutil.AV_LOG_WARNING);
    }

    @Test
    void theLevelIsRestoredWhenListingFails() {
        FFmpegLogging.configure(false);
        try {
            FFmpegLogging.captured(() -> {
                throw new IllegalStateException("the device list failed");
            });
        } catch (IllegalStateException expected) {
            // the body's own failure
        }
        assertThat(avutil.av_log_get_level()).isEqualTo(avutil.AV_LOG_QUIET);
    }

    @Test
    void anotherThreadsLinesArePrintedOrDroppedByTheConfiguredLevelNeverCollected() {
        assertThat(FFmpegLogging.route(avutil.AV_LOG_INFO, true, avutil.AV_LOG_QUIET)).isEqualTo(FFmpegLogging.Route.COLLECT);
        assertThat(FFmpegLogging.route(avutil.AV_LOG_VERBOSE, true, avutil.AV_LOG_QUIET)).isEqualTo(FFmpegLogging.Route.DROP);
        // not flooded: a decoder's informational line stays unprinted when the user asked for quiet or warnings
        assertThat(FFmpegLogging.route(avutil.AV_LOG_INFO, false, avutil.AV_LOG_QUIET)).isEqualTo(FFmpegLogging.Route.DROP);
        assertThat(FFmpegLogging.route(avutil.AV_LOG_INFO, false, avutil.AV_LOG_WARNING)).isEqualTo(FFmpegLogging.Route.DROP);
        // not silenced: its warning is printed under --verbose, as when no list is being read
        assertThat(FFmpegLogging.route(avutil.AV_LOG_WARNING, false, avutil.AV_LOG_WARNING)).isEqualTo(FFmpegLogging.Route.PRINT);
    }
}
