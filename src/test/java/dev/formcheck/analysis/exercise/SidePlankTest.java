package dev.formcheck.analysis.exercise;

import dev.formcheck.analysis.thresholds.CalibrationFiles;
import dev.formcheck.analysis.thresholds.Thresholds;
import dev.formcheck.kinematics.BodySide;
import dev.formcheck.kinematics.CameraView;
import dev.formcheck.kinematics.KinematicFrame;
import dev.formcheck.kinematics.NeutralPosture;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.DoubleUnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The side plank, shipped as a file: a hold judged from the front by the body's line across the
 * frame (frontal_body_line), with the thigh's inclination telling lying from standing. Hand-made
 * frames: standing 0-3 s, the side plank 3-25 s, standing again.
 */
class SidePlankTest {
    private static final Thresholds T = CalibrationFiles.defaults();
    private static final Exercises EXERCISES = Exercises.from(T);
    private static final AnalysisSettings SETTINGS = AnalysisSettings.of(T, Load.BODYWEIGHT, NeutralPosture.defaults());
    private static final double FPS = 30;

    /** Standing facing the camera (a straight line too), then the side plank with {@code line(t)}, then standing. */
    private static List<KinematicFrame> sidePlank(CameraView view, DoubleUnaryOperator line) {
        return Frames.series(0, 28, FPS, t -> t < 3 || t > 25
                ? Frames.at(t).view(view).thigh(88).elbow(170).frontalLine(180, BodySide.LEFT)
                : Frames.at(t).view(view).thigh(14).elbow(90).frontalLine(line.applyAsDouble(t), BodySide.LEFT));
    }

    private static ExerciseResult run(List<KinematicFrame> frames) {
        ExerciseAnalyzer a = new ExerciseAnalyzer(EXERCISES.get("side-plank"), SETTINGS);
        frames.forEach(a::next);
        return a.finish();
    }

    @Test
    void aCleanSidePlankIsTimedAndNotFlagged() {
        ExerciseResult r = run(sidePlank(CameraView.FRONT, t -> 180 + 3 * Math.sin(t)));

        assertThat(r.flags()).isEmpty();
        assertThat(r.holds()).singleElement().satisfies(h -> {
            assertThat(h.startMicros() / 1e6).isCloseTo(3, within(0.1));
            assertThat(h.endMicros() / 1e6).isCloseTo(25, within(0.1));
            assertThat(h.goodFormMicros() / 1e6).isCloseTo(22, within(0.2));
        });
    }

    @Test
    void hipsSaggingTowardsTheFloorAreFlaggedWhileTheHoldGoesOn() {
        double sag = T.degrees("flags.hips_sagging.min") + 8;
        ExerciseResult r = run(sidePlank(CameraView.FRONT, t -> t >= 10 && t < 14 ? 180 + sag : 180));

        assertThat(r.holds()).singleElement().satisfies(h -> assertThat(h.goodFormMicros() / 1e6).isCloseTo(18, within(0.5)));
        assertThat(r.flags()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(FlagKind.HIPS_SAGGING);
            assertThat(f.startMicros() / 1e6).isCloseTo(10, within(0.05));
            assertThat(f.endMicros() / 1e6).isCloseTo(14, within(0.05));
        });
    }

    @Test
    void hipsPikedAreFlagged() {
        double pike = T.degrees("flags.hips_piked.min") + 5;
        ExerciseResult r = run(sidePlank(CameraView.FRONT, t -> t >= 10 && t < 14 ? 180 - pike : 180));

        assertThat(r.holds()).hasSize(1);
        assertThat(r.flags()).singleElement().satisfies(f -> assertThat(f.kind()).isEqualTo(FlagKind.HIPS_PIKED));
    }

    @Test
    void hipsJustInsideTheThresholdsAreNotFlagged() {
        double sag = T.degrees("flags.hips_sagging.min") - 2;
        double pike = T.degrees("flags.hips_piked.min") - 2;
        ExerciseResult r = run(sidePlank(CameraView.FRONT, t -> t < 12 ? 180 + sag : 180 - pike));

        assertThat(r.flags()).isEmpty();
        assertThat(r.holds()).hasSize(1);
    }

    @Test
    void eachHoldSaysTheSideItRestsOnAndAPlankSaysNone() {
        // Left side 3-25 s, up on the knees 25-30 s, right side 30-52 s (one frame in ten reading the other side).
        List<KinematicFrame> frames = Frames.series(0, 55, FPS, t -> {
            if (t < 3 || (t > 25 && t < 30) || t > 52) {
                return Frames.at(t).view(CameraView.FRONT).thigh(88).elbow(170).frontalLine(180, BodySide.LEFT);
            }
            BodySide down = t < 28 ? BodySide.LEFT : BodySide.RIGHT;
            boolean misread = Math.round(t * FPS) % 10 == 0;
            return Frames.at(t).view(CameraView.FRONT).thigh(14).elbow(90).frontalLine(180, misread ? down.opposite() : down);
        });

        ExerciseResult r = run(frames);

        assertThat(r.holds()).hasSize(2);
        assertThat(r.holds().get(0).side()).contains(BodySide.LEFT);
        assertThat(r.holds().get(1).side()).contains(BodySide.RIGHT);
        assertThat(r.holds().get(1).startMicros() / 1e6).isCloseTo(30, within(0.1));

        ExerciseAnalyzer plank = new ExerciseAnalyzer(EXERCISES.get("plank"), SETTINGS);
        Frames.series(0, 10, FPS, t -> Frames.at(t).lying(90).frontalLine(180, BodySide.LEFT)).forEach(plank::next);
        assertThat(plank.finish().holds()).singleElement().satisfies(h -> assertThat(h.side()).isEmpty());
    }

    @Test
    void seenSideOnTheLineCannotBeReadAndNothingIsTimed() {
        // Side-on the frontal line is a WrongView in real frames; hand-made here as not measured.
        List<KinematicFrame> frames = Frames.series(0, 20, FPS, t -> Frames.at(t).view(CameraView.SIDE).thigh(14).elbow(90));

        ExerciseResult r = run(frames);

        assertThat(r.holds()).isEmpty();
        assertThat(r.flags()).isEmpty();
    }
}
