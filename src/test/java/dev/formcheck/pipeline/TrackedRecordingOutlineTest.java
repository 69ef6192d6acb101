package dev.formcheck.pipeline;

import dev.formcheck.capture.FrameSource;
import dev.formcheck.capture.RgbImage;
import dev.formcheck.capture.SourceInfo;
import dev.formcheck.pose.BodyPart;
import dev.formcheck.pose.CropRegion;
import dev.formcheck.pose.Keypoint;
import dev.formcheck.pose.Pose;
import dev.formcheck.pose.PoseEstimator;
import dev.formcheck.pose.StageTimings;
import dev.formcheck.pose.silhouette.BackOutline;
import dev.formcheck.pose.silhouette.BodyCrop;
import dev.formcheck.pose.silhouette.OutlineSchedule;
import dev.formcheck.pose.silhouette.PersonMask;
import dev.formcheck.pose.silhouette.PersonSegmenter;
import dev.formcheck.pose.silhouette.SilhouetteReader;
import dev.formcheck.pose.tracking.TrackingSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The back's outline is read at most every {@link TrackedRecording#OUTLINE_INTERVAL_MICROS}, or
 * when an {@link OutlineSchedule} asks, and held in between, never across a frame without a person.
 */
@Timeout(30)
class TrackedRecordingOutlineTest {
    private static final int SIDE = 320;
    private static final long FRAME_30_FPS = 33_333;

    /** Blank frames at the given timestamps. */
    private static final class Frames implements FrameSource {
        private final long[] timestamps;
        private int next;

        Frames(long... timestamps) {
            this.timestamps = timestamps.clone();
        }

        @Override
        public SourceInfo info() {
            return new SourceInfo("blank frames", SIDE, SIDE, 30, timestamps.length, timestamps[timestamps.length - 1], false);
        }

        @Override
        public Optional<RgbImage> next() {
            return next == timestamps.length ? Optional.empty()
                    : Optional.of(RgbImage.copyOf(SIDE, SIDE, new byte[SIDE * SIDE * 3], timestamps[next++]));
        }

        @Override
        public void close() {
        }
    }

    /** A plank lying flat, head right, in every frame except those it is told are empty. */
    private record Plank(Set<Long> nobodyAt) implements PoseEstimator {
        @Override
        public Pose estimate(RgbImage frame) {
            double score = nobodyAt.contains(frame.timestampMicros()) ? 0 : 0.9;
            List<Keypoint> keypoints = new ArrayList<>();
            for (BodyPart part : BodyPart.values()) {
                double x = switch (part) {
                    case LEFT_HIP, RIGHT_HIP -> 120;
                    case LEFT_KNEE, RIGHT_KNEE -> 80;
                    case LEFT_ANKLE, RIGHT_ANKLE -> 40;
                    case LEFT_SHOULDER, RIGHT_SHOULDER, LEFT_ELBOW, RIGHT_ELBOW, LEFT_WRIST, RIGHT_WRIST -> 200;
                    default -> 230;
                };
                double y = switch (part) {
                    case LEFT_ELBOW, RIGHT_ELBOW -> 200;
                    case LEFT_WRIST, RIGHT_WRIST -> 240;
                    default -> 160;
                };
                keypoints.add(new Keypoint(part, x, y, score));
            }
            return new Pose(frame.timestampMicros(), keypoints);
        }

        @Override
        public Pose estimate(RgbImage frame, CropRegion crop) {
            return estimate(frame);
        }

        @Override
        public StageTimings lastTimings() {
            return StageTimings.NONE;
        }

        @Override
        public void close() {
        }
    }

    /** Counts its calls; its empty mask leaves the outline untraced, which is enough here. */
    private static final class CountingSegmenter implements PersonSegmenter {
        int calls;

        @Override
        public PersonMask segment(RgbImage image, BodyCrop crop) {
            calls++;
            return new PersonMask(crop, 16, new float[16 * 16]);
        }

        @Override
        public void close() {
        }
    }

    private static TrackedRecording track(CountingSegmenter segmenter, Set<Long> nobodyAt, long... timestamps)
            throws InterruptedException {
        return TrackedRecording.trackWithOutlines(new Frames(timestamps), new Plank(nobodyAt), TrackingSettings.defaults(),
                new SilhouetteReader(segmenter), (frame, outline) -> { });
    }

    @Test
    void at30FramesASecondEveryOtherFrameIsReadAndTheOneBetweenKeepsTheLastReading() throws InterruptedException {
        CountingSegmenter segmenter = new CountingSegmenter();
        long[] timestamps = new long[6];
        Arrays.setAll(timestamps, i -> i * FRAME_30_FPS);

        TrackedRecording recording = track(segmenter, Set.of(), timestamps);

        assertThat(segmenter.calls).isEqualTo(3);
        List<BackOutline> outlines = recording.outlines();
        assertThat(outlines).hasSize(6);
        assertThat(outlines.get(0).timestampMicros()).isZero();
        assertThat(outlines.get(1)).isSameAs(outlines.get(0));
        assertThat(outlines.get(2).timestampMicros()).isEqualTo(2 * FRAME_30_FPS);
        assertThat(outlines.get(3)).isSameAs(outlines.get(2));
    }

    @Test
    void aFrameWithoutAPersonIsNotReadAndTheNextOneWithAPersonIsReadAfresh() throws InterruptedException {
        CountingSegmenter segmenter = new CountingSegmenter();

        TrackedRecording recording = track(segmenter, Set.of(10_000L), 0, 10_000, 20_000);

        assertThat(segmenter.calls).isEqualTo(2);
        assertThat(recording.outlines().get(1)).isEqualTo(new BackOutline.Untraced(10_000, "I can't see you"));
        assertThat(recording.outlines().get(2).timestampMicros()).isEqualTo(20_000);
    }

    @Test
    void timestampsStartingAgainAreReadAfresh() throws InterruptedException {
        CountingSegmenter segmenter = new CountingSegmenter();

        TrackedRecording recording = track(segmenter, Set.of(), 100_000, 133_333, 0);

        assertThat(segmenter.calls).isEqualTo(2);
        assertThat(recording.outlines().get(2).timestampMicros()).isZero();
    }

    @Test
    void theScheduleDecidesWhichFramesAreReadAfresh() throws InterruptedException {
        CountingSegmenter segmenter = new CountingSegmenter();
        long[] timestamps = new long[9];
        Arrays.setAll(timestamps, i -> i * FRAME_30_FPS);
        // a fresh reading once the last is four frames old
        OutlineSchedule everyFourth = (pose, last) -> pose.timestampMicros() - last.timestampMicros() >= 4 * FRAME_30_FPS;

        TrackedRecording recording = TrackedRecording.trackWithOutlines(new Frames(timestamps), new Plank(Set.of()),
                TrackingSettings.defaults(), new SilhouetteReader(segmenter), everyFourth, (frame, outline) -> { });

        assertThat(segmenter.calls).isEqualTo(3);
        assertThat(recording.outlines()).extracting(BackOutline::timestampMicros).containsExactly(
                0L, 0L, 0L, 0L, 4 * FRAME_30_FPS, 4 * FRAME_30_FPS, 4 * FRAME_30_FPS, 4 * FRAME_30_FPS, 8 * FRAME_30_FPS);
    }
}
