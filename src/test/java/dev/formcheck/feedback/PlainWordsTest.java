package dev.formcheck.feedback;

import dev.formcheck.analysis.exercise.Flag;
import dev.formcheck.analysis.exercise.FlagKind;
import dev.formcheck.analysis.exercise.HoldResult;
import dev.formcheck.analysis.exercise.Severity;
import dev.formcheck.kinematics.CameraView;
import dev.formcheck.kinematics.SpineMethod;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;

/** One display name per value, in words a person reads: no enum names, no snake_case, units on numbers. */
class PlainWordsTest {
    @Test
    void aFlagReadsAsItsNameAndHowFarPastItsLimitItWent() {
        Flag flag = new Flag(FlagKind.ROUNDED_BACK, Severity.MODERATE, 1_000_000, 2_000_000, OptionalInt.of(3), 24.3, 15,
                "Keep your back flat");
        assertThat(PlainWords.describe(flag)).isEqualTo("Rounded lower back — 24° past your neutral, limit 15°");
        assertThat(PlainWords.measure(FlagKind.SHALLOW_DEPTH, 32, 15))
                .isEqualTo("thighs 32° above parallel at the bottom, aim for 15° or lower");
    }

    @Test
    void everyValueHasItsOwnNameAndNoneIsAnEnumName() {
        assertThat(Arrays.stream(FlagKind.values()).map(PlainWords::name)).doesNotHaveDuplicates()
                .allSatisfy(n -> assertThat(n).doesNotContain("_").isNotEqualTo(n.toUpperCase()));
        for (FlagKind k : FlagKind.values()) {
            assertThat(PlainWords.measure(k, 20, 10)).contains("20°").contains("10°");
        }
        assertThat(Arrays.stream(SpineMethod.values()).map(PlainWords::name)).doesNotHaveDuplicates()
                .allSatisfy(n -> assertThat(n).doesNotContain("_"));
        assertThat(Arrays.stream(CameraView.values()).map(PlainWords::name)).doesNotHaveDuplicates();
        assertThat(Arrays.stream(Severity.values()).map(PlainWords::name)).doesNotHaveDuplicates();
    }

    @Test
    void exerciseNamesAndTimesReadAsWords() {
        assertThat(PlainWords.exercise("romanian-deadlift")).isEqualTo("Romanian deadlift");
        assertThat(PlainWords.exercise("auto")).isEqualTo("Recognise it for me");
        assertThat(PlainWords.minutesSeconds(65_400_000)).isEqualTo("1:05");
    }

    @Test
    void photoPositionsAndDeskTimeKeysReadAsWords() {
        assertThat(Arrays.stream(dev.formcheck.analysis.exercise.StillJudge.Position.values()).map(PlainWords::name))
                .doesNotHaveDuplicates().allSatisfy(n -> assertThat(n).doesNotContain("_").isLowerCase());
        assertThat(PlainWords.deskTime("UPRIGHT")).isEqualTo("upright");
        assertThat(PlainWords.deskTime("LEANING_BACK")).isEqualTo("leaning back");
        assertThat(PlainWords.deskTime("CAMERA_BUSY")).isEqualTo("camera busy");
        assertThat(PlainWords.deskTime("FORWARD_HEAD")).isEqualTo("head forward");
    }

    @Test
    void aHoldOnOneSideSaysWhichInWordsAndOtherHoldsSayNothing() {
        HoldResult left = new HoldResult(0, 25_000_000, 25_000_000, 25_000_000, 0,
                Optional.of(dev.formcheck.kinematics.BodySide.LEFT));

        assertThat(PlainWords.holdSide(left)).isEqualTo(", on your left side");
        assertThat(PlainWords.holdSide(new HoldResult(0, 25_000_000, 25_000_000, 25_000_000, 0))).isEmpty();
    }
}
