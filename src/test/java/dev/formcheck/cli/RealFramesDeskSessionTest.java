package dev.formcheck.cli;

import dev.formcheck.analysis.thresholds.CalibrationFiles;
import dev.formcheck.capture.ImageFiles;
import dev.formcheck.capture.RgbImage;
import dev.formcheck.capture.VideoFileSource;
import dev.formcheck.media.VideoSettings;
import dev.formcheck.media.VideoWriter;
import dev.formcheck.pose.InferenceSettings;
import dev.formcheck.pose.MoveNetEstimator;
import dev.formcheck.pose.MoveNetModel;
import dev.formcheck.testing.RequiresSharedData;
import dev.formcheck.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Desk sessions from real photos (../shared): a video made in the test, each photo held for
 * seconds as a person holds a posture, run through the whole chain (MoveNet Lightning, tracking,
 * measurement, the monitor) on the video's own clock. The videos live in a temporary folder
 * only, never in the repository.
 */
@RequiresSharedData
class RealFramesDeskSessionTest {
    private static final double FPS = 2;

    /**
     * The front-webcam frames of a slouch score 0.28-0.30 as a whole body (head and shoulders
     * alone are in view), below the tracker's 0.3: before presence was decided on head and
     * shoulders this clip gave UPRIGHT, SLOUCHED, AWAY, SLOUCHED, AWAY, SLOUCHED and no alert.
     */
    @Test
    void eightyFourSecondsOfSlouchingCloseToAFrontWebcamAreOneSlouchAndOneAlert(@TempDir Path dir) {
        Path frames = SharedData.resolve("images/desk-front");
        List<Held> clip = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            clip.add(new Held(frames.resolve(String.format(Locale.ROOT, "upright-%02d.jpg", i)), 2));
        }
        for (int i = 0; i < 14; i++) {
            clip.add(new Held(frames.resolve(String.format(Locale.ROOT, "slouched-%02d.jpg", i)), 6));
        }

        String log = run(video(dir.resolve("desk-front.mp4"), 224, 224, clip));

        assertThat(changes(log)).as(log).containsExactly("AWAY -> UPRIGHT", "UPRIGHT -> SLOUCHED");
        assertThat(log.lines().filter(l -> l.contains("alert: Sit tall"))).as(log).hasSize(1);
    }

    @Test
    void eightySecondsOfHunchingBesideASideCameraAreOneSlouchAndOneAlert(@TempDir Path dir) {
        Path photos = SharedData.resolve("images/sitting");
        List<Held> clip = List.of(new Held(photos.resolve("straight_hf.jpg"), 30),
                new Held(photos.resolve("hunchback_hf.jpg"), 40), new Held(photos.resolve("hunchback.jpg"), 40));

        String log = run(video(dir.resolve("desk-side.mp4"), 720, 1280, clip));

        assertThat(changes(log)).as(log).containsExactly("AWAY -> UPRIGHT", "UPRIGHT -> SLOUCHED");
        assertThat(log.lines().filter(l -> l.contains("alert: Sit tall"))).as(log).hasSize(1);
    }

    private record Held(Path photo, int seconds) {
    }

    private static Path video(Path target, int width, int height, List<Held> clip) {
        try (VideoWriter writer = VideoWriter.open(target, VideoSettings.of(width, height, FPS))) {
            for (Held held : clip) {
                RgbImage image = ImageFiles.read(held.photo());
                for (int i = 0; i < held.seconds() * FPS; i++) {
                    writer.write(image);
                }
            }
            writer.finish();
        }
        return target;
    }

    private static List<String> changes(String log) {
        return log.lines().filter(l -> l.contains(" -> ")).map(l -> l.substring(l.indexOf("] ") + 2)).toList();
    }

    private static String run(Path video) {
        StringWriter text = new StringWriter();
        try (MoveNetEstimator lightning = MoveNetEstimator.open(MoveNetModel.LIGHTNING, SharedData.modelsDir(), InferenceSettings.defaults())) {
            new PostureRunner(new PrintWriter(text), lightning, CalibrationFiles.defaults(), Optional.empty(), Optional.empty(),
                    Optional.<Duration>empty()).runFrames(VideoFileSource.open(video), true);
        }
        return text.toString();
    }
}
