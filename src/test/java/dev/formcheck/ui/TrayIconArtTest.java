package dev.formcheck.ui;

import org.junit.jupiter.api.Test;

import java.awt.Dimension;
import java.awt.Image;
import java.awt.image.BufferedImage;
import java.awt.image.MultiResolutionImage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TrayIconArtTest {
    @Test
    void hasTheTraySlotsSizeAndTheScreensDevicePixels() {
        assertThat(variantWidths(TrayIconArt.image(new Dimension(24, 24), 2.0))).containsExactly(24, 48);
        assertThat(variantWidths(TrayIconArt.image(new Dimension(22, 22), 1.25))).containsExactly(22, 28);
    }

    @Test
    void atScaleOneHasOneVariant() {
        assertThat(variantWidths(TrayIconArt.image(new Dimension(24, 24), 1.0))).containsExactly(24);
    }

    @Test
    void aNonSquareSlotGetsASquareIconThatFits() {
        assertThat(variantWidths(TrayIconArt.image(new Dimension(32, 24), 1.0))).containsExactly(24);
    }

    @Test
    void aTinySlotStillGetsALegibleIcon() {
        assertThat(variantWidths(TrayIconArt.image(new Dimension(8, 8), 1.0))).containsExactly(TrayIconArt.MIN_PIXELS);
    }

    @Test
    void refusesANonsenseScale() {
        assertThatThrownBy(() -> TrayIconArt.image(new Dimension(24, 24), 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("screen scale must be positive and finite, got 0.0");
    }

    @Test
    void drawsAFigureOnABadgeWithTransparentCorners() {
        int size = 64;
        BufferedImage icon = TrayIconArt.draw(size);

        assertThat(alpha(icon.getRGB(0, 0))).isZero();
        assertThat(alpha(icon.getRGB(size - 1, size - 1))).isZero();
        assertThat(icon.getRGB(size / 5, size / 2)).isEqualTo(TrayIconArt.BADGE.getRGB());
        assertThat(icon.getRGB(size / 2, (int) (size * 0.23))).isEqualTo(TrayIconArt.FIGURE.getRGB()); // head
        assertThat(icon.getRGB(size / 2, (int) (size * 0.70))).isEqualTo(TrayIconArt.FIGURE.getRGB()); // back
    }

    private static int[] variantWidths(Image image) {
        assertThat(image).isInstanceOf(MultiResolutionImage.class);
        return ((MultiResolutionImage) image).getResolutionVariants().stream()
                .mapToInt(variant -> variant.getWidth(null))
                .toArray();
    }

    private static int alpha(int argb) {
        return argb >>> 24;
    }
}
