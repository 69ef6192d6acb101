package dev.formcheck.pose;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class CropRegionTest {
    @Test
    void aPointInCropCoordinatesMapsToItsFramePixelAndBack() {
        CropRegion crop = new CropRegion(-50, 120, 400);
        assertThat(crop.frameX(0)).isEqualTo(-50.0);
        assertThat(crop.frameX(1)).isEqualTo(350.0);
        assertThat(crop.frameY(0.5)).isEqualTo(320.0);
        for (double n = 0; n <= 1; n += 0.125) {
            assertThat(crop.normalisedX(crop.frameX(n))).isCloseTo(n, within(1e-12));
            assertThat(crop.normalisedY(crop.frameY(n))).isCloseTo(n, within(1e-12));
        }
        assertThat(crop.right()).isEqualTo(350);
        assertThat(crop.bottom()).isEqualTo(520);
    }

    @Test
    void theFullFrameCropCentresTheFrameInASquareOfItsLongerSide() {
        CropRegion portrait = CropRegion.fullFrame(608, 1080);
        assertThat(portrait.size()).isEqualTo(1080);
        assertThat(portrait.frameX(0.5)).as("the frame's centre column").isEqualTo(304.0);
        assertThat(portrait.frameY(0)).isEqualTo(0.0);
    }

    @Test
    void anEmptySquareIsRefusedWithTheRange() {
        assertThatThrownBy(() -> new CropRegion(0, 0, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a crop region's side must be at least 1 pixel, not 0");
        assertThatThrownBy(() -> CropRegion.fullFrame(0, 10))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("frame size must be positive, not 0x10");
    }
}
