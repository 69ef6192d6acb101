package dev.formcheck.evaluation;

import dev.formcheck.analysis.exercise.ExerciseResult;
import dev.formcheck.analysis.exercise.Flag;
import dev.formcheck.analysis.exercise.FlagKind;
import dev.formcheck.analysis.exercise.PartialRep;
import dev.formcheck.analysis.exercise.RepResult;
import dev.formcheck.analysis.exercise.Severity;
import dev.formcheck.kinematics.CameraView;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ScoringTest {
    private static RepResult rep(int index, double start, double bottom, double end) {
        return new RepResult(index, (long) (start * 1e6), (long) (bottom * 1e6), (long) (end * 1e6), "thigh inclination",
                0, 90, OptionalDouble.empty(), OptionalDouble.empty());
    }

    private static Flag flag(FlagKind kind, double start, double end, int rep) {
        return new Flag(kind, Severity.LOW, (long) (start * 1e6), (long) (end * 1e6), OptionalInt.of(rep), 20, 15, "cue");
    }

    private static VideoLabel squats(List<VideoLabel.Fault> faults) {
        return new VideoLabel("s.mp4", Optional.of("goblet squat"), "side", Optional.of(3), List.of(3), List.of(2.0, 5.0, 8.0),
                List.of(), faults);
    }

    @Test
    void bottomsAreMatchedOnceEachWithinTheTolerance() {
        List<RepResult> reps = List.of(rep(1, 1, 2.5, 3), rep(2, 4, 5.7, 6), rep(3, 7, 7.9, 9));
        assertThat(Scoring.bottomsWithinTolerance(List.of(2.0, 5.0, 8.0), reps)).as("2.5 and 7.9 on time, 5.7 late").isEqualTo(2);
        assertThat(Scoring.bottomsWithinTolerance(List.of(2.0, 2.1), List.of(rep(1, 1, 2.05, 3)))).as("one rep matches one bottom")
                .isEqualTo(1);
    }

    @Test
    void aFlagOnTheLabelledFaultIsFoundAndAnyOtherIsFalse() {
        VideoLabel label = squats(List.of(new VideoLabel.Fault("rounded back", new VideoLabel.Span(4.5, 5.5), true)));
        ExerciseResult r = new ExerciseResult("squat", true, CameraView.SIDE,
                List.of(rep(1, 1, 2, 3), rep(2, 4, 5, 6), rep(3, 7, 8, 9)), List.of(),
                List.of(flag(FlagKind.ROUNDED_BACK, 4.8, 5.2, 2), flag(FlagKind.HEAD_DROP, 7.5, 8, 3)), List.of());

        VideoScore s = Scoring.video(label, "auto", Optional.of(r));

        assertThat(s.recognisedRight()).isTrue();
        assertThat(s.repsExact()).isTrue();
        assertThat(s.faultsLabelled()).isEqualTo(1);
        assertThat(s.faultsFound()).isEqualTo(1);
        assertThat(s.falseFlags()).singleElement().asString().startsWith("head drop");
        assertThat(s.cleanReps()).as("rep 2 is on the fault").isEqualTo(2);
    }

    @Test
    void aFlagOnAnUnexpectedLabelledSpanIsNeitherFoundNorFalse() {
        VideoLabel label = squats(List.of(new VideoLabel.Fault("rest between sets", new VideoLabel.Span(10, 12), false)));
        ExerciseResult r = new ExerciseResult("squat", true, CameraView.SIDE, List.of(rep(1, 1, 2, 3)), List.of(),
                List.of(flag(FlagKind.HIPS_PIKED, 10.5, 11, 1)), List.of());

        VideoScore s = Scoring.video(label, "auto", Optional.of(r));

        assertThat(s.falseFlags()).isEmpty();
        assertThat(s.faultsLabelled()).isZero();
        assertThat(s.repsExact()).isFalse();
        assertThat(s.repsAcceptable()).isFalse();
    }

    @Test
    void aPartialRepOnAMissedLabelledRepIsScoredAndOneAfterTheSetIsRightlyNotCounted() {
        // labelled bottoms 2, 5, 8: reps counted at 2 and 5; the third went down (7.5-8.6) and never locked out,
        // and a crouch after the set (10-12) is a partial rep over no labelled bottom
        ExerciseResult r = new ExerciseResult("squat", true, CameraView.SIDE, List.of(rep(1, 1, 2, 3), rep(2, 4, 5, 6)),
                List.of(), List.of(), List.of(), List.of(), List.of(
                        new PartialRep(7_500_000, 8_600_000, "bottom", 80, "the set ended before you stood up"),
                        new PartialRep(10_000_000, 12_000_000, "bottom", 95, "you left the squat's position")));

        VideoScore s = Scoring.video(squats(List.of()), "auto", Optional.of(r));

        assertThat(s.reps()).isEqualTo(2);
        assertThat(s.partialReps()).hasSize(2).first().asString().startsWith("7.5-8.6 s, reached the bottom");
        assertThat(s.partialRepsOnLabelledBottoms()).as("the third labelled rep, seen but not counted").isEqualTo(1);
        Totals.VideoTotals t = Totals.VideoTotals.of(List.of(s));
        assertThat(t.partialReps()).isEqualTo(2);
        assertThat(t.partialRepsOnLabelledBottoms()).isEqualTo(1);
    }

    @Test
    void aPartialRepOverABottomACountedRepMatchedScoresNothing() {
        ExerciseResult r = new ExerciseResult("squat", true, CameraView.SIDE,
                List.of(rep(1, 1, 2, 3), rep(2, 4, 5, 6), rep(3, 7, 8, 9)), List.of(), List.of(), List.of(), List.of(),
                List.of(new PartialRep(7_600_000, 8_200_000, "bottom", 80, "went down again")));

        assertThat(Scoring.video(squats(List.of()), "auto", Optional.of(r)).partialRepsOnLabelledBottoms()).isZero();
    }

    @Test
    void aClipOfNoExerciseIsRightWhenNothingIsRecognised() {
        VideoLabel desk = new VideoLabel("desk.mp4", Optional.empty(), "side", Optional.empty(), List.of(0), List.of(),
                List.of(), List.of(new VideoLabel.Fault("slouching_rounded_upper_back", new VideoLabel.Span(0, 3), true)));

        VideoScore s = Scoring.video(desk, "auto", Optional.empty());

        assertThat(s.recognisedRight()).isTrue();
        assertThat(s.faultsLabelled()).as("slouching is the desk monitor's, not an exercise flag").isZero();
        assertThat(s.reps()).isNull();
    }

    @Test
    void photoLabelsSayWhichFlagsTheyContradict() {
        PhotoLabel neutral = new PhotoLabel("p.jpg", "push-up", "P", "working", "side", "neutral", "level", "");
        PhotoLabel sagging = new PhotoLabel("q.jpg", "push-up", "Q", "working", "side", "unclear", "sagging", "");
        assertThat(neutral.clean()).isTrue();
        assertThat(neutral.contradicts(FlagKind.ROUNDED_BACK)).isTrue();
        assertThat(neutral.contradicts(FlagKind.HIPS_SAGGING)).isTrue();
        assertThat(neutral.contradicts(FlagKind.HEAD_DROP)).as("the labels say nothing of the head").isFalse();
        assertThat(sagging.contradicts(FlagKind.ROUNDED_BACK)).as("unclear back").isFalse();
        assertThat(sagging.contradicts(FlagKind.LUMBAR_HYPEREXTENSION)).as("finds the sag").isFalse();
        assertThat(sagging.faults()).extracting(PhotoLabel.LabelledFault::label).containsExactly("sagging hips");
    }

    @Test
    void bothLabelsCsvLayoutsAreReadWithTheirSourceExercise(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Path first = Files.writeString(dir.resolve("a.csv"), """
                file,exercise_family,source_name,position,view,back,hips,notes
                squat-Sit_Squats-1.jpg,squat,Sit_Squats,bottom,front,unclear,n/a,"FAULT EXAMPLE (shallow squat), thighs high"
                """);
        Path second = Files.writeString(dir.resolve("b.csv"), """
                file,source_path,git_blob,family,position,view,back,hips,load,notes
                squat-Barbell_Squat-0.jpg,exercises/Barbell_Squat/0.jpg,3e75,squat,start,oblique-side,neutral,n/a,barbell,"upright, straight"
                """);

        PhotoLabel a = LabelFiles.photos(first).get(0);
        PhotoLabel b = LabelFiles.photos(second).get(0);

        assertThat(a.source()).isEqualTo("Sit_Squats");
        assertThat(a.faults()).extracting(PhotoLabel.LabelledFault::label).containsExactly("shallow squat");
        assertThat(b.source()).isEqualTo("Barbell_Squat");
        assertThat(b.family()).isEqualTo("squat");
        assertThat(b.clean()).isTrue();
    }

    @Test
    void aLabelsCsvWithoutItsColumnsSaysWhichIsMissing(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.csv"), "file,family,view\nx.jpg,squat,side\n");
        assertThatThrownBy(() -> LabelFiles.photos(bad)).isInstanceOf(EvaluationException.class)
                .hasMessageContaining("bad.csv, line 2: no 'back' column");
    }

    @Test
    void labelledExercisesAreReadAsTheDefinedOnes() {
        assertThat(LabelledExercises.exerciseOf("goblet squat (bodyweight/dumbbell)")).contains("squat");
        assertThat(LabelledExercises.exerciseOf("forearm plank (static hold)")).contains("plank");
        assertThat(LabelledExercises.exerciseOf("Romanian deadlift")).contains("romanian-deadlift");
        assertThat(LabelledExercises.exerciseOf("push-up")).contains("push-up");
        assertThat(LabelledExercises.exerciseOf("side-plank")).contains("side-plank"); // defined since, read from its file
        assertThat(LabelledExercises.exerciseOf("stretch")).isEmpty();
    }
}
