package dev.formcheck.session;

import dev.formcheck.analysis.thresholds.CalibrationFiles;
import dev.formcheck.capture.CaptureException;
import dev.formcheck.capture.FrameSource;
import dev.formcheck.capture.PacedSource;
import dev.formcheck.capture.RgbImage;
import dev.formcheck.capture.SourceInfo;
import dev.formcheck.desk.CameraFrame;
import dev.formcheck.desk.DailySummaryFiles;
import dev.formcheck.desk.DeskBaseline;
import dev.formcheck.desk.DeskMeasurer;
import dev.formcheck.desk.DeskRequest;
import dev.formcheck.desk.DeskRequests;
import dev.formcheck.desk.DeskState;
import dev.formcheck.desk.Reminder;
import dev.formcheck.desk.ReminderSettings;
import dev.formcheck.desk.SittingBody;
import dev.formcheck.platform.OsSignals;
import dev.formcheck.platform.Reading;
import dev.formcheck.platform.Signal;
import dev.formcheck.pose.InferenceSettings;
import dev.formcheck.pose.MoveNetEstimator;
import dev.formcheck.pose.MoveNetModel;
import dev.formcheck.synthetic.ForwardKinematics;
import dev.formcheck.synthetic.Renderer;
import dev.formcheck.testing.SharedData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The desk session headless, on our sitting body rendered by a webcam on the monitor and read by
 * MoveNet Lightning: what it says, the status a window shows, what it keeps.
 */
class DeskSessionTest {
    private static MoveNetEstimator lightning;

    @BeforeAll
    static void openModel() {
        lightning = MoveNetEstimator.open(MoveNetModel.LIGHTNING, SharedData.modelsDir(), InferenceSettings.defaults());
    }

    @AfterAll
    static void closeModel() {
        lightning.close();
    }

    /** Postures rendered at 2 fps (the monitor's rate, so every frame is a sample); a hook runs before frame n. */
    static final class Script implements FrameSource {
        final List<SittingBody.Shape> frames = new ArrayList<>();
        final Renderer renderer = Renderer.withDefaults();
        final java.util.Map<Integer, Runnable> before = new java.util.HashMap<>();
        int next;

        Script hold(SittingBody.Shape shape, int seconds) {
            for (int i = 0; i < seconds * 2; i++) {
                frames.add(shape);
            }
            return this;
        }

        Script atSecond(int second, Runnable hook) {
            before.put(second * 2, hook);
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
            Optional.ofNullable(before.get(next)).ifPresent(Runnable::run);
            long t = next * 500_000L;
            return Optional.of(renderer.render(ForwardKinematics.solve(SittingBody.ADULT, SittingBody.pose(frames.get(next++))),
                    SittingBody.FRONT, t).image());
        }

        @Override
        public void close() {
        }
    }

    /** Everything the session told its front end. */
    static final class Heard implements DeskSession.Events {
        final List<String> lines = new ArrayList<>();
        final List<DeskStatus> statuses = new ArrayList<>();
        final List<String> warnings = new ArrayList<>();
        final List<Reminder> reminders = new ArrayList<>();
        final List<String> cameraDiffers = new ArrayList<>();
        DeskOutcome outcome;

        @Override
        public void baselineCameraDiffers(Instant at, CameraFrame.Mismatch mismatch) {
            cameraDiffers.add(mismatch.words());
        }

        @Override
        public void reminder(Reminder reminder) {
            reminders.add(reminder);
        }

        @Override
        public void said(Instant at, String line) {
            lines.add(line);
        }

        @Override
        public void warning(String warning) {
            warnings.add(warning);
        }

        @Override
        public void status(DeskStatus status) {
            statuses.add(status);
        }

        @Override
        public void finished(DeskOutcome outcome) {
            this.outcome = outcome;
        }
    }

    @Test
    void aVideoRunTakesItsBaselineReportsEachStateInItsStatusAndKeepsNothing() {
        Heard heard = new Heard();
        DeskStop.Signal stop = DeskStop.signal();

        DeskOutcome outcome = new DeskSession(lightning, DeskSession.Setup.of(CalibrationFiles.defaults()), heard)
                .runFrames(new Script().hold(SittingBody.Shape.UPRIGHT, 20).hold(SittingBody.Shape.SLOUCHED, 80), true, stop);

        assertThat(heard.lines).as(heard.lines.toString()).contains("AWAY -> UPRIGHT", "UPRIGHT -> SLOUCHED")
                .anyMatch(l -> l.startsWith("alert: Sit tall"));
        assertThat(heard.statuses.get(0).watching()).isFalse();
        assertThat(heard.statuses).extracting(s -> s.posture().state()).contains(DeskState.UPRIGHT, DeskState.SLOUCHED);
        DeskStatus last = heard.statuses.get(heard.statuses.size() - 1);
        assertThat(last.today()).hasValueSatisfying(d -> assertThat(d.millis("SLOUCHED")).isGreaterThan(60_000));
        assertThat(last.streak()).isGreaterThan(Duration.ofSeconds(80));
        assertThat(last.nextBreakIn()).isPositive().isLessThan(Duration.ofMinutes(45));
        assertThat(outcome.summaryFile()).as("a recorded video is a rehearsal: nothing kept").isEmpty();
        assertThat(outcome.summary()).isPresent();
        assertThat(heard.outcome).isSameAs(outcome);
        assertThat(stop.awaitFinished(Duration.ZERO)).as("the stop is told the session finished").isTrue();
    }

    @Test
    void aPauseRequestIsCarriedOutInOrderAndAResumeWithNothingPausedIsSaidSo() {
        DeskRequests requests = new DeskRequests();
        Heard heard = new Heard();
        DeskSession.Setup setup = new DeskSession.Setup(CalibrationFiles.defaults(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), requests);
        Script clip = new Script().hold(SittingBody.Shape.UPRIGHT, 10).hold(SittingBody.Shape.SLOUCHED, 80)
                .atSecond(6, () -> requests.submit(new DeskRequest.Resume()))
                .atSecond(10, () -> requests.submit(new DeskRequest.Snooze(Duration.ofHours(1))));

        new DeskSession(lightning, setup, heard).runFrames(clip, true, DeskStop.signal());

        assertThat(heard.lines).as(heard.lines.toString()).contains("not snoozed: nothing to resume",
                "snoozed for 60 min: no reminders, camera released").noneMatch(l -> l.startsWith("alert:"));
        DeskStatus last = heard.statuses.get(heard.statuses.size() - 1);
        assertThat(last.paused()).isTrue();
        assertThat(last.cameraReleased()).isTrue();
    }

    @Test
    void withCoachingTheFirstAlertIsAQuietNoticeAndIveFixedItIsHeard() {
        DeskRequests requests = new DeskRequests();
        Heard heard = new Heard();
        DeskSession.Setup setup = new DeskSession.Setup(CalibrationFiles.defaults(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), requests)
                .withCoaching(ReminderSettings.from(CalibrationFiles.defaults()));
        Script clip = new Script().hold(SittingBody.Shape.UPRIGHT, 20).hold(SittingBody.Shape.SLOUCHED, 80)
                .atSecond(95, () -> requests.submit(new DeskRequest.Fixed()));

        new DeskSession(lightning, setup, heard).runFrames(clip, true, DeskStop.signal());

        assertThat(heard.reminders).extracting(Reminder::kind, Reminder::step).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Reminder.Kind.POSTURE, Reminder.Step.NOTICE));
        assertThat(heard.lines).as(heard.lines.toString()).contains("you said you fixed it: reminders start gently again")
                .anyMatch(l -> l.startsWith("alert: Sit tall"));
    }

    @Test
    void aStopFromAnotherThreadEndsTheRunWithItsTimeCounted() {
        Heard heard = new Heard();
        DeskStop.Signal stop = DeskStop.signal();
        Script clip = new Script().hold(SittingBody.Shape.UPRIGHT, 60).atSecond(30, stop::request);

        DeskOutcome outcome = new DeskSession(lightning, DeskSession.Setup.of(CalibrationFiles.defaults()), heard)
                .runFrames(clip, true, stop);

        assertThat(outcome.stopped()).isTrue();
        assertThat(heard.lines).contains("stopped");
        assertThat(outcome.summary()).hasValueSatisfying(d -> assertThat(d.millis("UPRIGHT")).isBetween(20_000L, 30_000L));
    }

    @Test
    void aCameraThatStopsDeliveringIsSaidAfterTheDayIsSaved(@TempDir Path data) {
        DeskBaseline baseline = DeskBaseline.of(List.of(DeskMeasurer.ofStill(
                SittingBody.seen(SittingBody.pose(SittingBody.Shape.UPRIGHT), SittingBody.FRONT, 0))), Optional.empty(), "stored");
        Heard heard = new Heard();
        DeskSession.Setup setup = new DeskSession.Setup(CalibrationFiles.defaults(), Optional.of(baseline), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), new DeskRequests());
        DailySummaryFiles days = new DailySummaryFiles(data);

        assertThatThrownBy(() -> new DeskSession(lightning, setup, heard).runCamera("test camera",
                () -> new PacedSource(new Script().hold(SittingBody.Shape.UPRIGHT, 3)), days, DeskStop.signal()))
                .isInstanceOf(CaptureException.class).hasMessageContaining("test camera stopped delivering frames");

        assertThat(heard.outcome).as("the day is saved and summed up before the error").isNotNull();
        assertThat(heard.outcome.summaryFile()).hasValueSatisfying(f -> assertThat(Files.exists(f)).isTrue());
    }

    @Test
    void aLockedScreenClosesTheCameraAndUnlockingOpensItAgain(@TempDir Path data) {
        DeskBaseline baseline = DeskBaseline.of(List.of(DeskMeasurer.ofStill(
                SittingBody.seen(SittingBody.pose(SittingBody.Shape.UPRIGHT), SittingBody.FRONT, 0))), Optional.empty(), "stored");
        OsSignals os = OsSignals.none("not asked in this test");
        Heard heard = new Heard();
        DeskStop.Signal stop = DeskStop.signal();
        AtomicInteger opened = new AtomicInteger();
        AtomicInteger closed = new AtomicInteger();
        // the screen locks 2 s in; 1.5 s later it is unlocked, 1.5 s after that desk mode is stopped
        Runnable lockThenUnlock = () -> {
            os.report(Signal.SCREEN_LOCKED, Reading.ON);
            Thread t = new Thread(() -> {
                try {
                    Thread.sleep(1500);
                    os.report(Signal.SCREEN_LOCKED, Reading.OFF);
                    Thread.sleep(1500);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                stop.request();
            });
            t.setDaemon(true);
            t.start();
        };
        DeskSession.Setup setup = new DeskSession.Setup(CalibrationFiles.defaults(), Optional.of(baseline), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), new DeskRequests()).withOs(os);

        new DeskSession(lightning, setup, heard).runCamera("test camera", () -> {
            Script clip = new Script().hold(SittingBody.Shape.UPRIGHT, 30);
            if (opened.incrementAndGet() == 1) {
                clip.atSecond(2, lockThenUnlock);
            }
            PacedSource paced = new PacedSource(clip);
            return new FrameSource() {
                @Override
                public SourceInfo info() {
                    return paced.info();
                }

                @Override
                public Optional<RgbImage> next() {
                    return paced.next();
                }

                @Override
                public void close() {
                    closed.incrementAndGet();
                    paced.close();
                }
            };
        }, new DailySummaryFiles(data), stop);

        assertThat(heard.lines).as(heard.lines.toString()).containsSubsequence(
                "screen locked: camera released, you count as away until it is unlocked",
                "camera released (screen locked or computer asleep)", "screen unlocked: watching again", "stopped");
        assertThat(opened).as("opened again once unlocked").hasValue(2);
        assertThat(closed).hasValue(2);
        assertThat(heard.statuses).anyMatch(DeskStatus::cameraReleased);
    }

    @Test
    void aStoredBaselineFromAnotherCameraFrameIsToldOnceSoTheWindowCanOfferToCalibrate() {
        DeskBaseline stored = DeskBaseline.of(List.of(DeskMeasurer.ofStill(
                SittingBody.seen(SittingBody.pose(SittingBody.Shape.UPRIGHT), SittingBody.FRONT, 0))), Optional.empty(), "stored");
        Heard differs = new Heard();
        new DeskSession(lightning, new DeskSession.Setup(CalibrationFiles.defaults(), Optional.of(stored),
                Optional.of(new CameraFrame(1280, 720)), Optional.empty(), Optional.empty(), Optional.empty(), new DeskRequests()),
                differs).runFrames(new Script().hold(SittingBody.Shape.UPRIGHT, 5), true, DeskStop.signal());
        Heard same = new Heard();
        new DeskSession(lightning, new DeskSession.Setup(CalibrationFiles.defaults(), Optional.of(stored),
                Optional.of(new CameraFrame(640, 480)), Optional.empty(), Optional.empty(), Optional.empty(), new DeskRequests()),
                same).runFrames(new Script().hold(SittingBody.Shape.UPRIGHT, 5), true, DeskStop.signal());

        assertThat(differs.cameraDiffers).containsExactly("your stored baseline was taken with the camera giving 1280 x 720"
                + " pixels, and this camera gives 640 x 480 pixels: every posture would read wrong against it");
        assertThat(same.cameraDiffers).isEmpty();
        // the session says what happens in words every front end shares; the command to run is the command line's
        assertThat(differs.lines).anyMatch(l -> l.contains("the first " + DeskSession.SELF_BASELINE_SAMPLES + " clear views"))
                .noneMatch(l -> l.contains("formcheck calibrate"));
    }

    @Test
    void aStoredStandingBaselineIsUsedWhereTheCameraCanTellAndOtherwiseTheRunSaysWhy() {
        dev.formcheck.pose.Pose sat = SittingBody.seen(SittingBody.pose(SittingBody.Shape.UPRIGHT), SittingBody.FRONT, 0);
        DeskBaseline sitting = DeskBaseline.of(List.of(DeskMeasurer.ofStill(sat)), Optional.empty(), "stored");
        // standing before a camera that stays put: higher in the frame and further away
        DeskBaseline standing = DeskBaseline.of(List.of(DeskMeasurer.ofStill(new dev.formcheck.pose.Pose(0, sat.keypoints().stream()
                .map(k -> new dev.formcheck.pose.Keypoint(k.part(), 320 + (k.x() - 320) * 0.8, k.y() * 0.8 - 150, k.score()))
                .toList()))), Optional.empty(), "stored standing");
        DeskSession.Setup setup = new DeskSession.Setup(CalibrationFiles.defaults(), Optional.of(sitting),
                Optional.of(new CameraFrame(640, 480)), Optional.empty(), Optional.empty(), Optional.empty(), new DeskRequests());

        Heard told = new Heard();
        new DeskSession(lightning, setup.withStanding(Optional.of(standing)), told)
                .runFrames(new Script().hold(SittingBody.Shape.UPRIGHT, 15), true, DeskStop.signal());
        Heard same = new Heard();
        new DeskSession(lightning, setup.withStanding(Optional.of(sitting)), same)
                .runFrames(new Script().hold(SittingBody.Shape.UPRIGHT, 5), true, DeskStop.signal());

        assertThat(told.lines).as(told.lines.toString()).contains("standing desk: sitting and standing are told apart, each"
                + " judged against its own baseline", "now sitting");
        assertThat(told.statuses.get(told.statuses.size() - 1).stance()).contains(dev.formcheck.desk.DeskStance.SITTING);
        assertThat(same.lines).as(same.lines.toString()).anyMatch(l -> l.startsWith("standing desk: the camera sees you at about"
                + " the same place sitting and standing (0.00 apart"));
        assertThat(same.statuses).allSatisfy(st -> assertThat(st.stance()).isEmpty());
    }
}
