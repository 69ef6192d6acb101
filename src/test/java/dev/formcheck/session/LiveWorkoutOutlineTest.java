package dev.formcheck.session;

import dev.formcheck.analysis.exercise.Load;
import dev.formcheck.analysis.exercise.OutlineNeeds;
import dev.formcheck.analysis.thresholds.CalibrationFiles;
import dev.formcheck.capture.FrameSource;
import dev.formcheck.capture.PacedSource;
import dev.formcheck.capture.RgbImage;
import dev.formcheck.capture.SourceInfo;
import dev.formcheck.kinematics.NeutralPosture;
import dev.formcheck.pipeline.FramePipeline;
import dev.formcheck.pose.BodyPart;
import dev.formcheck.pose.CropRegion;
import dev.formcheck.pose.Keypoint;
import dev.formcheck.pose.Pose;
import dev.formcheck.pose.PoseEstimator;
import dev.formcheck.pose.StageTimings;
import dev.formcheck.pose.silhouette.BackOutline;
import dev.formcheck.pose.silhouette.BlazePoseSegmenter;
import dev.formcheck.pose.silhouette.BodyCrop;
import dev.formcheck.pose.silhouette.PersonMask;
import dev.formcheck.pose.silhouette.PersonSegmenter;
import dev.formcheck.pose.silhouette.SilhouetteReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A live workout reads the back's outline where the analysis' schedule asks ({@link OutlineNeeds}:
 * a calm reading stands longer) and on a thread of its own, so the frames go on while the segmenter
 * works. Synthetic frames of a plank held flat, paced as a camera at 30 a second, and a segmenter
 * that draws the plank's band (a straight back: a calm reading).
 */
@Timeout(30)
class LiveWorkoutOutlineTest {
    private static final int SIDE = 320;
    private static final long FRAME_30_FPS = 33_333;
    private static final int FRAMES = 60;

    /** Blank frames, 30 a second, for two seconds. */
    private static final class Frames implements FrameSource {
        private int next;

        @Override
        public SourceInfo info() {
            return new SourceInfo("blank frames", SIDE, SIDE, 30, FRAMES, (FRAMES - 1) * FRAME_30_FPS, false);
        }

        @Override
        public Optional<RgbImage> next() {
            return next == FRAMES ? Optional.empty()
                    : Optional.of(RgbImage.copyOf(SIDE, SIDE, new byte[SIDE * SIDE * 3], next++ * FRAME_30_FPS));
        }

        @Override
        public void close() {
        }
    }

    /** A plank lying flat, head right: hips at x 120, shoulders at 200, all on the line y = 160. */
    private static final class Plank implements PoseEstimator {
        @Override
        public Pose estimate(RgbImage frame) {
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
                keypoints.add(new Keypoint(part, x, y, 0.9));
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

    /**
     * The plank's body as a straight band from below the hips to past the shoulders, 16 pixels
     * either side of the keypoints' line; notes which frames it was asked to read, on which thread,
     * and takes {@code millis} over each.
     */
    private static final class BandSegmenter implements PersonSegmenter {
        final List<Long> readAt = Collections.synchronizedList(new ArrayList<>());
        final List<String> threads = Collections.synchronizedList(new ArrayList<>());
        private final long millis;

        BandSegmenter(long millis) {
            this.millis = millis;
        }

        @Override
        public PersonMask segment(RgbImage image, BodyCrop crop) {
            readAt.add(image.timestampMicros());
            threads.add(Thread.currentThread().getName());
            int size = BlazePoseSegmenter.INPUT_SIZE;
            float[] p = new float[size * size];
            for (int v = 0; v < size; v++) {
                for (int u = 0; u < size; u++) {
                    double[] xy = crop.toImage(u, v, size);
                    p[v * size + u] = xy[0] >= 88 && xy[0] <= 212 && xy[1] >= 144 && xy[1] <= 176 ? 1f : 0f;
                }
            }
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new PersonMask(crop, size, p);
        }

        @Override
        public void close() {
        }
    }

    private static ExerciseJudging plank() {
        return new ExerciseJudging("plank", Load.BODYWEIGHT, CalibrationFiles.defaults(), NeutralPosture.defaults());
    }

    /** Runs the plank's frames paced as a camera; returns the outlines the listener saw, one per frame delivered. */
    private static List<BackOutline> run(BandSegmenter segmenter, FramePipeline.Mode flow) throws InterruptedException {
        List<BackOutline> seen = new ArrayList<>();
        WorkoutSettings d = WorkoutSettings.defaults();
        LiveWorkout live = new LiveWorkout(new PacedSource(new Frames()), new Plank(), Optional.of(new SilhouetteReader(segmenter)),
                new WorkoutSession(plank(), new WorkoutSettings(d.setEndsAfterMicros(), 0, d.restMicros())), flow);
        live.run((frame, outline, update) -> seen.add(outline));
        assertThat(live.outlineReadings()).isEqualTo(segmenter.readAt.size());
        return seen;
    }

    @Test
    void aCalmBackIsReadAfreshOnlyWhenTheAnalysisScheduleAsksNotFifteenTimesASecond() throws InterruptedException {
        BandSegmenter segmenter = new BandSegmenter(0);
        OutlineNeeds needs = OutlineNeeds.of(CalibrationFiles.defaults());

        // every frame judged (a loaded machine then runs late rather than dropping frames): the count depends on the schedule only
        List<BackOutline> seen = run(segmenter, FramePipeline.Mode.FILE);

        List<BackOutline> readings = seen.stream().filter(o -> o != null).distinct().toList();
        assertThat(readings).as("a straight back is traced and calm").isNotEmpty()
                .allSatisfy(o -> assertThat(needs.calm(o)).isTrue());
        List<Long> at = List.copyOf(segmenter.readAt);
        assertThat(at).as("two seconds held at 133 ms a reading (15 a second would be 30)").hasSizeBetween(8, 16);
        for (int i = 1; i < at.size(); i++) {
            assertThat(at.get(i) - at.get(i - 1)).as("reading %d after a calm one", i)
                    .isGreaterThanOrEqualTo(CalibrationFiles.defaults().micros("outline.calm_interval"));
        }
    }

    @Test
    void theSegmenterWorksOnAThreadOfItsOwnSoASlowOneDoesNotHoldUpTheFrames() throws InterruptedException {
        BandSegmenter segmenter = new BandSegmenter(250);

        List<BackOutline> seen = run(segmenter, FramePipeline.Mode.LIVE);

        assertThat(segmenter.threads).isNotEmpty().allSatisfy(name -> assertThat(name).isEqualTo("formcheck-outline"));
        // read in step with the frames, each 250 ms reading would hold up the stream and live mode would drop 7 of 8 frames;
        // half leaves room for a loaded machine's own drops
        assertThat(seen).as("frames delivered of %d", FRAMES).hasSizeGreaterThan(FRAMES / 2);
        assertThat(seen.get(0)).as("nothing is kept before the first reading finishes").isNull();
        assertThat(seen.get(seen.size() - 1)).isInstanceOf(BackOutline.Traced.class);
    }
}
