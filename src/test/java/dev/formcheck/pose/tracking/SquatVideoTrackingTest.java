package dev.formcheck.pose.tracking;

import dev.formcheck.capture.RgbImage;
import dev.formcheck.pose.BodyPart;
import dev.formcheck.pose.CropRegion;
import dev.formcheck.pose.InferenceSettings;
import dev.formcheck.pose.Keypoint;
import dev.formcheck.pose.MoveNetEstimator;
import dev.formcheck.pose.MoveNetModel;
import dev.formcheck.pose.Pose;
import dev.formcheck.pose.tracking.TrackedPose.PersonFound;
import dev.formcheck.testing.RequiresSharedData;
import dev.formcheck.testing.SharedData;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tracking on a real video: {@code videos/squat-side.mp4} (608x1080 portrait, 29.97 fps, 20.5 s,
 * one person squatting side-on, about half the frame's height), every 2nd frame, Lightning.
 * Frames are decoded here with JavaCV (tests may; the app's own decoding belongs to capture).
 *
 * <p>Measured (2026-11-25, 307 frames): mean keypoint score 0.477 over the whole frame, 0.619 with
 * the tracking crop; a person found in 100% of frames (the whole frame alone also 100%, lowest
 * frame 0.33 against 0.49 tracked); jitter (RMS second difference of confident keypoints) 7.67 px
 * over the whole frame, 4.31 px with the crop, 3.65 px smoothed causally, 3.64 px zero-lag.
 */
@RequiresSharedData
class SquatVideoTrackingTest {
    private static final String VIDEO = "videos/squat-side.mp4";
    private static final int STRIDE = 2;
    /** Issue 4's bar for the shared squat video. */
    private static final double MIN_FOUND_FRACTION = 0.95;
    /** The video has 614 frames; every 2nd is 307, and a few fewer would mean decoding went wrong. */
    private static final int MIN_FRAMES = 300;

    private static final List<RgbImage> FRAMES = new ArrayList<>();
    private static final List<Pose> WHOLE = new ArrayList<>();
    private static final List<TrackedPose> TRACKED = new ArrayList<>();

    /** Decodes and estimates once, one frame at a time (the frames are 2 MB each, so none is kept). */
    @BeforeAll
    static void runTheVideo() throws Exception {
        avutil.av_log_set_level(avutil.AV_LOG_ERROR);
        try (MoveNetEstimator lightning = MoveNetEstimator.open(MoveNetModel.LIGHTNING, SharedData.modelsDir(),
                InferenceSettings.defaults());
             FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(SharedData.resolve(VIDEO).toFile())) {
            grabber.setPixelFormat(avutil.AV_PIX_FMT_RGB24);
            grabber.start();
            PoseTracker tracker = new PoseTracker(lightning, TrackingSettings.defaults());
            Frame frame;
            for (int index = 0; (frame = grabber.grabImage()) != null; index++) {
                if (index % STRIDE == 0) {
                    RgbImage image = toRgbImage(frame);
                    WHOLE.add(lightning.estimate(image));
                    TRACKED.add(tracker.track(image));
                    if (FRAMES.isEmpty()) {
                        FRAMES.add(image); // the first frame only, for its size
                    }
                }
            }
            grabber.stop();
        }
    }

    @Test
    void theTrackingCropRaisesTheMeanKeypointScoreOverTheWholeFrame(TestReporter report) {
        assertThat(TRACKED).hasSizeGreaterThanOrEqualTo(MIN_FRAMES);
        double whole = WHOLE.stream().mapToDouble(Pose::meanScore).average().orElseThrow();
        double tracked = TRACKED.stream().mapToDouble(TrackedPose::meanScore).average().orElseThrow();
        long cropped = TRACKED.stream().filter(f -> !f.crop().equals(fullFrame())).count();
        report.publishEntry("mean keypoint score, whole frame", String.format("%.3f", whole));
        report.publishEntry("mean keypoint score, tracking crop", String.format("%.3f", tracked));
        report.publishEntry("frames run on a crop", cropped + " of " + TRACKED.size());
        assertThat(TRACKED.get(0).crop()).as("the first frame is seen whole").isEqualTo(fullFrame());
        assertThat(cropped).as("frames after the first run on a crop").isEqualTo(TRACKED.size() - 1);
        assertThat(tracked).as("mean score with the crop vs whole frame %.3f", whole).isGreaterThan(whole);
    }

    @Test
    void thePersonIsFoundInAtLeast95PercentOfFrames(TestReporter report) {
        double found = TRACKED.stream().filter(PersonFound.class::isInstance).count() / (double) TRACKED.size();
        double wholeFound = WHOLE.stream().filter(p -> p.meanScore() >= TrackingSettings.MIN_PERSON_SCORE).count()
                / (double) WHOLE.size();
        report.publishEntry("person found, tracking", String.format("%.1f%%", 100 * found));
        report.publishEntry("person found, whole frame alone", String.format("%.1f%%", 100 * wholeFound));
        assertThat(found).isGreaterThanOrEqualTo(MIN_FOUND_FRACTION);
    }

    /**
     * The crop steadies the keypoints (the person has more of the model's pixels), and causal
     * smoothing steadies them further. The zero-lag smoother is reported, not asserted: its gain
     * here is lag, and its jitter is within 1% of the causal filter's.
     */
    @Test
    void theCropAndTheSmoothingReduceFrameToFrameJitter(TestReporter report) {
        List<TrackedPose> offline = new ZeroLagSmoother(TrackingSettings.defaults())
                .smooth(TRACKED, FRAMES.get(0).width(), FRAMES.get(0).height());
        double whole = jitter(WHOLE.stream().map(Optional::of).toList());
        double raw = jitter(found(TRACKED, PersonFound::raw));
        double causal = jitter(found(TRACKED, PersonFound::smoothed));
        double zeroLag = jitter(found(offline, PersonFound::smoothed));
        report.publishEntry("jitter (RMS second difference, px): whole frame / crop / causal / zero-lag",
                String.format("%.2f / %.2f / %.2f / %.2f", whole, raw, causal, zeroLag));
        assertThat(raw).as("with the crop vs whole frame %.2f px", whole).isLessThan(whole);
        assertThat(causal).as("smoothed vs raw %.2f px", raw).isLessThan(raw);
    }

    private static List<Optional<Pose>> found(List<TrackedPose> frames, Function<PersonFound, Pose> which) {
        return frames.stream().map(f -> f instanceof PersonFound p ? Optional.of(which.apply(p)) : Optional.<Pose>empty())
                .toList();
    }

    /**
     * Root mean square of {@code x[i-1] - 2 x[i] + x[i+1]} (and y) over keypoints scoring at least
     * the person threshold in three consecutive frames with a person, in pixels: what a still
     * point's jitter adds, plus the movement's own (small) acceleration.
     */
    private static double jitter(List<Optional<Pose>> poses) {
        double sum = 0;
        int count = 0;
        for (int i = 1; i + 1 < poses.size(); i++) {
            if (poses.get(i - 1).isPresent() && poses.get(i).isPresent() && poses.get(i + 1).isPresent()) {
                for (BodyPart part : BodyPart.values()) {
                    Keypoint p = poses.get(i - 1).get().get(part);
                    Keypoint q = poses.get(i).get().get(part);
                    Keypoint r = poses.get(i + 1).get().get(part);
                    if (Math.min(p.score(), Math.min(q.score(), r.score())) >= TrackingSettings.MIN_PERSON_SCORE) {
                        double dx = p.x() - 2 * q.x() + r.x();
                        double dy = p.y() - 2 * q.y() + r.y();
                        sum += dx * dx + dy * dy;
                        count += 2;
                    }
                }
            }
        }
        return Math.sqrt(sum / count);
    }

    private static CropRegion fullFrame() {
        return CropRegion.fullFrame(FRAMES.get(0).width(), FRAMES.get(0).height());
    }

    /** Copies a grabbed RGB24 frame (rows may be padded to {@code imageStride}) into an owned image. */
    private static RgbImage toRgbImage(Frame frame) {
        int w = frame.imageWidth;
        int h = frame.imageHeight;
        ByteBuffer pixels = (ByteBuffer) frame.image[0];
        byte[] rgb = new byte[w * h * 3];
        for (int y = 0; y < h; y++) {
            pixels.position(y * frame.imageStride);
            pixels.get(rgb, y * w * 3, w * 3);
        }
        return RgbImage.copyOf(w, h, rgb, frame.timestamp);
    }
}
