package dev.formcheck.kinematics;

import dev.formcheck.capture.ImageFiles;
import dev.formcheck.pose.InferenceSettings;
import dev.formcheck.pose.MoveNetEstimator;
import dev.formcheck.pose.MoveNetModel;
import dev.formcheck.pose.Pose;
import dev.formcheck.testing.RequiresSharedData;
import dev.formcheck.testing.SharedData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kinematics on real photos: Thunder on each labelled photo of {@code images/exercises/}, the
 * view against the {@code view} label, the spine estimate against the {@code back} label, and
 * the spine estimate on the side-on sitting photos ({@code images/sitting/}: straight against
 * hunchback). Tables go to {@code target/kinematics-reports/} and docs/kinematics.md.
 */
@RequiresSharedData
class RealPhotoKinematicsTest {
    /**
     * Share of photos labelled plainly side or front whose view must be detected right. 85% is
     * the bar the brief suggests; measured (2026-12, Thunder, 24 photos): see
     * docs/kinematics.md (22 of 24). The detector's references come from the rendered body, not from these
     * photos, so this is a held-out check.
     */
    static final double MIN_VIEW_ACCURACY = 0.85;
    /**
     * Share of photos labelled oblique-side or oblique-front that must read OBLIQUE or the named
     * neighbour, not the opposite plain view. Measured (2026-11, Thunder, 26 photos): 21 before the
     * torso's lean was undone (five trunks bent towards the camera read FRONT), 25 after
     * (docs/kinematics.md); 0.9 allows two of those 25 to slip.
     */
    static final double MIN_OBLIQUE_NOT_OPPOSITE = 0.9;

    /**
     * The spine estimate must rank rounded photos above neutral ones more often than chance, by a
     * margin: 0.6. Measured 0.76; with 5 rounded and 30 neutral photos each pair is 1/150 of it.
     */
    static final double MIN_SPINE_AUC = 0.6;
    /** At least two of the five rounded backs go beyond the hip's reach (measured: three). */
    static final double MIN_ROUNDED_WITH_HIP_EXCESS = 0.4;
    /** At most six of the thirty neutral backs do (measured: four). */
    static final double MAX_NEUTRAL_WITH_HIP_EXCESS = 0.2;

    static MoveNetEstimator thunder;
    static final Map<String, Pose> POSES = new LinkedHashMap<>();

    record Label(String file, String family, String position, String view, String back, String hips) {
    }

    @BeforeAll
    static void open() throws IOException {
        thunder = MoveNetEstimator.open(MoveNetModel.THUNDER, SharedData.modelsDir(), InferenceSettings.defaults());
    }

    @AfterAll
    static void close() {
        thunder.close();
    }

    static Pose pose(Path photo) {
        return POSES.computeIfAbsent(photo.toString(), k -> thunder.estimate(ImageFiles.read(photo)));
    }

    static List<Label> labels() throws IOException {
        List<String> lines = Files.readAllLines(SharedData.resolve("images/exercises/labels.csv"));
        List<Label> out = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", 8);
            out.add(new Label(f[0], f[1], f[3], f[4], f[5], f[6]));
        }
        return out;
    }

    static Path exercise(Label l) {
        return SharedData.resolve("images/exercises/" + l.file());
    }

    @Test
    void theViewOfPhotosLabelledSideOrFrontIsDetectedInAtLeast85PercentAndObliqueOnesNotAsTheOppositeView(TestReporter report) throws IOException {
        StringBuilder table = new StringBuilder("| photo | label | detected | turn | confidence | |\n|---|---|---|---|---|---|\n");
        int plain = 0;
        int plainRight = 0;
        int oblique = 0;
        int obliqueStrict = 0;
        int obliqueNeighbour = 0;
        for (Label l : labels()) {
            ViewEstimate v = ViewDetector.detect(pose(exercise(l)));
            String verdict;
            switch (l.view()) {
                case "side", "front" -> {
                    plain++;
                    boolean right = v.view().name().equalsIgnoreCase(l.view());
                    plainRight += right ? 1 : 0;
                    verdict = right ? "right" : "WRONG";
                }
                default -> {
                    oblique++;
                    String neighbour = l.view().substring("oblique-".length());
                    boolean strict = v.view() == CameraView.OBLIQUE;
                    boolean near = v.view().name().equalsIgnoreCase(neighbour);
                    obliqueStrict += strict ? 1 : 0;
                    obliqueNeighbour += strict || near ? 1 : 0;
                    verdict = strict ? "right" : near ? "neighbour" : "WRONG";
                }
            }
            table.append(String.format(Locale.ROOT, "| %s | %s | %s | %.0f | %.2f | %s |%n", l.file(), l.view(), v.view(),
                    v.turnDegrees(), v.confidence(), verdict));
        }
        double accuracy = (double) plainRight / plain;
        table.append(String.format(Locale.ROOT, "%nlabelled side or front: %d of %d right (%.0f%%)%n", plainRight, plain, 100 * accuracy));
        table.append(String.format(Locale.ROOT, "labelled oblique-side or oblique-front: %d of %d OBLIQUE, %d of %d OBLIQUE or the named neighbour%n",
                obliqueStrict, oblique, obliqueNeighbour, oblique));
        Reports.publish(report, "view-real-photos", table.toString());
        assertThat(accuracy).as(table.toString()).isGreaterThanOrEqualTo(MIN_VIEW_ACCURACY);
        assertThat((double) obliqueNeighbour / oblique).as(table.toString()).isGreaterThanOrEqualTo(MIN_OBLIQUE_NOT_OPPOSITE);
    }

    /**
     * The spine estimate on photos whose back is labelled neutral or rounded, side-on or
     * oblique-side (where the back can be judged), with the default neutral (no calibration:
     * these are strangers). Read twice: as the app would (a FRONT view gets "turn side-on"),
     * and forced (the estimator told the view is side-on), to see the estimate itself.
     */
    @Test
    void theSpineEstimateOnPhotosLabelledNeutralOrRoundedIsReported(TestReporter report) throws IOException {
        StringBuilder table = new StringBuilder("| photo | back | view | estimate (app) | forced | head line drop | hip excess | decided by | confidence |\n"
                + "|---|---|---|---|---|---|---|---|---|\n");
        List<Double> neutral = new ArrayList<>();
        List<Double> rounded = new ArrayList<>();
        List<Double> neutralHip = new ArrayList<>();
        List<Double> roundedHip = new ArrayList<>();
        KeypointSpineEstimator estimator = new KeypointSpineEstimator(NeutralPosture.defaults());
        for (Label l : labels()) {
            if (!(l.view().equals("side") || l.view().equals("oblique-side")) || !(l.back().equals("neutral") || l.back().equals("rounded"))) {
                continue;
            }
            Pose pose = pose(exercise(l));
            KinematicFrame frame = Kinematics.ofStill(pose, NeutralPosture.defaults());
            BodySide side = frame.side().orElseThrow();
            // forced: the app's estimate where it gave one; where the view refused, the estimator
            // told the view is side-on (on the unrepaired keypoints: the swap repair ran for a FRONT view)
            Optional<KeypointSpineEstimate> forced = frame.spine().estimateIfPresent().map(KeypointSpineEstimate.class::cast)
                    .or(() -> estimator.estimate(pose, side, frame.facing(), new ViewEstimate(CameraView.SIDE, 1, 90, 3))
                            .estimateIfPresent().map(KeypointSpineEstimate.class::cast));
            String app = frame.spine().estimateIfPresent().map(e -> String.format(Locale.ROOT, "%+.1f", e.flexionDegrees()))
                    .orElse(frame.spine().whyMissing().orElse(""));
            table.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s | %s | %s |%n", l.file(), l.back(), frame.view().view(), app,
                    forced.map(e -> String.format(Locale.ROOT, "%+.1f", e.flexionDegrees())).orElse("-"),
                    forced.map(e -> fmt(e.headLineDropDegrees())).orElse("-"),
                    forced.map(e -> fmt(e.hipRangeExcessDegrees())).orElse("-"),
                    forced.map(e -> e.hipRangeDecided() ? "hip" : "head").orElse("-"),
                    forced.map(e -> String.format(Locale.ROOT, "%.2f", e.confidence())).orElse("-")));
            if (forced.isPresent()) {
                (l.back().equals("rounded") ? rounded : neutral).add(forced.get().flexionDegrees());
                forced.get().hipRangeExcessDegrees().ifPresent(x -> (l.back().equals("rounded") ? roundedHip : neutralHip).add(x));
            }
        }
        table.append(String.format(Locale.ROOT, "%nforced estimate: neutral n=%d median %+.1f (range %+.1f..%+.1f); rounded n=%d median %+.1f (range %+.1f..%+.1f)%n",
                neutral.size(), median(neutral), min(neutral), max(neutral), rounded.size(), median(rounded), min(rounded), max(rounded)));
        table.append(String.format(Locale.ROOT, "separation (AUC, chance that a rounded photo reads higher than a neutral one): estimate %.2f, hip excess alone %.2f%n",
                auc(rounded, neutral), auc(roundedHip, neutralHip)));
        table.append(String.format(Locale.ROOT, "hip excess > 0: rounded %d of %d, neutral %d of %d%n",
                count(roundedHip), roundedHip.size(), count(neutralHip), neutralHip.size()));
        Reports.publish(report, "spine-real-photos", table.toString());
        assertThat(rounded).as("every rounded photo gets an estimate").hasSize(5);
        assertThat(neutral.size()).as("neutral photos with an estimate").isGreaterThanOrEqualTo(20);
        // What holds with margin (measured: AUC 0.76; hip excess in 3 of 5 rounded, 4 of 30 neutral).
        // What does not: the estimate's values overlap widely (neutral -54..+61), so no threshold
        // on it separates these photos; see docs/kinematics.md.
        assertThat(auc(rounded, neutral)).as(table.toString()).isGreaterThan(MIN_SPINE_AUC);
        assertThat((double) count(roundedHip) / roundedHip.size()).isGreaterThanOrEqualTo(MIN_ROUNDED_WITH_HIP_EXCESS);
        assertThat((double) count(neutralHip) / neutralHip.size()).isLessThanOrEqualTo(MAX_NEUTRAL_WITH_HIP_EXCESS);
    }

    /** Side-on photos of one person sitting (images/sitting): straight (good) against hunchback (slouched), originals and mirrored. */
    @Test
    void theSpineEstimateOnSittingPhotosIsReported(TestReporter report) throws IOException {
        StringBuilder table = new StringBuilder("| photo | view | head line | estimate | decided by |\n|---|---|---|---|---|\n");
        List<Double> straight = new ArrayList<>();
        List<Double> hunched = new ArrayList<>();
        try (Stream<Path> files = Files.list(SharedData.resolve("images/sitting"))) {
            for (Path photo : files.filter(p -> p.toString().endsWith(".jpg")).sorted().toList()) {
                String name = photo.getFileName().toString();
                KinematicFrame frame = Kinematics.ofStill(pose(photo), NeutralPosture.defaults());
                Optional<KeypointSpineEstimate> e = frame.spine().estimateIfPresent().map(KeypointSpineEstimate.class::cast);
                table.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s |%n", name, frame.view().view(),
                        frame.angles().headNeck().valueIfPresent().isPresent()
                                ? String.format(Locale.ROOT, "%.1f", frame.angles().headNeck().valueIfPresent().getAsDouble()) : "-",
                        e.map(x -> String.format(Locale.ROOT, "%+.1f", x.flexionDegrees())).orElse(frame.spine().whyMissing().orElse("")),
                        e.map(x -> x.hipRangeDecided() ? "hip" : "head").orElse("-")));
                if (e.isPresent() && name.startsWith("straight")) {
                    straight.add(e.get().flexionDegrees());
                } else if (e.isPresent() && name.startsWith("hunchback")) {
                    hunched.add(e.get().flexionDegrees());
                }
            }
        }
        table.append(String.format(Locale.ROOT, "%nstraight n=%d median %+.1f (range %+.1f..%+.1f); hunchback n=%d median %+.1f (range %+.1f..%+.1f); AUC %.2f%n",
                straight.size(), median(straight), min(straight), max(straight), hunched.size(), median(hunched), min(hunched), max(hunched),
                auc(hunched, straight)));
        Reports.publish(report, "spine-sitting-photos", table.toString());
        // Reported, not asserted: on these photos the head line does not separate slouched from
        // upright sitting (measured AUC 0.17: the slouched person lifts the head, the upright one
        // does not; the hips are flexed 90 degrees, so the hip's range says nothing).
        assertThat(straight).isNotEmpty();
        assertThat(hunched).isNotEmpty();
    }

    static String fmt(java.util.OptionalDouble d) {
        return d.isPresent() ? String.format(Locale.ROOT, "%+.1f", d.getAsDouble()) : "-";
    }

    static double median(List<Double> v) {
        if (v.isEmpty()) {
            return Double.NaN;
        }
        List<Double> s = v.stream().sorted().toList();
        int n = s.size();
        return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
    }

    static double min(List<Double> v) {
        return v.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
    }

    static double max(List<Double> v) {
        return v.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    }

    static long count(List<Double> v) {
        return v.stream().filter(x -> x > 0).count();
    }

    /** Probability that a value from {@code high} exceeds one from {@code low} (ties count half): the area under the ROC curve. */
    static double auc(List<Double> high, List<Double> low) {
        if (high.isEmpty() || low.isEmpty()) {
            return Double.NaN;
        }
        double wins = 0;
        for (double h : high) {
            for (double l : low) {
                wins += h > l ? 1 : h == l ? 0.5 : 0;
            }
        }
        return wins / (high.size() * low.size());
    }
}
