package dev.formcheck.analysis.exercise;

import dev.formcheck.analysis.thresholds.CalibrationFiles;
import dev.formcheck.analysis.thresholds.Thresholds;
import dev.formcheck.kinematics.KinematicFrame;
import dev.formcheck.kinematics.LimbSides;
import dev.formcheck.kinematics.NeutralPosture;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * KNEE_CAVE in the squat's file: a knee inside its hip-ankle line past {@code flags.knee_cave.min}
 * at the bottom of a rep is flagged on that rep; knees over the feet are not. Hand-made frames:
 * three squats of 3 s from 1 s, the knees caving on the second.
 */
class KneeCaveCheckTest {
    private static final Thresholds T = CalibrationFiles.defaults();
    private static final double FPS = 30;

    private static List<KinematicFrame> squats(double caveOnSecond) {
        return Frames.series(0, 11, FPS, t -> {
            double into = t - 1;
            int rep = (int) Math.floor(into / 3) + 1;
            double inRep = into - (rep - 1) * 3;
            double d = into < 0 || rep > 3 || inRep >= 2 ? 0 : Math.sin(Math.PI * inRep / 2);
            double cave = rep == 2 ? caveOnSecond * d : -3 * d;
            return Frames.at(t).standing().thigh(88 - 85 * d).limbs(LimbSides.kneeCaving(cave));
        });
    }

    private static ExerciseResult run(List<KinematicFrame> frames) {
        ExerciseAnalyzer a = new ExerciseAnalyzer(Exercises.from(T).get("squat"),
                AnalysisSettings.of(T, Load.BODYWEIGHT, NeutralPosture.defaults()));
        frames.forEach(a::next);
        return a.finish();
    }

    @Test
    void aKneeCavingInAtTheBottomIsFlaggedOnItsRep() {
        ExerciseResult r = run(squats(T.degrees("flags.knee_cave.min") + 6));

        assertThat(r.reps()).hasSize(3);
        assertThat(r.flags()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(FlagKind.KNEE_CAVE);
            assertThat(f.rep()).hasValue(2);
        });
    }

    @Test
    void aSideOnSetIsNotToldToFaceTheCameraForTheKneesButItsChecksSayWhy() {
        LimbSides sideOn = new LimbSides(LimbSides.NOT_MEASURED.kneeSplit(), java.util.Optional.empty(),
                LimbSides.NOT_MEASURED.armElevation(), java.util.Optional.empty(),
                new dev.formcheck.kinematics.WrongView(dev.formcheck.kinematics.CameraView.SIDE, LimbSides.FACE_FOR_KNEES));
        List<KinematicFrame> frames = Frames.series(0, 11, FPS, t -> {
            double into = t - 1;
            double inRep = into - Math.floor(into / 3) * 3;
            double d = into < 0 || into >= 9 || inRep >= 2 ? 0 : Math.sin(Math.PI * inRep / 2);
            return Frames.at(t).standing().thigh(88 - 85 * d).limbs(sideOn);
        });

        ExerciseResult r = run(frames);

        assertThat(r.reps()).hasSize(3);
        assertThat(r.notes()).as("side-on is the view the back needs: no note asks to turn for the knees")
                .noneSatisfy(n -> assertThat(n).contains("Face the camera"));
        assertThat(r.checks()).filteredOn(c -> c.kind() == FlagKind.KNEE_CAVE).singleElement()
                .satisfies(c -> assertThat(c.whyNotJudged()).hasValue(LimbSides.FACE_FOR_KNEES));
    }

    @Test
    void kneesJustInsideTheLineAreNotFlagged() {
        ExerciseResult r = run(squats(T.degrees("flags.knee_cave.min") - 4));

        assertThat(r.reps()).hasSize(3);
        assertThat(r.flags()).isEmpty();
    }
}
