package dev.formcheck.cli;

import dev.formcheck.analysis.thresholds.CalibrationFiles;
import dev.formcheck.capture.FrameSource;
import dev.formcheck.capture.RgbImage;
import dev.formcheck.capture.SourceInfo;
import dev.formcheck.desk.CameraFrame;
import dev.formcheck.desk.DeskBaseline;
import dev.formcheck.desk.DeskMeasurer;
import dev.formcheck.desk.DeskRequest;
import dev.formcheck.desk.DeskRequests;
import dev.formcheck.desk.SittingBody;
import dev.formcheck.feedback.Notification;
import dev.formcheck.pose.InferenceSettings;
import dev.formcheck.pose.Keypoint;
import dev.formcheck.pose.MoveNetEstimator;
import dev.formcheck.pose.MoveNetModel;
import dev.formcheck.pose.Pose;
import dev.formcheck.synthetic.ForwardKinematics;
import dev.formcheck.synthetic.Renderer;
import dev.formcheck.testing.SharedData;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole desk chain on pictures: our sitting body rendered at 640x480 by a webcam on the
 * monitor, MoveNet Lightning, tracking, measurement, the monitor, on the frames' own clock.
 */
class PostureRunnerTest {
    /** A script of postures, rendered at 2 fps (the monitor's rate, so every frame is a sample). */
    static final class Script implements FrameSource {
        final List<SittingBody.Shape> frames = new ArrayList<>();
        final Renderer renderer = Renderer.withDefaults();
        int next;

        Script hold(SittingBody.Shape shape, int seconds) {
            for (int i = 0; i < seconds * 2; i++) {
                frames.add(shape);
            }
            return this;
        }

        @Override
        public SourceInfo info() {
            return new SourceInfo("rendered desk", 640, 480, 2, frames.size(), frames.size() * 500_000L, false);
        }

        @Override
        public Optional<RgbImage> next() {
            if (next == frames.size()) {
                return Optional.empty();
            }
            long t = next * 500_000L;
            return Optional.of(renderer.render(ForwardKinematics.solve(SittingBody.ADULT, SittingBody.pose(frames.get(next++))),
                    SittingBody.FRONT, t).image());
        }

        @Override
        public void close() {
        }
    }

    @Test
    void aRenderedSlouchThroughMoveNetIsCaughtAndAlertedAndReachesAreNot() {
        Script script = new Script().hold(SittingBody.Shape.UPRIGHT, 20)
                .hold(SittingBody.Shape.REACH, 3).hold(SittingBody.Shape.UPRIGHT, 20)
                .hold(SittingBody.Shape.SLOUCHED, 80).hold(SittingBody.Shape.UPRIGHT, 20);
        StringWriter text = new StringWriter();
        try (MoveNetEstimator lightning = MoveNetEstimator.open(MoveNetModel.LIGHTNING, SharedData.modelsDir(), InferenceSettings.defaults())) {
            new PostureRunner(new PrintWriter(text), lightning, CalibrationFiles.defaults(), Optional.empty(), Optional.empty(),
                    Optional.<Duration>empty()).runFrames(script, true);
        }
        List<String> changes = text.toString().lines().filter(l -> l.contains(" -> ")).map(l -> l.substring(l.indexOf("] ") + 2)).toList();
        assertThat(changes).as(text.toString()).containsExactly("AWAY -> UPRIGHT", "UPRIGHT -> SLOUCHED", "SLOUCHED -> UPRIGHT");
        assertThat(text.toString()).contains("Sit tall");
    }

    @Test
    void aDesktopNotifierGetsEachReminderTheLogLineAlsoShows() {
        List<Notification> desktop = new CopyOnWriteArrayList<>();
        String log = run(new Script().hold(SittingBody.Shape.UPRIGHT, 5).hold(SittingBody.Shape.SLOUCHED, 75),
                new PostureRunner.Feedback(Optional.of(desktop::add), new DeskRequests()));

        assertThat(desktop).extracting(Notification::title).as(log).containsExactly("Sit tall");
        assertThat(log).contains("alert: Sit tall");
    }

    @Test
    void aSnoozeFromTheMenuSilencesTheSlouchAlertAndIsSaid() {
        DeskRequests requests = new DeskRequests();
        List<Notification> desktop = new CopyOnWriteArrayList<>();
        Script clip = new Script().hold(SittingBody.Shape.UPRIGHT, 5).hold(SittingBody.Shape.SLOUCHED, 75);
        FrameSource snoozedAtTenSeconds = new FrameSource() {
            int frames;

            @Override
            public SourceInfo info() {
                return clip.info();
            }

            @Override
            public Optional<RgbImage> next() {
                if (frames++ == 20) {
                    requests.submit(new DeskRequest.Snooze(Duration.ofMinutes(15))); // as the tray's menu does, between frames
                }
                return clip.next();
            }

            @Override
            public void close() {
            }
        };

        String log = run(snoozedAtTenSeconds, new PostureRunner.Feedback(Optional.of(desktop::add), requests));

        assertThat(log).as(log).contains("snoozed for 15 min").doesNotContain("Sit tall");
        assertThat(desktop).isEmpty();
    }

    @Test
    void aStoredBaselineFromACameraOfAnotherResolutionIsNotJudgedAgainstAndTheRunSaysSo() {
        // measured at 1280x960: every pixel metric twice what this 640x480 camera gives
        Pose upright = SittingBody.seen(SittingBody.pose(SittingBody.Shape.UPRIGHT), SittingBody.FRONT, 0);
        Pose twiceAsLarge = new Pose(0, upright.keypoints().stream()
                .map(k -> new Keypoint(k.part(), k.x() * 2, k.y() * 2, k.score())).toList());
        DeskBaseline stored = DeskBaseline.of(List.of(DeskMeasurer.ofStill(twiceAsLarge)), Optional.empty(), "calibration");
        StringWriter text = new StringWriter();
        try (MoveNetEstimator lightning = MoveNetEstimator.open(MoveNetModel.LIGHTNING, SharedData.modelsDir(), InferenceSettings.defaults())) {
            new PostureRunner(new PrintWriter(text), lightning, CalibrationFiles.defaults(), Optional.of(stored), Optional.empty(),
                    Optional.<Duration>empty()).baselineTakenIn(Optional.of(new CameraFrame(1280, 960)))
                    .runFrames(new Script().hold(SittingBody.Shape.UPRIGHT, 20).hold(SittingBody.Shape.SLOUCHED, 70), true);
        }
        String log = text.toString();

        assertThat(log).as(log).contains("your stored baseline was taken with the camera giving 1280 x 960 pixels, and this camera"
                + " gives 640 x 480 pixels: every posture would read wrong against it. Sit upright:")
                .contains("calibrate again with it: formcheck calibrate --pose sitting --camera")
                .contains("baseline: the first seconds of this run");
        List<String> changes = log.lines().filter(l -> l.contains(" -> ")).map(l -> l.substring(l.indexOf("] ") + 2)).toList();
        assertThat(changes).as(log).containsExactly("AWAY -> UPRIGHT", "UPRIGHT -> SLOUCHED");
    }

    private static String run(FrameSource frames, PostureRunner.Feedback feedback) {
        StringWriter text = new StringWriter();
        try (MoveNetEstimator lightning = MoveNetEstimator.open(MoveNetModel.LIGHTNING, SharedData.modelsDir(), InferenceSettings.defaults())) {
            new PostureRunner(new PrintWriter(text), lightning, CalibrationFiles.defaults(), Optional.empty(), Optional.empty(),
                    Optional.<Duration>empty(), feedback).runFrames(frames, true);
        }
        return text.toString();
    }
}
