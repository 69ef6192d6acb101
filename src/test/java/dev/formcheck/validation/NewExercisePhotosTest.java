package dev.formcheck.validation;

import dev.formcheck.analysis.exercise.AnalysisSettings;
import dev.formcheck.analysis.exercise.Exercises;
import dev.formcheck.analysis.exercise.Flag;
import dev.formcheck.analysis.exercise.FlagKind;
import dev.formcheck.analysis.exercise.Load;
import dev.formcheck.analysis.exercise.StillJudge;
import dev.formcheck.analysis.thresholds.CalibrationFiles;
import dev.formcheck.analysis.thresholds.Thresholds;
import dev.formcheck.capture.ImageFiles;
import dev.formcheck.capture.RgbImage;
import dev.formcheck.evaluation.LabelFiles;
import dev.formcheck.evaluation.PhotoLabel;
import dev.formcheck.evaluation.PhotoSplit;
import dev.formcheck.kinematics.KinematicFrame;
import dev.formcheck.kinematics.Kinematics;
import dev.formcheck.kinematics.NeutralPosture;
import dev.formcheck.pose.InferenceSettings;
import dev.formcheck.pose.MoveNetEstimator;
import dev.formcheck.pose.MoveNetModel;
import dev.formcheck.pose.Pose;
import dev.formcheck.pose.silhouette.BackOutline;
import dev.formcheck.pose.silhouette.BlazePoseSegmenter;
import dev.formcheck.pose.silhouette.SilhouetteReader;
import dev.formcheck.testing.RequiresSharedData;
import dev.formcheck.testing.SharedData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real photos of the exercises added in issue 14's second part (lunge, and whichever of
 * overhead press, bent-over row, bird-dog and dead bug this version defines), from both labels
 * files, judged the way {@code analyze PHOTO --exercise NAME} does (Thunder, the back's outline,
 * shipped thresholds, no calibration). Both halves of the fixed tune/check split are reported, per
 * exercise, in {@code target/validation-reports/new-exercise-photos.md} (docs/validation.md quotes
 * it); thresholds were set looking at the tune half only. Asserted on both halves: no photo labelled
 * with a neutral back raises a back flag.
 */
@RequiresSharedData
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NewExercisePhotosTest {
    private static final Thresholds T = CalibrationFiles.defaults();
    private static final Exercises EXERCISES = Exercises.from(T);
    private static final AnalysisSettings SETTINGS = AnalysisSettings.of(T, Load.BODYWEIGHT, NeutralPosture.defaults());
    private static final List<String> FAMILIES = List.of("lunge", "overhead-press", "bent-over-row", "bird-dog", "dead-bug");
    private static final List<String> FOLDERS = List.of("exercises", "exercises-more");

    private MoveNetEstimator thunder;
    private SilhouetteReader outlines;

    @BeforeAll
    void openModels() {
        thunder = MoveNetEstimator.open(MoveNetModel.THUNDER, SharedData.modelsDir(), InferenceSettings.forRecordedVideo());
        outlines = new SilhouetteReader(BlazePoseSegmenter.open(SharedData.modelsDir().resolve(BlazePoseSegmenter.MODEL_FILE),
                InferenceSettings.forRecordedVideo()));
    }

    @AfterAll
    void closeModels() {
        thunder.close();
        outlines.close();
    }

    @Test
    void photosOfTheNewExercisesAreJudgedAsTheirLabelsSayOnBothHalves() throws IOException {
        PhotoSplit split = PhotoSplit.recorded();
        StringBuilder table = new StringBuilder();
        List<String> falseBackFlags = new ArrayList<>();
        for (String family : FAMILIES) {
            if (EXERCISES.find(family).isEmpty()) {
                continue;
            }
            table.append("### ").append(family).append("\n\n| half | photo | view (label) | back (label) | position | flags raised | as labelled |\n|---|---|---|---|---|---|---|\n");
            int[] judged = new int[2];
            int[] asLabelled = new int[2];
            for (String folder : FOLDERS) {
                Path labels = SharedData.resolve("images/" + folder + "/labels.csv");
                for (PhotoLabel l : ((LabelFiles.PhotoLabels) LabelFiles.read(labels)).items()) {
                    if (!l.family().equals(family)) {
                        continue;
                    }
                    PhotoSplit.Half half = split.halfOf(l.file(), l.source());
                    RgbImage image = ImageFiles.read(SharedData.resolve("images/" + folder + "/" + l.file()));
                    Pose pose = thunder.estimate(image);
                    BackOutline outline = outlines.read(image, pose);
                    image.release();
                    KinematicFrame frame = Kinematics.ofStill(pose, outline, NeutralPosture.defaults());
                    StillJudge.StillResult r = StillJudge.judge(frame, EXERCISES.get(family), SETTINGS);
                    Set<FlagKind> raised = r.flags().stream().map(Flag::kind).collect(Collectors.toCollection(TreeSet::new));
                    boolean contradicted = raised.stream().anyMatch(l::contradicts);
                    boolean missed = l.faults().stream().anyMatch(f -> !f.foundIn(raised));
                    boolean ok = !contradicted && !missed;
                    int h = half == PhotoSplit.Half.TUNE ? 0 : 1;
                    judged[h]++;
                    asLabelled[h] += ok ? 1 : 0;
                    if (l.back().equals("neutral") && raised.stream().anyMatch(FlagKind::isBackFlag)) {
                        falseBackFlags.add(half.id() + " " + l.file() + ": " + raised);
                    }
                    table.append(String.format(Locale.ROOT, "| %s | %s | %s (%s) | %s | %s | %s | %s |%n", half.id(), l.file(),
                            r.view().name().toLowerCase(Locale.ROOT), l.view(), l.back(),
                            r.position().name().toLowerCase(Locale.ROOT),
                            r.flags().stream().map(f -> String.format(Locale.ROOT, "%s %.1f", f.kind(), f.value()))
                                    .collect(Collectors.joining(", ")),
                            ok ? "yes" : contradicted ? "no: a flag the label contradicts" : "no: a labelled fault missed"));
                }
            }
            table.append(String.format(Locale.ROOT, "%nas labelled: tune %d of %d, check %d of %d%n%n", asLabelled[0], judged[0],
                    asLabelled[1], judged[1]));
        }
        Path dir = SharedData.projectDir().resolve("target/validation-reports");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("new-exercise-photos.md"), table.toString());

        assertThat(falseBackFlags).as(table.toString()).isEmpty();
    }
}
