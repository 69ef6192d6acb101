package dev.formcheck.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.formcheck.analysis.exercise.ExerciseResult;
import dev.formcheck.analysis.exercise.RepResult;
import dev.formcheck.kinematics.BodySide;
import dev.formcheck.kinematics.CameraView;
import dev.formcheck.records.SessionRecord;
import dev.formcheck.records.SessionStore;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A one-sided exercise's reps keep their side in the history, and a kept report reads it back. */
class KeptSidesTest {
    @TempDir
    Path data;

    @Test
    void aLungeKeepsEachRepsSide() {
        List<RepResult> reps = List.of(rep(1, 1, BodySide.LEFT), rep(2, 4, BodySide.RIGHT), rep(3, 7, BodySide.LEFT));
        ExerciseResult result = new ExerciseResult("lunge", false, CameraView.SIDE, reps, List.of(), List.of(), List.of());
        SessionStore store = new SessionStore(data);
        SessionRecording.recordVideo(store, result, "lunge",
                new SessionRecording.Provenance("video", "/videos/lunges.mp4", "movenet-lightning", "shipped defaults"),
                Instant.parse("2026-12-07T10:00:00Z"), Instant.parse("2026-12-07T10:01:00Z"), WorkoutSettings.defaults(),
                Optional.empty());

        SessionRecord kept = store.read().records().get(0);
        assertThat(kept.reps()).extracting(r -> r.side()).containsExactly("left", "right", "left");
        assertThat(kept.reps().stream().map(KeptReports::rep).map(RepResult::side))
                .containsExactly(Optional.of(BodySide.LEFT), Optional.of(BodySide.RIGHT), Optional.of(BodySide.LEFT));
    }

    private static RepResult rep(int index, long startS, BodySide side) {
        long start = startS * 1_000_000;
        return new RepResult(index, start, start + 1_000_000, start + 2_000_000, "knee angle", 95, 80, OptionalDouble.of(3),
                OptionalDouble.empty(), Optional.empty(), Optional.of(side));
    }
}
