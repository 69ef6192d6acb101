package dev.formcheck.analysis.exercise;

import dev.formcheck.analysis.thresholds.CalibrationFiles;
import dev.formcheck.analysis.thresholds.Thresholds;
import dev.formcheck.kinematics.CameraView;
import dev.formcheck.kinematics.NeutralPosture;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** One photo as an exercise's position: what is judged where. */
class StillJudgeTest {
    private static final Thresholds T = CalibrationFiles.defaults();
    private static final Exercises EXERCISES = Exercises.from(T);
    private static final AnalysisSettings SETTINGS = AnalysisSettings.of(T, Load.BODYWEIGHT, NeutralPosture.defaults());

    private static StillJudge.StillResult squatPhoto(double thigh) {
        return StillJudge.judge(Frames.at(0).view(CameraView.OBLIQUE).trunk(20).hip(120).knee(120).head(170).thigh(thigh)
                .build(), EXERCISES.get("squat"), SETTINGS);
    }

    /**
     * A squat photo part way between standing and the bottom (a hack squat's lockout leaning on the
     * pad, a moment of the descent) is not a rep's deepest point: in a video such a moment never
     * counts a rep, so its depth is not judged either (issue 12, tune half: the false shallow-depth
     * flag on a hack squat's lockout, thigh 59.9 deg). At the bottom's crossing, depth is judged.
     */
    @Test
    void depthIsJudgedOnlyOnAPhotoThatReachedTheBottom() {
        double bottomMax = T.degrees("squat.thigh.bottom_max");
        double standingMin = T.degrees("squat.thigh.standing_min");
        double frontMin = T.degrees("flags.shallow_depth.thigh_min_front");

        StillJudge.StillResult partWay = squatPhoto((bottomMax + standingMin) / 2);
        assertThat(partWay.position()).isEqualTo(StillJudge.Position.WORKING);
        assertThat(partWay.flags()).isEmpty();
        assertThat(partWay.notes()).anyMatch(n -> n.startsWith("SHALLOW_DEPTH not judged: the photo is part way down or up"));

        StillJudge.StillResult shallowBottom = squatPhoto(bottomMax);
        assertThat(bottomMax).isGreaterThan(frontMin);
        assertThat(shallowBottom.flags()).extracting(Flag::kind).containsExactly(FlagKind.SHALLOW_DEPTH);

        assertThat(squatPhoto(frontMin - 5).flags()).as("deep enough").isEmpty();
    }
}
