package dev.formcheck.session;

import dev.formcheck.capture.CaptureException;
import dev.formcheck.capture.FrameSource;
import dev.formcheck.capture.PacedSource;
import dev.formcheck.capture.RgbImage;
import dev.formcheck.capture.SourceInfo;
import dev.formcheck.capture.VideoFileSource;
import dev.formcheck.pose.InferenceSettings;
import dev.formcheck.pose.ModelFiles;
import dev.formcheck.pose.MoveNetEstimator;
import dev.formcheck.pose.MoveNetModel;
import dev.formcheck.ui.model.SampleVideo;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A camera unplugged mid-set, as a source that fails the way CameraSource does when frames stop:
 * the workout ends with the reason and keeps the set it had seen.
 */
class LiveWorkoutUnplugTest {
    /** The sample video (7 squats) until {@code frames} frames, then "unplugged". */
    private static final class UnpluggedAfter implements FrameSource {
        private final FrameSource inner;
        private final int frames;
        private int given;

        UnpluggedAfter(FrameSource inner, int frames) {
            this.inner = inner;
            this.frames = frames;
        }

        @Override
        public SourceInfo info() {
            return inner.info();
        }

        @Override
        public Optional<RgbImage> next() {
            if (given++ >= frames) {
                throw new CaptureException(CaptureException.Reason.CAMERA_UNPLUGGED,
                        "camera /dev/video0 stopped delivering frames (unplugged?)");
            }
            return inner.next();
        }

        @Override
        public void close() {
            inner.close();
        }
    }

    @org.junit.jupiter.api.io.TempDir
    java.nio.file.Path data;

    @Test
    void aCameraUnpluggedMidSetEndsTheWorkoutWithTheReasonAndKeepsTheRepsSeenInItsRecordToo() throws Exception {
        WorkoutSettings d = WorkoutSettings.defaults();
        try (MoveNetEstimator pose = MoveNetEstimator.open(MoveNetModel.LIGHTNING, ModelFiles.modelsDirectory(),
                InferenceSettings.defaults());
             // paced as a camera delivers: live mode keeps the newest frame and drops what inference cannot keep up with
             FrameSource source = new PacedSource(new UnpluggedAfter(VideoFileSource.open(SampleVideo.find().orElseThrow()), 300))) {
            LiveWorkout live = new LiveWorkout(source, pose, Optional.empty(), new WorkoutSession(
                    ExerciseJudging.forCurrentUser("squat"), new WorkoutSettings(d.setEndsAfterMicros(), 0, d.restMicros())));
            dev.formcheck.records.SessionStore store = new dev.formcheck.records.SessionStore(data);
            LiveRecorder recorder = LiveRecorder.start(store, "camera /dev/video0", pose.model().id(), "shipped defaults",
                    "squat", java.time.Instant.now());
            LiveWorkout.Ended ended = live.run((frame, outline, update) -> { }, recorder);
            assertThat(ended.problem()).contains("camera /dev/video0 stopped delivering frames (unplugged?)");
            assertThat(ended.record().sets()).as("the set open when the camera went ends there").hasSize(1);
            assertThat(ended.record().totalReps()).as("10 s of squats at about 2.3 s a rep").isBetween(2, 5);
            dev.formcheck.records.SessionRecord kept = store.read().records().get(0);
            assertThat(kept.complete()).isTrue();
            assertThat(kept.header().kind()).isEqualTo("live-workout");
            assertThat(kept.problem()).contains("camera /dev/video0 stopped delivering frames (unplugged?)");
            assertThat(kept.totalReps()).isEqualTo(ended.record().totalReps());
            assertThat(kept.sets()).singleElement().satisfies(s -> assertThat(s.reps()).isEqualTo(ended.record().totalReps()));
        }
    }
}
