package dev.formcheck.session;

import dev.formcheck.pipeline.FramePipeline;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Which frames a live workout judges is one of its settings: a camera's newest, or a stand-in video's every frame. */
class WorkoutSettingsTest {
    @Test
    void aCameraAndAVideoAsTheCameraJudgeTheNewestFrameAndOnlyTheCameraCountsDown() {
        assertThat(WorkoutSettings.defaults().frames()).isEqualTo(FramePipeline.Mode.LIVE);
        assertThat(WorkoutSettings.defaults().countdownMicros()).isEqualTo(WorkoutSettings.DEFAULT_COUNTDOWN_MICROS);
        assertThat(WorkoutSettings.forVideo().frames()).isEqualTo(FramePipeline.Mode.LIVE);
        assertThat(WorkoutSettings.forVideo().countdownMicros()).isZero();
    }

    @Test
    void everyFrameIsAskedForWithoutChangingTheSets() {
        WorkoutSettings every = WorkoutSettings.forVideo().withFrames(FramePipeline.Mode.FILE);
        assertThat(every.frames()).isEqualTo(FramePipeline.Mode.FILE);
        assertThat(every.withFrames(FramePipeline.Mode.LIVE)).isEqualTo(WorkoutSettings.forVideo());
        assertThatThrownBy(() -> WorkoutSettings.forVideo().withFrames(null)).hasMessageContaining("frame flow");
    }
}
