package dev.formcheck.ui.window;

import dev.formcheck.testing.SharedData;
import dev.formcheck.testing.WithXvfbDisplay;
import dev.formcheck.ui.model.AppSettings;
import dev.formcheck.ui.model.SampleVideo;
import dev.formcheck.ui.model.SettingsStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.io.TempDir;

import java.awt.event.WindowEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The window on a real X display (Xvfb): it opens with the first-run notice, remembers its
 * settings, runs a workout with the bundled sample video standing in for the camera, and reviews
 * the sample and the shared squat and push-up videos. Each screen is saved under
 * target/screenshots/.
 */
@WithXvfbDisplay
class MainWindowGuiTest {
    /** Generous: the models load and the video plays in real time on a busy two-core machine. */
    private static final Duration LIMIT = Duration.ofSeconds(120);

    @TempDir
    Path config;
    private MainWindow window;

    @BeforeEach
    void open() throws Exception {
        window = FormCheckApp.open(new SettingsStore(config.resolve("settings.json")), t -> { });
    }

    @AfterEach
    void close() throws Exception {
        Gui.run(() -> window.dispatchEvent(new WindowEvent(window, WindowEvent.WINDOW_CLOSING)));
        assertThat(Gui.await(() -> !window.isDisplayable(), Duration.ofSeconds(10))).isTrue();
        window.flushSettings(); // the bounds are written as it closes: done before the temporary directory goes
    }

    @Test
    void theFirstRunNoticeIsInsideTheWindowAndDismissingItIsRemembered() throws Exception {
        assertThat(Gui.onEdt(window::getTitle)).startsWith("FormCheck");
        assertThat(Gui.onEdt(() -> window.notice.isShowing())).isTrue();
        assertThat(Gui.onEdt(() -> window.getIconImages().size())).isGreaterThan(1);
        Gui.screenshot(window, "first-run");

        Gui.run(() -> ((javax.swing.JButton) find(window.notice, "noticeOk")).doClick());
        Gui.run(() -> window.dispatchEvent(new WindowEvent(window, WindowEvent.WINDOW_CLOSING)));
        assertThat(Gui.await(() -> !window.isDisplayable(), Duration.ofSeconds(10))).isTrue();
        window.flushSettings();

        SettingsStore.Loaded again = new SettingsStore(config.resolve("settings.json")).load();
        assertThat(again.note()).isEmpty();
        assertThat(again.settings().noticeSeen()).isTrue();
        assertThat(again.settings().window()).isPresent();
        window = FormCheckApp.open(new SettingsStore(config.resolve("settings.json")), t -> { });
        assertThat(Gui.onEdt(() -> window.notice.isVisible())).isFalse();
        AppSettings.Bounds b = again.settings().window().get();
        assertThat(Gui.onEdt(() -> window.getWidth())).isEqualTo(b.width());
    }

    @Test
    void theCommandLineWithNoCommandOpensTheWindowAndReturnsWhenItCloses() throws Exception {
        close(); // the window this class opened: the command line opens its own
        String before = System.getProperty(dev.formcheck.common.UserDataDirectory.CONFIG_PROPERTY);
        System.setProperty(dev.formcheck.common.UserDataDirectory.CONFIG_PROPERTY, config.resolve("cli").toString());
        try {
            java.util.concurrent.CompletableFuture<Integer> exit = java.util.concurrent.CompletableFuture.supplyAsync(() ->
                    dev.formcheck.cli.Main.run(new String[0], new java.io.PrintStream(java.io.OutputStream.nullOutputStream()),
                            new java.io.PrintStream(java.io.OutputStream.nullOutputStream())));
            assertThat(Gui.await(() -> java.util.Arrays.stream(java.awt.Frame.getFrames())
                    .anyMatch(f -> f.isShowing() && f.getTitle().startsWith("FormCheck")), Duration.ofSeconds(60))).isTrue();
            window = Gui.onEdt(() -> (MainWindow) java.util.Arrays.stream(java.awt.Frame.getFrames())
                    .filter(f -> f.isShowing() && f instanceof MainWindow).findFirst().orElseThrow());
            assertThat(exit).isNotDone();
            close();
            assertThat(exit.get(30, java.util.concurrent.TimeUnit.SECONDS)).isZero();
        } finally {
            if (before == null) {
                System.clearProperty(dev.formcheck.common.UserDataDirectory.CONFIG_PROPERTY);
            } else {
                System.setProperty(dev.formcheck.common.UserDataDirectory.CONFIG_PROPERTY, before);
            }
        }
    }

    @Test
    void aWorkoutWithTheSampleVideoAsTheCameraCountsItsSquatsAndEndsWithTheSetsCard(TestReporter reporter) throws Exception {
        String dataBefore = System.getProperty(dev.formcheck.common.UserDataDirectory.PROPERTY);
        System.setProperty(dev.formcheck.common.UserDataDirectory.PROPERTY, config.resolve("data").toString());
        try {
            workoutWithTheSample(reporter);
        } finally {
            if (dataBefore == null) {
                System.clearProperty(dev.formcheck.common.UserDataDirectory.PROPERTY);
            } else {
                System.setProperty(dev.formcheck.common.UserDataDirectory.PROPERTY, dataBefore);
            }
        }
    }

    /** The workout, its card, a pain note linked to it, and the set saved as a review; the data folder is config/data. */
    private void workoutWithTheSample(TestReporter reporter) throws Exception {
        Path sample = SampleVideo.find().orElseThrow();
        dismissNotice();
        Gui.run(() -> window.workout.exercise.setSelectedIndex(window.workout.exercise.getItemCount() - 1)); // auto
        // every frame judged, so that a loaded machine slows the video down instead of dropping the frames of a rep
        Gui.run(() -> window.workout.startWithVideo(sample,
                dev.formcheck.session.WorkoutSettings.forVideo().withFrames(dev.formcheck.pipeline.FramePipeline.Mode.FILE)));

        assertThat(Gui.await(() -> parse(window.workout.counter.getText()) >= 3, LIMIT))
                .as("three reps counted while the video plays").isTrue();
        Gui.screenshot(window, "workout");
        assertThat(Gui.await(() -> window.status.getText().contains("frames/s") || !window.workout.isRunning(), LIMIT)).isTrue();
        assertThat(Gui.onEdt(() -> window.workout.spine.getText())).startsWith("Back");
        assertThat(Gui.onEdt(() -> window.workout.hip.getText())).matches("Hip \\d+°|Hip —|Hip not seen");

        assertThat(Gui.await(() -> window.workout.card.isVisible() && !window.workout.isRunning(), LIMIT))
                .as("the set's card once the video ends").isTrue();
        Gui.screenshot(window, "workout-set-card");
        assertThat(Gui.onEdt(() -> window.workout.counter.getText())).isEqualTo("7");
        assertThat(Gui.onEdt(() -> window.workout.exerciseLabel.getText())).isEqualTo("Squat");
        assertThat(Gui.onEdt(() -> window.workout.cardTitle.getText())).isEqualTo("Set 1 done");
        assertThat(Gui.onEdt(() -> deepLabels(window.workout.card))).as("a clean set's card").isNotEmpty()
                .noneMatch(l -> l.contains("Roundest back reading"));

        // "Note pain…": the journal's form, linked to the workout's kept session, its exercise filled in
        String kept = new dev.formcheck.records.SessionStore(config.resolve("data")).read().records().get(0).id();
        Gui.run(() -> window.workout.notePain.doClick());
        assertThat(Gui.await(() -> window.tabs.getSelectedComponent() == window.journal
                && window.journal.linked.getText().contains(kept), LIMIT)).as("the journal, linked").isTrue();
        assertThat(Gui.onEdt(() -> window.journal.exercise.getText())).startsWith("Squat: 7 reps in 1 set, live workout, ");
        assertThat(Gui.onEdt(() -> window.journal.form().sessionId())).contains(kept);
        Gui.screenshot(window, "journal-after-workout");
        Gui.run(() -> window.tabs.setSelectedComponent(window.workout));

        // saved as a review: the set's record in the data folder, and its video analysed in Review
        Gui.run(() -> window.workout.saveSet.doClick());
        assertThat(Gui.await(() -> window.tabs.getSelectedIndex() == 1 && window.review.model().isPresent()
                && !window.review.progress.isVisible(), LIMIT)).as("the set reviewed").isTrue();
        try (var saved = Files.list(config.resolve("data").resolve("workouts"))) {
            assertThat(saved.toList()).singleElement().satisfies(f -> assertThat(Files.readString(f))
                    .contains("\"format\" : \"formcheck-set\"").contains("\"reps\" : 7").contains(sample.getFileName().toString()));
        }
        assertThat(Gui.onEdt(() -> window.review.repTable.getRowCount())).isEqualTo(7);
        long setStart = window.workout.lastSetStartMicros().orElseThrow();
        int firstFault = Gui.onEdt(() -> window.review.frameAt(window.review.model().orElseThrow().firstInterestingMicros()));
        assertThat(Gui.onEdt(() -> window.review.frameAt(setStart))).as("a moment apart from the first rep's bottom")
                .isNotEqualTo(firstFault);
        assertThat(Gui.onEdt(() -> window.review.shownFrame())).as("Review opens where the set began")
                .isEqualTo(Gui.onEdt(() -> window.review.frameAt(setStart)));
        Gui.screenshot(window, "review-saved-set");
        reporter.publishEntry("live", window.workout.latency().count() + " frames on screen, capture to screen p50 "
                + window.workout.latency().percentileMillis(50) + " ms, p95 " + window.workout.latency().percentileMillis(95)
                + " ms, " + Gui.onEdt(() -> window.status.getText()));
    }

    @Test
    void theWorkoutsDontRecordSwitchIsRememberedInTheSettings() throws Exception {
        dismissNotice();
        assertThat(Gui.onEdt(() -> window.workout.keepRecord.isSelected())).as("on unless switched off").isTrue();
        Gui.run(() -> window.workout.keepRecord.doClick());
        assertThat(window.settings().recordWorkouts()).isFalse();
        close();
        window = FormCheckApp.open(new SettingsStore(config.resolve("settings.json")), t -> { });
        assertThat(Gui.onEdt(() -> window.workout.keepRecord.isSelected())).as("off again after a restart").isFalse();
    }

    @Test
    void handsFreeTheLivePositionCheckAndACountdownComeBeforeCounting() throws Exception {
        Path video = config.resolve("squat-walk-in.mp4");
        // our mannequin walks in, stands 2 s, then squats: with a camera's settings, counting waits for the countdown
        int generated = dev.formcheck.cli.Main.run(new String[] {"generate-sample", "--exercise", "squat", "--reps", "4",
                video.toString()}, new java.io.PrintStream(java.io.OutputStream.nullOutputStream()),
                new java.io.PrintStream(java.io.OutputStream.nullOutputStream()));
        assertThat(generated).isZero();
        dismissNotice();
        Gui.run(() -> window.workout.exercise.setSelectedIndex(dev.formcheck.session.ExerciseChoices.all().indexOf("squat")));
        Gui.run(() -> window.workout.startWithVideo(video, dev.formcheck.session.WorkoutSettings.defaults()));
        assertThat(Gui.await(() -> window.workout.setup.isShowing() && window.workout.phase.getText().startsWith("Counting starts in"),
                LIMIT)).as("the countdown once the mannequin is in position").isTrue();
        Gui.screenshot(window, "workout-countdown");
        assertThat(Gui.onEdt(() -> window.workout.setup.getText())).contains("You're in position");
        assertThat(Gui.onEdt(() -> window.workout.counter.getText())).isEqualTo("0");
        assertThat(Gui.await(() -> window.workout.phase.getText().startsWith("Set 1") || !window.workout.isRunning(), LIMIT))
                .isTrue();
        Gui.run(() -> window.workout.stopButton.doClick());
        assertThat(Gui.await(() -> !window.workout.isRunning(), LIMIT)).isTrue();
    }

    @Test
    void beforeASetTheHowToShowsTheExerciseTheMannequinsPositionsAndWhereToPutTheCamera() throws Exception {
        dismissNotice();
        Gui.run(() -> window.workout.exercise.setSelectedIndex(dev.formcheck.session.ExerciseChoices.all().indexOf("squat")));
        assertThat(Gui.onEdt(() -> window.workout.howTo.isShowing())).isTrue();
        assertThat(Gui.onEdt(() -> window.workout.howTo.title.getText())).isEqualTo("How to: Squat");
        assertThat(Gui.await(() -> window.workout.howTo.pictures.pictureCount() == 2, Duration.ofSeconds(30)))
                .as("the mannequin at the start and the bottom").isTrue();
        assertThat(Gui.onEdt(() -> labels((java.awt.Container) find(window.workout.howTo, "howToCamera", true))))
                .anyMatch(l -> l.contains("side-on")).anyMatch(l -> l.contains("2 to 3 metres"));
        Gui.screenshot(window, "workout-how-to");
        Gui.run(() -> window.workout.exercise.setSelectedIndex(dev.formcheck.session.ExerciseChoices.all().indexOf("plank")));
        assertThat(Gui.await(() -> window.workout.howTo.pictures.pictureCount() == 1, Duration.ofSeconds(30)))
                .as("the plank held").isTrue();
        assertThat(Gui.onEdt(() -> window.workout.howTo.title.getText())).isEqualTo("How to: Plank");
    }

    @Test
    void saggingHipsInAPlankShowTheWarningWithItsCueWhileTheHoldIsTimed() throws Exception {
        Path video = config.resolve("plank-sagging.mp4");
        // our mannequin holding a plank, the hips sagging 20° from 2 to 6 s into the hold
        int generated = dev.formcheck.cli.Main.run(new String[] {"generate-sample", "--exercise", "plank", "--hold", "8",
                "--fault", "hip-sag:2-6:20", video.toString()}, new java.io.PrintStream(java.io.OutputStream.nullOutputStream()),
                new java.io.PrintStream(java.io.OutputStream.nullOutputStream()));
        assertThat(generated).isZero();
        dismissNotice();
        Gui.run(() -> window.workout.exercise.setSelectedIndex(dev.formcheck.session.ExerciseChoices.all().indexOf("plank")));
        Gui.run(() -> window.workout.startWithVideo(video));

        // title and cue read together: the drooping head's warning may replace this one a moment later
        assertThat(Gui.await(() -> window.workout.warningTitle.isShowing()
                && window.workout.warningTitle.getText().equals("Hips sagging")
                && window.workout.warningCue.getText().contains(">Lift your hips"), LIMIT))
                .as("the sagging hips' warning with its cue").isTrue();
        Gui.screenshot(window, "workout-warning");
        assertThat(Gui.onEdt(() -> window.workout.counterCaption.getText())).isEqualTo("Hold");
        assertThat(Gui.onEdt(() -> window.workout.counter.getText())).matches("\\d+:\\d\\d");
        Gui.run(() -> window.workout.stopButton.doClick());
        assertThat(Gui.await(() -> !window.workout.isRunning() && !window.workout.stopButton.isEnabled(), LIMIT)).isTrue();
    }

    @Test
    void reviewingTheSampleShowsItsRepsInTheTableAndStepsFrames() throws Exception {
        review(SampleVideo.find().orElseThrow(), "review-sample");

        assertThat(Gui.onEdt(() -> window.review.repTable.getRowCount())).isEqualTo(7);
        int before = Gui.onEdt(() -> window.review.shownFrame());
        Gui.run(() -> window.review.next.doClick());
        assertThat(Gui.onEdt(() -> window.review.shownFrame())).isEqualTo(before + 1);
        Gui.run(() -> window.review.play.doClick());
        assertThat(Gui.await(() -> window.review.shownFrame() >= before + 10, Duration.ofSeconds(30))).as("playing").isTrue();
        Gui.run(() -> window.review.play.doClick());
        assertThat(Gui.onEdt(() -> window.review.play.getText())).isEqualTo("Play");
        Gui.run(() -> window.review.reps.setRowSelectionInterval(3, 3));
        assertThat(Gui.onEdt(() -> window.review.timeLabel.getText())).doesNotStartWith("0.00 s");
    }

    @Test
    void aShallowSecondSquatIsAMarkOnTheTimelineAndAFaultInItsRow() throws Exception {
        Path video = config.resolve("squat-shallow.mp4");
        // our mannequin, its second squat stopping 40° short of parallel (docs/synthetic-scenarios.md)
        int generated = dev.formcheck.cli.Main.run(new String[] {"generate-sample", "--exercise", "squat", "--reps", "3",
                "--fault", "shallow-depth:2:40", video.toString()}, new java.io.PrintStream(java.io.OutputStream.nullOutputStream()),
                new java.io.PrintStream(java.io.OutputStream.nullOutputStream()));
        assertThat(generated).isZero();
        choose("squat");
        review(video, "review-flagged");

        assertThat(Gui.onEdt(() -> window.review.repTable.getRowCount())).isEqualTo(3);
        assertThat(Gui.onEdt(() -> window.review.repTable.getValueAt(1, 5))).isEqualTo("Squat not deep enough");
        assertThat(Gui.onEdt(() -> window.review.repTable.getValueAt(0, 5))).isEqualTo("none");
        assertThat(Gui.onEdt(() -> window.review.timeline.marks())).isNotEmpty()
                .allSatisfy(m -> assertThat(m.tooltip()).startsWith("Squat not deep enough — thighs "));
        assertThat(Gui.onEdt(() -> labels(window.review.legend))).contains("■ Squat not deep enough");
        assertThat(Gui.onEdt(() -> labels(window.review.summary))).anyMatch(l -> l.startsWith("Squat not deep enough — thighs 3")
                && l.contains("above parallel at the bottom, aim for 15° or lower (rep 2, "));

        // the exports, as the File menu runs them off the event thread
        Path overlay = config.resolve("overlay.mp4");
        Path json = config.resolve("analysis.json");
        assertThat(window.review.exportOverlay(overlay)).isEmpty();
        window.review.exportJson(json);
        assertThat(dev.formcheck.testing.DecodedVideo.probe(overlay).frames()).isEqualTo(
                Gui.onEdt(() -> window.review.model().orElseThrow().judged().recording().frames().size()));
        assertThat(Files.readString(json)).contains("\"SHALLOW_DEPTH\"");
        Path report = config.resolve("squat-shallow.report.html");
        assertThat(Gui.onEdt(() -> window.review.exportReport.isEnabled())).isTrue();
        assertThat(window.review.exportReport(report)).isEmpty();
        assertThat(Files.readString(report)).startsWith("<!DOCTYPE html>").contains("Squat not deep enough")
                .contains("data:image/");
        assertThat(window.review.exportReport(config.resolve("no-such-folder").resolve("r.html")))
                .hasValueSatisfying(p -> assertThat(p).contains("report not written"));
    }

    @Test
    void anOutlineSetAsideLyingOnTheBackIsNotDrawnAndThePictureSaysWhy() throws Exception {
        // what the live view and the review draw for a glute bridge: the belly's contour made untraced, with its note
        dev.formcheck.pose.silhouette.BackOutline.Untraced belly = new dev.formcheck.pose.silhouette.BackOutline.Untraced(0,
                dev.formcheck.analysis.exercise.FaultSignal.BACK_AGAINST_FLOOR);
        String note = dev.formcheck.session.OverlayCaptions.outlineNote(belly).orElseThrow();
        int w = 320;
        int h = 240;
        byte[] grey = new byte[w * h * 3];
        java.util.Arrays.fill(grey, (byte) 0x80);
        java.awt.image.BufferedImage drawn = Gui.onEdt(() -> {
            VideoView view = new VideoView(nanos -> { });
            view.setSize(960, 720);
            view.offerPixels(grey, w, h, null, belly, note);
            java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(960, 720, java.awt.image.BufferedImage.TYPE_INT_RGB);
            java.awt.Graphics2D g = image.createGraphics();
            view.paint(g);
            g.dispose();
            return image;
        });
        Files.createDirectories(Gui.SCREENSHOTS);
        javax.imageio.ImageIO.write(drawn, "png", Gui.SCREENSHOTS.resolve("video-outline-note.png").toFile());

        long magenta = 0;
        long white = 0;
        for (int y = 0; y < drawn.getHeight(); y++) {
            for (int x = 0; x < drawn.getWidth(); x++) {
                int rgb = drawn.getRGB(x, y) & 0xFFFFFF;
                magenta += rgb == 0xCC33CC ? 1 : 0;
                white += y > 600 && rgb == 0xFFFFFF ? 1 : 0;
            }
        }
        assertThat(magenta).as("no outline drawn").isZero();
        assertThat(white).as("the note's letters on the band at the picture's bottom").isGreaterThan(200);
    }

    @Test
    void reviewingTheSharedSquatAndPushUpVideosShowsTheirRepsAndOneMarkPerFlag(TestReporter reporter) throws Exception {
        Path videos = SharedData.resolve("videos");
        Assumptions.assumeTrue(Files.isDirectory(videos), "../shared is absent (looked in " + videos + "): skipped");
        for (String[] clip : new String[][] {{"squat-side", "squat"}, {"pushup-side", "push-up"}}) {
            choose(clip[1]);
            review(videos.resolve(clip[0] + ".mp4"), "review-" + clip[0]);
            int rows = Gui.onEdt(() -> window.review.repTable.getRowCount());
            int marks = Gui.onEdt(() -> window.review.timeline.marks().size());
            int flags = Gui.onEdt(() -> window.review.model().orElseThrow().judged().result().orElseThrow().flags().size());
            assertThat(rows).as(clip[0] + " reps in the table").isGreaterThanOrEqualTo(2);
            assertThat(marks).as(clip[0] + ": one mark per flag").isEqualTo(flags);
            java.util.List<String> depths = Gui.onEdt(() -> java.util.stream.IntStream.range(0, rows)
                    .mapToObj(r -> String.valueOf(window.review.repTable.getValueAt(r, 1))).toList());
            if (clip[1].equals("push-up")) {
                // the backlit arm: MoveNet's elbow keypoints under 0.4 read elbows of 5-57°, 5° where no elbow goes
                assertThat(depths).as("push-up depths").contains("elbow angle not seen").noneMatch(d -> d.matches("elbow angle [0-9]°"));
            } else {
                assertThat(depths).as("squat depths, its hips and knees clear").noneMatch(d -> d.contains("not seen"));
            }
            reporter.publishEntry(clip[0], rows + " reps, " + flags + " flags marked, depths " + depths);
        }
    }

    private void choose(String exercise) throws Exception {
        Gui.run(() -> window.review.exercise.setSelectedIndex(dev.formcheck.session.ExerciseChoices.all().indexOf(exercise)));
    }

    private static java.util.List<String> deepLabels(java.awt.Container c) {
        java.util.List<String> out = new java.util.ArrayList<>(labels(c));
        for (java.awt.Component k : c.getComponents()) {
            if (k instanceof java.awt.Container inner && !(k instanceof javax.swing.JLabel)) {
                out.addAll(deepLabels(inner));
            }
        }
        return out;
    }

    private static java.util.List<String> labels(java.awt.Container c) {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (java.awt.Component k : c.getComponents()) {
            if (k instanceof javax.swing.JLabel l) {
                out.add(l.getText());
            }
        }
        return out;
    }

    /** The screens' screenshots without the first-run notice, as a returning user sees them. */
    private void dismissNotice() throws Exception {
        if (Gui.onEdt(() -> window.notice.isVisible())) {
            Gui.run(() -> ((javax.swing.JButton) find(window.notice, "noticeOk")).doClick());
        }
    }

    private void review(Path video, String screenshot) throws Exception {
        dismissNotice();
        Gui.run(() -> window.openForReview(video));
        assertThat(Gui.await(() -> window.review.model().isPresent()
                && window.review.model().get().judged().video().equals(video) && !window.review.progress.isVisible(), LIMIT))
                .as("the analysis of " + video + " finishes").isTrue();
        Gui.screenshot(window, screenshot);
    }

    private static int parse(String text) {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The component named {@code name} anywhere inside {@code in}. */
    private static java.awt.Component find(java.awt.Container in, String name, boolean deep) {
        for (java.awt.Component c : in.getComponents()) {
            if (name.equals(c.getName())) {
                return c;
            }
            if (deep && c instanceof java.awt.Container k) {
                try {
                    return find(k, name, true);
                } catch (AssertionError notHere) {
                    // keep looking
                }
            }
        }
        throw new AssertionError("no component named " + name);
    }

    private static java.awt.Component find(java.awt.Container in, String name) {
        for (java.awt.Component c : in.getComponents()) {
            if (name.equals(c.getName())) {
                return c;
            }
        }
        throw new AssertionError("no component named " + name);
    }
}
