package dev.formcheck.report;

import dev.formcheck.analysis.exercise.AnalysisSettings;
import dev.formcheck.analysis.exercise.ExerciseResult;
import dev.formcheck.analysis.exercise.Flag;
import dev.formcheck.analysis.exercise.FlagKind;
import dev.formcheck.analysis.exercise.HoldResult;
import dev.formcheck.analysis.exercise.Load;
import dev.formcheck.analysis.exercise.RepResult;
import dev.formcheck.analysis.exercise.Severity;
import dev.formcheck.analysis.thresholds.CalibrationFiles;
import dev.formcheck.analysis.thresholds.Thresholds;
import dev.formcheck.kinematics.CameraView;
import dev.formcheck.kinematics.NeutralPosture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;

/** The report's words and marks from a hand-built judgement (no video): what a reader sees of each fault. */
class HtmlReportTest {
    private static final Thresholds DEFAULTS = CalibrationFiles.defaults();

    @TempDir
    Path dir;

    private static RecordingEvidence evidence(String videoName, ExerciseResult result, List<SetSpan> sets) {
        return new RecordingEvidence(videoName, 30_000_000, Optional.of(result), sets, List.of(), List.of(), List.of(),
                DEFAULTS, AnalysisSettings.of(DEFAULTS, Load.BODYWEIGHT, NeutralPosture.defaults()).signalContext());
    }

    private static RepResult rep(int index, long startS) {
        return new RepResult(index, startS * 1_000_000, startS * 1_000_000 + 1_500_000, startS * 1_000_000 + 2_500_000,
                "hip angle", 95, 80, OptionalDouble.of(index * 4.0), OptionalDouble.empty());
    }

    @Test
    void eachFaultIsSaidOnceInPlainWordsWithWhereItHappenedHowBadAndWhatToDo() {
        Flag first = new Flag(FlagKind.ROUNDED_BACK, Severity.MODERATE, 3_000_000, 3_600_000, OptionalInt.of(2), 24, 15,
                "Hinge at the hips with a flat back");
        Flag second = new Flag(FlagKind.ROUNDED_BACK, Severity.HIGH, 9_000_000, 9_400_000, OptionalInt.of(4), 31, 15,
                "Hinge at the hips with a flat back");
        ExerciseResult result = new ExerciseResult("romanian-deadlift", false, CameraView.SIDE,
                List.of(rep(1, 0), rep(2, 3), rep(3, 6), rep(4, 9)), List.of(), List.of(first, second), List.of());
        ReportContent content = ReportContent.of(evidence("rdl.mp4", result,
                List.of(new SetSpan(1, 0, 11_500_000, List.of(1, 2, 3, 4), 0))), List.of());

        assertThat(content.exercise()).isEqualTo("Romanian deadlift");
        assertThat(content.summary()).contains("4 reps in 1 set.", "2 faults flagged, of 1 kind: what each means and what to do is below.");
        assertThat(content.faults()).singleElement().satisfies(f -> {
            assertThat(f.name()).isEqualTo("Rounded lower back");
            assertThat(f.where()).isEqualTo("2 times, in reps 2, 4");
            assertThat(f.worst()).isEqualTo("31° past your neutral, limit 15° (serious)");
            assertThat(f.todo()).isEqualTo("Hinge at the hips with a flat back.");
            assertThat(f.colour()).isEqualTo("#D55E00");
            assertThat(f.letter()).isEqualTo("R");
        });
        assertThat(content.reps()).extracting(ReportContent.RepRow::back)
                .containsExactly("4° rounder than your neutral", "8° rounder than your neutral",
                        "12° rounder than your neutral", "16° rounder than your neutral");
        assertThat(content.reps().get(1).flags()).extracting(ReportContent.LegendItem::name).containsExactly("Rounded lower back");
        assertThat(content.reps().get(2).flags()).isEmpty();
        assertThat(content.timeline().rows()).extracting(ReportContent.Timeline.Row::label)
                .containsExactly("Reps and holds", "Rounded lower back");
    }

    @Test
    void aSetWhoseFormBrokeDownSaysFromWhichRepAndASteadySetDoesNot() {
        double[] back = {4, 4, 13, 14, 15, 4, 5, 4, 5, 4};
        List<RepResult> reps = new java.util.ArrayList<>();
        for (int i = 0; i < back.length; i++) {
            long start = (i < 5 ? 3L * i : 40 + 3L * i) * 1_000_000;
            reps.add(new RepResult(i + 1, start, start + 1_000_000, start + 2_000_000, "hip angle", 95, 80,
                    OptionalDouble.of(back[i]), OptionalDouble.empty()));
        }
        ExerciseResult result = new ExerciseResult("romanian-deadlift", false, CameraView.SIDE, reps, List.of(), List.of(),
                List.of());
        ReportContent content = ReportContent.of(evidence("rdl.mp4", result,
                List.of(new SetSpan(1, 0, 14_000_000, List.of(1, 2, 3, 4, 5), 0),
                        new SetSpan(2, 55_000_000, 69_000_000, List.of(6, 7, 8, 9, 10), 41_000_000))), List.of());

        assertThat(content.summary()).contains("Set 1: Form broke down from rep 3: your back rounded more rep after rep "
                + "(reaching 15° past neutral, against 4° in your first reps). Stop the set where form slips: quality over quantity.");
        assertThat(content.summary()).filteredOn(l -> l.contains("broke down")).hasSize(1);
        assertThat(content.sets()).extracting(ReportContent.SetRow::what)
                .containsExactly("5 reps; form broke down from rep 3", "5 reps");
    }

    @Test
    void holdsAreSaidWithTheirTimeInGoodForm() {
        ExerciseResult result = new ExerciseResult("plank", false, CameraView.SIDE, List.of(),
                List.of(new HoldResult(2_000_000, 47_000_000, 45_000_000, 40_000_000, 0)), List.of(), List.of());
        ReportContent content = ReportContent.of(evidence("plank.mp4", result,
                List.of(new SetSpan(1, 2_000_000, 47_000_000, List.of(), 0))), List.of());

        assertThat(content.summary()).contains("1 hold, 40 s in good form in all.", "No form fault was flagged.");
        assertThat(content.holds()).singleElement().satisfies(h -> {
            assertThat(h.inPosition()).isEqualTo("45 s");
            assertThat(h.goodForm()).isEqualTo("40 s");
        });
        assertThat(content.sets()).singleElement().extracting(ReportContent.SetRow::what).isEqualTo("hold, 40 s in good form");
    }

    @Test
    void whatComesFromTheUserIsEscapedAndTheFileIsWrittenWhole() throws IOException {
        ExerciseResult result = new ExerciseResult("squat", false, CameraView.SIDE, List.of(rep(1, 0)), List.of(),
                List.of(), List.of());
        Path target = dir.resolve("r.html");
        HtmlReport.write(target, evidence("<script>alert(1)</script>.mp4", result,
                List.of(new SetSpan(1, 0, 2_500_000, List.of(1), 0))), Map.of());

        String html = Files.readString(target);
        assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;.mp4");
        assertThat(html).startsWith("<!DOCTYPE html>").endsWith("</html>\n");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void anUnrecognisedRecordingGetsAReportThatSaysSo() {
        RecordingEvidence none = new RecordingEvidence("walk.mp4", 5_000_000, Optional.empty(), List.of(), List.of(),
                List.of(), List.of(), DEFAULTS,
                AnalysisSettings.of(DEFAULTS, Load.BODYWEIGHT, NeutralPosture.defaults()).signalContext());
        String html = HtmlReport.render(ReportContent.of(none, List.of()));

        assertThat(html).contains("did not recognise an exercise").contains("FormCheck is not a medical device.");
    }
}
