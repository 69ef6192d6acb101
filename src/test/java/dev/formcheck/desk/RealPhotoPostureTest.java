package dev.formcheck.desk;

import dev.formcheck.analysis.thresholds.CalibrationFiles;
import dev.formcheck.capture.ImageFiles;
import dev.formcheck.pose.InferenceSettings;
import dev.formcheck.pose.MoveNetEstimator;
import dev.formcheck.pose.MoveNetModel;
import dev.formcheck.testing.RequiresSharedData;
import dev.formcheck.testing.SharedData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped desk thresholds on real photos, each photo judged alone against a baseline of other
 * upright photos, with both MoveNet models. Side view ({@code images/sitting/}): the baseline is
 * {@code straight_hf.jpg} alone, and every other straight, hunchback and recline photo (mirrored
 * ones included) must be UPRIGHT, SLOUCHED and LEANING back; the kneeling-chair photos are
 * reported, not asserted. Front view ({@code images/desk-front/}): the baseline is the mean of
 * {@code upright-00..04}, and {@code upright-05..14} must be UPRIGHT, every {@code slouched-*}
 * SLOUCHED. Tables go to {@code target/desk-reports/} and docs/desk.md.
 */
@RequiresSharedData
class RealPhotoPostureTest {
    static final String SIDE_BASELINE = "straight_hf.jpg";
    static final int FRONT_BASELINE_FRAMES = 5;

    static final Map<MoveNetModel, MoveNetEstimator> ESTIMATORS = new EnumMap<>(MoveNetModel.class);
    static final PostureThresholds SHIPPED = PostureThresholds.from(CalibrationFiles.defaults());

    @BeforeAll
    static void open() {
        for (MoveNetModel m : MoveNetModel.values()) {
            ESTIMATORS.put(m, MoveNetEstimator.open(m, SharedData.modelsDir(), InferenceSettings.defaults()));
        }
    }

    @AfterAll
    static void close() {
        ESTIMATORS.values().forEach(MoveNetEstimator::close);
    }

    static DeskMeasurement measure(MoveNetModel model, Path photo) {
        return DeskMeasurer.ofStill(ESTIMATORS.get(model).estimate(ImageFiles.read(photo)));
    }

    record Row(String file, String expected, SampleVerdict verdict) {
        String got() {
            return verdict.stateName();
        }

        boolean right() {
            return got().equals(expected);
        }
    }

    @ParameterizedTest
    @EnumSource(MoveNetModel.class)
    void sideViewSittingPhotosAreJudgedAgainstOneUprightPhoto(MoveNetModel model, TestReporter reporter) throws IOException {
        Path dir = SharedData.resolve("images/sitting");
        DeskBaseline baseline = DeskBaseline.of(List.of(measure(model, dir.resolve(SIDE_BASELINE))), Optional.empty(), SIDE_BASELINE);
        assertThat(baseline.view()).isEqualTo(DeskView.SIDE);
        PostureClassifier classifier = new PostureClassifier(SHIPPED, baseline);
        List<Row> rows = new ArrayList<>();
        for (Path photo : photos(dir)) {
            String name = photo.getFileName().toString();
            if (name.equals(SIDE_BASELINE)) {
                continue;
            }
            String expected = name.startsWith("straight") ? "UPRIGHT" : name.startsWith("hunchback") ? "SLOUCHED"
                    : name.startsWith("recline") ? "LEANING back" : "?";
            rows.add(new Row(name, expected, classifier.classify(measure(model, photo), Posture.UPRIGHT)));
        }
        report(reporter, "sitting-" + model.id(), rows);
        assertThat(rows.stream().filter(r -> !r.expected().equals("?") && !r.right()).map(Row::file))
                .as("side-view photos judged wrong by " + model.id()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(MoveNetModel.class)
    void frontWebcamFramesAreJudgedAgainstAFewUprightFrames(MoveNetModel model, TestReporter reporter) throws IOException {
        Path dir = SharedData.resolve("images/desk-front");
        List<DeskMeasurement> base = IntStream.range(0, FRONT_BASELINE_FRAMES)
                .mapToObj(i -> measure(model, dir.resolve(String.format(Locale.ROOT, "upright-%02d.jpg", i)))).toList();
        DeskBaseline baseline = DeskBaseline.of(base, Optional.empty(), "upright-00..04");
        assertThat(baseline.view()).isEqualTo(DeskView.FRONT);
        PostureClassifier classifier = new PostureClassifier(SHIPPED, baseline);
        List<Row> rows = new ArrayList<>();
        for (Path photo : photos(dir)) {
            String name = photo.getFileName().toString();
            if (name.startsWith("upright-") && Integer.parseInt(name.substring(8, 10)) < FRONT_BASELINE_FRAMES) {
                continue;
            }
            String expected = name.startsWith("upright") ? "UPRIGHT" : "SLOUCHED";
            rows.add(new Row(name, expected, classifier.classify(measure(model, photo), Posture.UPRIGHT)));
        }
        report(reporter, "desk-front-" + model.id(), rows);
        assertThat(rows.stream().filter(r -> !r.right()).map(Row::file))
                .as("front webcam frames judged wrong by " + model.id()).isEmpty();
    }

    private static List<Path> photos(Path dir) throws IOException {
        try (var s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".jpg")).sorted().toList();
        }
    }

    private static void report(TestReporter reporter, String name, List<Row> rows) throws IOException {
        StringBuilder table = new StringBuilder("| photo | expected | judged | metrics |\n|---|---|---|---|\n");
        for (Row r : rows) {
            table.append("| ").append(r.file()).append(" | ").append(r.expected()).append(" | ").append(r.got())
                    .append(r.right() || r.expected().equals("?") ? "" : " (miss)").append(" | ")
                    .append(r.verdict().metrics().entrySet().stream()
                            .map(e -> e.getKey() + " " + String.format(Locale.ROOT, "%.2f", e.getValue()))
                            .collect(Collectors.joining(", ")))
                    .append(" |\n");
        }
        Path out = SharedData.projectDir().resolve("target/desk-reports/" + name + ".md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, table.toString());
        reporter.publishEntry(name, "\n" + table);
    }
}
