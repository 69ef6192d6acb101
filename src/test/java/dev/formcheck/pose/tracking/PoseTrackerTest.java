package dev.formcheck.pose.tracking;

import dev.formcheck.pose.BodyPart;
import dev.formcheck.pose.CropRegion;
import dev.formcheck.pose.Pose;
import dev.formcheck.pose.tracking.TrackedPose.NoPerson;
import dev.formcheck.pose.tracking.TrackedPose.PersonFound;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class PoseTrackerTest {
    private static final long FRAME_MICROS = 33_333;
    private static final int WIDTH = 640;
    private static final int HEIGHT = 480;
    private static final CropRegion FULL_FRAME = CropRegion.fullFrame(WIDTH, HEIGHT);
    /** Where {@link Bodies#standing} at x = 320 puts the crop: centred on (320, 300), half-side 190. */
    private static final CropRegion AROUND_STANDING = new CropRegion(130, 110, 380);

    private ScriptedEstimator estimator;
    private PoseTracker tracker;

    private List<TrackedPose> run(LongFunction<Pose> script, int frames) {
        return run(script, frames, TrackingSettings.defaults());
    }

    private List<TrackedPose> run(LongFunction<Pose> script, int frames, TrackingSettings settings) {
        estimator = new ScriptedEstimator(script);
        tracker = new PoseTracker(estimator, settings);
        List<TrackedPose> out = new ArrayList<>();
        for (int i = 0; i < frames; i++) {
            out.add(tracker.track(ScriptedEstimator.frame(WIDTH, HEIGHT, i * FRAME_MICROS)));
        }
        return out;
    }

    @Test
    void theFirstFrameIsSeenWholeAndTheNextThroughASquareAroundThePerson() {
        List<TrackedPose> out = run(t -> Bodies.standing(t, 320, 0.8), 3);
        assertThat(out).extracting(TrackedPose::crop).containsExactly(FULL_FRAME, AROUND_STANDING, AROUND_STANDING);
        assertThat(estimator.crops).containsExactly(FULL_FRAME, AROUND_STANDING, AROUND_STANDING);
    }

    @Test
    void theTrackerFallsBackToTheFullFrameWhenTheTorsoVanishes() {
        // frame 2: hips and shoulders drop to 0.1; the rest still scores 0.8, so the person is found
        List<TrackedPose> out = run(t -> {
            Pose pose = Bodies.standing(t, 320, 0.8);
            return t == 2 * FRAME_MICROS ? Bodies.withScore(pose, 0.1, Bodies.TORSO) : pose;
        }, 5);
        assertThat(out.get(2)).isInstanceOf(PersonFound.class);
        assertThat(out).extracting(TrackedPose::crop)
                .containsExactly(FULL_FRAME, AROUND_STANDING, AROUND_STANDING, FULL_FRAME, AROUND_STANDING);
    }

    @Test
    void eachCropEdgeMovesNinetyPercentOfTheWayToThePersonsNewPlace() {
        // unsmoothed keypoints (cutoff far above the frame rate), so only the crop's own smoothing shows
        TrackingSettings crisp = withSmoothing(new OneEuroSettings(1000, 0, 1000));
        List<TrackedPose> out = run(t -> Bodies.standing(t, t == 0 ? 320 : 420, 0.8), 4, crisp);
        assertThat(out.get(1).crop()).isEqualTo(AROUND_STANDING);
        assertThat(out.get(2).crop().left()).as("130 + 0.9 * 100").isCloseTo(220, within(1));
        assertThat(out.get(3).crop().left()).as("220 + 0.9 * 10").isCloseTo(229, within(1));
        assertThat(out.get(3).crop().size()).isEqualTo(380);
    }

    @Test
    void aFrameWithALowMeanScoreIsAnExplicitNoPersonWithItsCropAndTimings() {
        List<TrackedPose> out = run(t -> Bodies.standing(t, 320, 0.29), 2);
        assertThat(out).allSatisfy(frame -> {
            assertThat(frame).isInstanceOf(NoPerson.class);
            assertThat(frame.meanScore()).isCloseTo(0.29, within(1e-12));
            assertThat(frame.timings()).isEqualTo(ScriptedEstimator.TIMINGS);
        });
        assertThat(out.get(0).timestampMicros()).isZero();
        assertThat(out.get(1).timestampMicros()).isEqualTo(FRAME_MICROS);
        // the torso scores 0.29 > 0.2: the model is pointed at where the person seems to be
        assertThat(out).extracting(TrackedPose::crop).containsExactly(FULL_FRAME, AROUND_STANDING);
    }

    @Test
    void aPersonFoundCarriesRawAndSmoothedKeypointsOfTheSameFrame() {
        List<TrackedPose> out = run(t -> Bodies.standing(t, t == 0 ? 320 : 322, 0.8), 2);
        PersonFound second = (PersonFound) out.get(1);
        assertThat(second.raw()).isEqualTo(Bodies.standing(FRAME_MICROS, 322, 0.8));
        assertThat(second.smoothed().timestampMicros()).isEqualTo(FRAME_MICROS);
        assertThat(second.smoothed().get(BodyPart.NOSE).x()).as("smoothed towards 320").isStrictlyBetween(320.0, 322.0);
        assertThat(second.meanScore()).isCloseTo(0.8, within(1e-12));
    }

    /** 5 frames without a person (167 ms) are within the 500 ms hold: smoothing carries on. */
    @Test
    void aPersonBackWithinTheHoldContinuesTheSameSmoothing() {
        List<TrackedPose> out = run(gap(5, 10), 11);
        assertThat(out.subList(5, 10)).allMatch(NoPerson.class::isInstance);
        PersonFound back = (PersonFound) out.get(10);
        assertThat(back.smoothed().get(BodyPart.NOSE).x()).as("still pulled towards 320")
                .isStrictlyBetween(320.0, 330.0);
        assertThat(back.crop()).as("the crop was kept too").isEqualTo(AROUND_STANDING);
    }

    /**
     * 20 frames without a person (667 ms) outlast the hold: the track is dropped, so the person
     * is looked for in the whole frame and their keypoints start a fresh smoothing.
     */
    @Test
    void aGapLongerThanTheHoldDropsTheTrack() {
        List<TrackedPose> out = run(gap(5, 25), 26);
        // the no-person frames still show a torso above 0.2, so the crop stays on it during the hold...
        assertThat(out.get(19).crop()).isEqualTo(AROUND_STANDING);
        // ...and 500 ms after the person was last found (frame 4 at 133 ms: frame 20 at 667 ms) it is dropped
        assertThat(out.get(20).crop()).isEqualTo(FULL_FRAME);
        PersonFound back = (PersonFound) out.get(25);
        assertThat(back.smoothed()).as("a fresh filter passes its first pose unchanged").isEqualTo(back.raw());
    }

    @Test
    void aFrameEarlierThanThePreviousStartsOver() {
        estimator = new ScriptedEstimator(t -> Bodies.standing(t, 320 + t / FRAME_MICROS, 0.8));
        tracker = new PoseTracker(estimator, TrackingSettings.defaults());
        tracker.track(ScriptedEstimator.frame(WIDTH, HEIGHT, 40 * FRAME_MICROS));
        tracker.track(ScriptedEstimator.frame(WIDTH, HEIGHT, 41 * FRAME_MICROS));
        PersonFound looped = (PersonFound) tracker.track(ScriptedEstimator.frame(WIDTH, HEIGHT, 0));
        assertThat(looped.crop()).isEqualTo(FULL_FRAME);
        assertThat(looped.smoothed()).isEqualTo(looped.raw());
    }

    @Test
    void aFrameOfAnotherSizeStartsOver() {
        estimator = new ScriptedEstimator(t -> Bodies.standing(t, 320, 0.8));
        tracker = new PoseTracker(estimator, TrackingSettings.defaults());
        tracker.track(ScriptedEstimator.frame(WIDTH, HEIGHT, 0));
        TrackedPose other = tracker.track(ScriptedEstimator.frame(720, 480, FRAME_MICROS));
        assertThat(other.crop()).isEqualTo(CropRegion.fullFrame(720, 480));
    }

    @Test
    void resetForgetsTheCropAndTheSmoothing() {
        estimator = new ScriptedEstimator(t -> Bodies.standing(t, 320 + t / FRAME_MICROS, 0.8));
        tracker = new PoseTracker(estimator, TrackingSettings.defaults());
        tracker.track(ScriptedEstimator.frame(WIDTH, HEIGHT, 0));
        tracker.track(ScriptedEstimator.frame(WIDTH, HEIGHT, FRAME_MICROS));
        tracker.reset();
        PersonFound next = (PersonFound) tracker.track(ScriptedEstimator.frame(WIDTH, HEIGHT, 2 * FRAME_MICROS));
        assertThat(next.crop()).isEqualTo(FULL_FRAME);
        assertThat(next.smoothed()).isEqualTo(next.raw());
    }

    /**
     * A person standing at x = 320 (0.8), jumping to 330 when back; frames {@code from} to
     * {@code to - 1} without a person: mean 0.25, torso still 0.25.
     */
    private static LongFunction<Pose> gap(int from, int to) {
        return t -> {
            long i = t / FRAME_MICROS;
            if (i >= from && i < to) {
                return Bodies.withScore(Bodies.standing(t, 320, 0.25), 0.25);
            }
            return Bodies.standing(t, i < from ? 320 : 330, 0.8);
        };
    }

    private static TrackingSettings withSmoothing(OneEuroSettings smoothing) {
        TrackingSettings d = TrackingSettings.defaults();
        return new TrackingSettings(d.minPersonScore(), d.holdMicros(), d.minCropKeypointScore(), d.torsoExpansion(),
                d.bodyExpansion(), d.cropSmoothing(), smoothing);
    }
}
