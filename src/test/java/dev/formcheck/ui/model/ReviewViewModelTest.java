package dev.formcheck.ui.model;

import dev.formcheck.analysis.exercise.FlagKind;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/** The review's words and colours that do not need a recording (the rest is in MainWindowGuiTest). */
class ReviewViewModelTest {
    @Test
    void theThighAtTheBottomReadsAgainstParallel() {
        assertThat(ReviewViewModel.thigh(37.4)).isEqualTo("thighs 37° short of parallel");
        assertThat(ReviewViewModel.thigh(-3.2)).isEqualTo("thighs 3° past parallel");
        assertThat(ReviewViewModel.thigh(0.3)).isEqualTo("thighs parallel");
        assertThat(ReviewViewModel.spine(12.4)).isEqualTo("12° rounded from neutral");
        assertThat(ReviewViewModel.spine(-5)).isEqualTo("5° arched from neutral");
    }

    @Test
    void everyFlagKindHasItsOwnColourFromTheColourBlindSafePalette() {
        assertThat(Arrays.stream(FlagKind.values()).map(ReviewViewModel::colourOf)).doesNotHaveDuplicates()
                .allSatisfy(c -> assertThat(ReviewViewModel.PALETTE).contains(c));
    }
}
