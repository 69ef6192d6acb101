package dev.formcheck.pipeline;

import dev.formcheck.capture.CaptureException;
import dev.formcheck.capture.FaultInjectingSource;
import dev.formcheck.capture.VideoFileSource;
import dev.formcheck.pose.PoseException;
import dev.formcheck.testing.RequiresSharedData;
import dev.formcheck.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The pipeline on real decoded video: flow control per mode, and a clean end on every path. */
@RequiresSharedData
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class FramePipelineTest {
    static final Path SQUAT = SharedData.resolve("videos/squat-side.mp4");
    static final int SQUAT_FRAMES = 614;

    /** A cheap stand-in for the pose stage: the frame's timestamp, so order can be checked. */
    static long timestampOf(dev.formcheck.capture.RgbImage frame) {
        return frame.timestampMicros();
    }

    @Test
    void fileModeDeliversEveryFrameInOrder() throws InterruptedException {
        List<Long> sequences = new ArrayList<>();
        List<Long> timestamps = new ArrayList<>();
        PipelineSummary summary = new FramePipeline<>(VideoFileSource.open(SQUAT), FramePipeline.Mode.FILE,
                FramePipelineTest::timestampOf, f -> {
                    sequences.add(f.sequence());
                    timestamps.add(f.result());
                }).run();
        assertThat(summary.framesDelivered()).isEqualTo(SQUAT_FRAMES);
        assertThat(summary.framesDropped()).isZero();
        assertThat(summary.end().complete()).isTrue();
        assertThat(summary.failure()).isEmpty();
        for (int i = 0; i < sequences.size(); i++) {
            assertThat(sequences.get(i)).isEqualTo(i);
        }
        assertThat(timestamps).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void pixelArraysAreRecycledSoAVideoStreamsWithoutAllocatingPerFrame() throws InterruptedException {
        VideoFileSource source = VideoFileSource.open(SQUAT);
        PipelineSummary summary = new FramePipeline<>(source, FramePipeline.Mode.FILE,
                FramePipelineTest::timestampOf, f -> { }).run();
        assertThat(summary.framesDelivered()).isEqualTo(SQUAT_FRAMES);
        assertThat(source.pixelArraysAllocated()).as("arrays for %d frames", SQUAT_FRAMES)
                .isLessThanOrEqualTo(dev.formcheck.capture.FramePool.DEFAULT_CAPACITY);
    }

    @Test
    void aFrameUsedAfterTheConsumerReturnedFailsLoudly() throws InterruptedException {
        List<dev.formcheck.capture.RgbImage> kept = new ArrayList<>();
        new FramePipeline<>(VideoFileSource.open(SQUAT, 100), FramePipeline.Mode.FILE,
                FramePipelineTest::timestampOf, f -> kept.add(f.frame())).run();
        assertThat(kept).isNotEmpty();
        assertThatThrownBy(() -> kept.get(0).pixels()).isInstanceOf(IllegalStateException.class)
                .hasMessage("a frame was used after it was released to its pool");
    }

    @Test
    void fileModeWaitsForASlowStageInsteadOfDropping() throws InterruptedException {
        PipelineSummary summary = new FramePipeline<>(VideoFileSource.open(SQUAT, 20), FramePipeline.Mode.FILE,
                frame -> sleepThen(5, frame.timestampMicros()), f -> { }).run();
        assertThat(summary.framesDelivered()).isEqualTo((SQUAT_FRAMES + 19) / 20);
        assertThat(summary.framesDropped()).isZero();
    }

    @Test
    void liveModeDropsStaleFramesAndKeepsTheNewest() throws InterruptedException {
        List<Long> sequences = new ArrayList<>();
        PipelineSummary summary = new FramePipeline<>(VideoFileSource.open(SQUAT), FramePipeline.Mode.LIVE,
                frame -> sleepThen(20, frame.timestampMicros()), f -> sequences.add(f.sequence())).run();
        assertThat(summary.framesCaptured()).isEqualTo(SQUAT_FRAMES);
        assertThat(summary.framesDropped()).isPositive();
        assertThat(summary.framesDelivered() + summary.framesDropped()).isEqualTo(SQUAT_FRAMES);
        assertThat(sequences).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void aCameraUnpluggedMidStreamEndsTheStreamAndSaysWhy() throws InterruptedException {
        FaultInjectingSource dying = FaultInjectingSource.dyingAfter(VideoFileSource.open(SQUAT), 30);
        List<Long> delivered = new ArrayList<>();
        PipelineSummary summary = new FramePipeline<>(dying, FramePipeline.Mode.FILE, FramePipelineTest::timestampOf,
                f -> delivered.add(f.sequence())).run();
        assertThat(delivered).hasSize(30);
        assertThat(summary.end().complete()).isFalse();
        assertThat(summary.end().note()).isEqualTo("camera 0 stopped delivering frames (unplugged?)");
        assertThat(summary.failure()).get().isInstanceOfSatisfying(CaptureException.class,
                e -> assertThat(e.reason()).isEqualTo(CaptureException.Reason.CAMERA_UNPLUGGED));
        assertThat(dying.isClosed()).isTrue();
    }

    @Test
    void aStalledSourceResumesWithoutLosingFramesInFileMode() throws InterruptedException {
        FaultInjectingSource stalling = FaultInjectingSource.stallingAt(VideoFileSource.open(SQUAT, 10), 5, 300);
        PipelineSummary summary = new FramePipeline<>(stalling, FramePipeline.Mode.FILE, FramePipelineTest::timestampOf,
                f -> { }).run();
        assertThat(summary.framesDelivered()).isEqualTo((SQUAT_FRAMES + 9) / 10);
        assertThat(summary.end().complete()).isTrue();
    }

    @Test
    void aBusyCameraFailsAtOpenWithTheMessageTheUserSees() {
        assertThatThrownBy(FaultInjectingSource::busy).isInstanceOf(CaptureException.class)
                .hasMessage("camera 0 is in use by another program (a video call?); close it and try again");
    }

    @Test
    void aFailingPoseStageStopsTheRunAndIsReported() throws InterruptedException {
        VideoFileSource source = VideoFileSource.open(SQUAT);
        PipelineSummary summary = new FramePipeline<>(source, FramePipeline.Mode.FILE, frame -> {
            if (frame.timestampMicros() > 1_000_000) {
                throw new PoseException("models/movenet-lightning.onnx: inference failed: test");
            }
            return 0;
        }, f -> { }).run();
        assertThat(summary.failure()).get().isInstanceOf(PoseException.class);
        assertThat(summary.framesDelivered()).isBetween(29L, 32L);
    }

    @Test
    void stopFromAnotherThreadEndsTheRunPromptly() throws InterruptedException {
        FramePipeline<Long> pipeline = new FramePipeline<>(VideoFileSource.open(SQUAT), FramePipeline.Mode.FILE,
                frame -> sleepThen(10, frame.timestampMicros()), f -> { });
        Thread stopper = new Thread(() -> {
            sleepThen(200, 0L);
            pipeline.stop();
        });
        stopper.start();
        PipelineSummary summary = pipeline.run();
        stopper.join();
        assertThat(summary.framesDelivered()).isLessThan(SQUAT_FRAMES);
        assertThat(summary.failure()).isEmpty();
    }

    @Test
    void aConsumerThatThrowsEndsTheRunWithItsException() {
        VideoFileSource source = VideoFileSource.open(SQUAT);
        FramePipeline<Long> pipeline = new FramePipeline<>(source, FramePipeline.Mode.FILE,
                FramePipelineTest::timestampOf, f -> {
                    throw new IllegalStateException("consumer bug");
                });
        assertThatThrownBy(pipeline::run).isInstanceOf(IllegalStateException.class).hasMessage("consumer bug");
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void aConsumerThatFailsWhileEveryQueueIsFullStillEndsTheRun() {
        VideoFileSource source = VideoFileSource.open(SQUAT);
        FramePipeline<Long> pipeline = new FramePipeline<>(source, FramePipeline.Mode.FILE,
                FramePipelineTest::timestampOf, f -> {
                    sleepThen(300, 0L); // long enough for both hand-offs to fill up
                    throw new IllegalStateException("consumer bug");
                });
        assertThatThrownBy(pipeline::run).isInstanceOf(IllegalStateException.class).hasMessage("consumer bug");
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void aBugInThePoseStageIsRethrownOnceEveryThreadHasEnded() {
        VideoFileSource source = VideoFileSource.open(SQUAT);
        FramePipeline<Long> pipeline = new FramePipeline<>(source, FramePipeline.Mode.FILE, frame -> {
            throw new IllegalStateException("stage bug");
        }, f -> { });
        assertThatThrownBy(pipeline::run).isInstanceOf(IllegalStateException.class).hasMessage("stage bug");
    }

    private static <T> T sleepThen(long millis, T value) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return value;
    }
}
