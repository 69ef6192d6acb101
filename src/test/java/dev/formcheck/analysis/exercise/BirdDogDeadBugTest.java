package dev.formcheck.analysis.exercise;

import dev.formcheck.analysis.thresholds.CalibrationFiles;
import dev.formcheck.analysis.thresholds.Thresholds;
import dev.formcheck.kinematics.BodySide;
import dev.formcheck.kinematics.KinematicFrame;
import dev.formcheck.kinematics.LimbSideRules;
import dev.formcheck.kinematics.LimbSides;
import dev.formcheck.kinematics.Measurement;
import dev.formcheck.kinematics.NeutralPosture;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bird-dog and the dead bug, shipped as files: reps of the reaching leg (the knees level at rest,
 * a thigh apart in height reached out), one per side, the side of the reaching arm, told by the legs. Hand-made side-on
 * frames: standing 0-2 s, then on the floor with reps of 3 s (2 s out and back, 1 s at rest)
 * alternating arms, then standing again.
 */
class BirdDogDeadBugTest {
    private static final Thresholds T = CalibrationFiles.defaults();
    private static final Exercises EXERCISES = Exercises.from(T);
    private static final AnalysisSettings SETTINGS = AnalysisSettings.of(T, Load.BODYWEIGHT, NeutralPosture.defaults());
    private static final double FPS = 30;

    /** {@code reps} reaches alternating left, right, ...; the back arched by {@code arch} on rep {@code archedRep}. */
    private static List<KinematicFrame> reaches(int reps, double trunk, int archedRep, double arch) {
        return reaches(reps, trunk, archedRep, arch, true);
    }

    /** As above; with {@code armsTell} false no frame says which arm is raised (MoveNet's elbows both on one arm). */
    private static List<KinematicFrame> reaches(int reps, double trunk, int archedRep, double arch, boolean armsTell) {
        double end = 2 + reps * 3;
        return Frames.series(0, end + 2, FPS, t -> {
            if (t < 1.5 || t > end + 0.5) {
                return Frames.at(t).standing().spine(0, 0.8);
            }
            double into = t - 2;
            int rep = (int) Math.floor(into / 3) + 1;
            double inRep = into - (rep - 1) * 3;
            double d = into < 0 || rep > reps || inRep >= 2 ? 0 : Math.sin(Math.PI * inRep / 2);
            BodySide side = rep % 2 == 1 ? BodySide.LEFT : BodySide.RIGHT;
            Frames f = Frames.at(t).lying(170).trunk(trunk).spine(rep == archedRep ? -arch * d : 0, 0.8);
            // the leg reaching with the arm: lifted back on all fours (its knee higher), lowered lying on the back (the other higher)
            BodySide higherKnee = trunk > 0 ? side.opposite() : side;
            double split = 45 * d;
            return f.limbs(new LimbSides(Measurement.of(split),
                    split >= LimbSideRules.defaults().minKneeSplitDegrees() ? Optional.of(higherKnee) : Optional.empty(),
                    Measurement.of(90 + 85 * d), armsTell && d > 0.5 ? Optional.of(side) : Optional.empty()));
        });
    }

    private static ExerciseResult run(String exercise, List<KinematicFrame> frames) {
        ExerciseAnalyzer a = new ExerciseAnalyzer(EXERCISES.get(exercise), SETTINGS);
        frames.forEach(a::next);
        return a.finish();
    }

    @Test
    void birdDogsAreCountedOnePerSideOnTheReachingArm() {
        ExerciseResult r = run("bird-dog", reaches(6, 80, 0, 0));

        assertThat(r.reps()).extracting(RepResult::side).containsExactly(Optional.of(BodySide.LEFT),
                Optional.of(BodySide.RIGHT), Optional.of(BodySide.LEFT), Optional.of(BodySide.RIGHT),
                Optional.of(BodySide.LEFT), Optional.of(BodySide.RIGHT));
        assertThat(r.sideBalance().orElseThrow().repDifference()).isZero();
        assertThat(r.flags()).isEmpty();
    }

    @Test
    void aDeadBugsLowerBackLiftingOffTheFloorIsFlaggedOnItsRep() {
        double arch = T.degrees("flags.lumbar_hyperextension.extension_min") + 8;
        ExerciseResult r = run("dead-bug", reaches(4, -80, 3, arch));

        assertThat(r.reps()).hasSize(4);
        assertThat(r.flags()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(FlagKind.LUMBAR_HYPEREXTENSION);
            assertThat(f.rep()).hasValue(3);
            assertThat(r.reps().get(2).side()).hasValue(BodySide.LEFT);
        });
    }

    /**
     * Seen from the side, MoveNet loses the far arm (rendered bird-dog: its elbow flickers between
     * the reaching arm and the hanging one; dead bug: both elbows on the near arm), so no frame says
     * which arm reaches. The legs still do: the lifted leg (bird-dog) is opposite the reaching arm,
     * the leg still bent over the hip (dead bug) on its side. Decision 0073.
     */
    @Test
    void whenTheArmsCannotBeToldApartTheLegsSayTheSide() {
        ExerciseResult birdDog = run("bird-dog", reaches(4, 80, 0, 0, false));
        ExerciseResult deadBug = run("dead-bug", reaches(4, -80, 0, 0, false));

        for (ExerciseResult r : List.of(birdDog, deadBug)) {
            assertThat(r.reps()).extracting(RepResult::side).containsExactly(Optional.of(BodySide.LEFT),
                    Optional.of(BodySide.RIGHT), Optional.of(BodySide.LEFT), Optional.of(BodySide.RIGHT));
        }
    }
}
