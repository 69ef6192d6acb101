package dev.formcheck.session;

import dev.formcheck.analysis.exercise.FaultSignal;
import dev.formcheck.analysis.exercise.Load;
import dev.formcheck.analysis.thresholds.CalibrationFiles;
import dev.formcheck.capture.SourceInfo;
import dev.formcheck.capture.EndOfStream;
import dev.formcheck.kinematics.NeutralPosture;
import dev.formcheck.pipeline.PipelineSummary;
import dev.formcheck.pipeline.TrackedRecording;
import dev.formcheck.pose.silhouette.BackOutline;
import dev.formcheck.pose.tracking.TrackedPose;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Lying on the back (a glute bridge, a dead bug: {@code "lying": "on_back"}), the top edge of the
 * mask is the belly: what is drawn over the live view, the review and the overlay video is no
 * outline, and a line saying why; other exercises' outlines are drawn as read.
 */
class OutlineOnTheBackTest {
    private static final BackOutline.Traced BELLY = new BackOutline.Traced(1_000, 12, 0.9,
            List.of(new BackOutline.Point(10, 20), new BackOutline.Point(30, 15)));

    private static ExerciseJudging judging(String exercise) {
        return new ExerciseJudging(exercise, Load.BODYWEIGHT, CalibrationFiles.defaults(), NeutralPosture.defaults());
    }

    @Test
    void aLiveGluteBridgeShowsNoOutlineButSaysWhyWhileASquatShowsItsOutline() {
        WorkoutSession bridge = new WorkoutSession(judging("glute-bridge"), WorkoutSettings.defaults());
        WorkoutSession squat = new WorkoutSession(judging("squat"), WorkoutSettings.defaults());

        BackOutline shown = bridge.judgedOutline(BELLY, Optional.of("glute-bridge"));

        assertThat(shown).isEqualTo(new BackOutline.Untraced(1_000, FaultSignal.BACK_AGAINST_FLOOR));
        assertThat(OverlayCaptions.outlineNote(shown)).contains(
                "Back's outline not drawn: your back is on the floor");
        assertThat(squat.judgedOutline(BELLY, Optional.of("squat"))).isSameAs(BELLY);
        assertThat(OverlayCaptions.outlineNote(BELLY)).isEmpty();
        assertThat(OverlayCaptions.outlineNote(new BackOutline.Untraced(1_000, "an arm is in front of your back")))
                .as("a passing reason is not a line on every frame").isEmpty();
        assertThat(bridge.judgedOutline(null, Optional.of("glute-bridge"))).isNull();
        assertThat(new WorkoutSession(judging("dead-bug"), WorkoutSettings.defaults()).judgedOutline(BELLY, Optional.of("dead-bug")))
                .isInstanceOf(BackOutline.Untraced.class);
    }

    @Test
    void aRecordedGluteBridgeIsReviewedAndExportedWithoutTheBellysOutlineAndItsCaptionSaysWhy() {
        List<dev.formcheck.pose.Keypoint> none = java.util.Arrays.stream(dev.formcheck.pose.BodyPart.values())
                .map(part -> new dev.formcheck.pose.Keypoint(part, 0, 0, 0)).toList();
        TrackedPose.NoPerson nobody = new TrackedPose.NoPerson(1_000, new dev.formcheck.pose.Pose(1_000, none),
                dev.formcheck.pose.CropRegion.fullFrame(64, 64), dev.formcheck.pose.StageTimings.NONE);
        List<TrackedPose> frames = new ArrayList<>(List.of(nobody));
        TrackedRecording recording = new TrackedRecording(new SourceInfo("bridge.mp4", 64, 64, 30, 1, 1_000, false),
                frames, List.of(BELLY), new PipelineSummary(1, 1, 1, 0, EndOfStream.COMPLETE, Optional.empty(), 0.1));

        TrackedRecording bridge = RecordingJudgement.asJudged(recording, Optional.of("glute-bridge"), Optional.of(judging("auto")));
        TrackedRecording squat = RecordingJudgement.asJudged(recording, Optional.of("squat"), Optional.of(judging("auto")));

        assertThat(bridge.outlines()).containsExactly(new BackOutline.Untraced(1_000, FaultSignal.BACK_AGAINST_FLOOR));
        assertThat(squat).isSameAs(recording);
        assertThat(RecordingJudgement.asJudged(recording, Optional.empty(), Optional.of(judging("auto")))).isSameAs(recording);
        assertThat(OverlayCaptions.at(Optional.empty(), 1_000, bridge.outlines().get(0))).containsExactly(
                "Back's outline not drawn: your back is on the floor");
    }
}
