package dev.formcheck.ui.model;

import dev.formcheck.pose.BodyPart;
import dev.formcheck.pose.Keypoint;
import dev.formcheck.pose.Pose;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** What the status bar says when a run stops, for both screens; and the player's scaling. */
class RunEndingsTest {
    @Test
    void aCameraThatStopsIsSaidAsPossiblyUnpluggedAndTheRecordIsKept() {
        assertThat(RunEndings.workoutEnded(Optional.of("camera /dev/video0 stopped delivering frames (unplugged?)"), true))
                .isEqualTo("The camera stopped: camera /dev/video0 stopped delivering frames (unplugged?). What was recorded is kept.");
        assertThat(RunEndings.workoutEnded(Optional.of("damaged at 3.2 s"), false))
                .isEqualTo("The video stopped early: damaged at 3.2 s. What was recorded is kept.");
        assertThat(RunEndings.workoutEnded(Optional.empty(), false)).isEqualTo("The video ended. The last set is on the card.");
    }

    @Test
    void anAnalysisEndsCancelledReadToItsEndOrNot() {
        assertThat(RunEndings.analysisEnded(true, Optional.of("broken"), "a.mp4")).isEqualTo("Cancelled.");
        assertThat(RunEndings.analysisEnded(false, Optional.empty(), "a.mp4")).isEqualTo("Analysed a.mp4.");
        assertThat(RunEndings.analysisEnded(false, Optional.of("frame 40 damaged"), "a.mp4"))
                .isEqualTo("The video could not be read to its end: frame 40 damaged");
        assertThat(RunEndings.modelsNotLoaded(new IllegalStateException("models/x.onnx is missing")))
                .isEqualTo("The models could not be loaded: models/x.onnx is missing");
    }

    @Test
    void thePlayersSkeletonIsScaledToTheKeptFramesPixels() {
        Pose p = new Pose(5, java.util.Arrays.stream(BodyPart.values()).map(b -> new Keypoint(b, 100, 40, 0.9)).toList());
        Keypoint k = ReviewPlayer.scaled(p, 0.5).keypoints().get(0);
        assertThat(k.x()).isEqualTo(50);
        assertThat(k.y()).isEqualTo(20);
        assertThat(k.score()).isEqualTo(0.9);
    }
}
