package dev.formcheck.media;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The caption box: white and yellow text on a darkened box at the top left, nothing elsewhere. */
class OverlayCaptionTest {
    private static final int W = 320;
    private static final int H = 240;

    private static byte[] grey() {
        byte[] rgb = new byte[W * H * 3];
        Arrays.fill(rgb, (byte) 128);
        return rgb;
    }

    private static int[] at(byte[] rgb, int x, int y) {
        int o = (y * W + x) * 3;
        return new int[] {rgb[o] & 0xFF, rgb[o + 1] & 0xFF, rgb[o + 2] & 0xFF};
    }

    private static long count(byte[] rgb, int r, int g, int b) {
        long n = 0;
        for (int i = 0; i < W * H; i++) {
            if ((rgb[3 * i] & 0xFF) == r && (rgb[3 * i + 1] & 0xFF) == g && (rgb[3 * i + 2] & 0xFF) == b) {
                n++;
            }
        }
        return n;
    }

    @Test
    void theTextIsDrawnOnADarkenedBoxAndTheRestOfTheFrameIsUntouched() {
        byte[] rgb = grey();
        new OverlayCaption().drawInto(rgb, W, H, List.of("Squat · 2 reps", "Rounded lower back: Brace"));
        assertThat(at(rgb, 6, 6)).as("inside the box, off the text").containsExactly(38, 38, 38);
        assertThat(at(rgb, W - 1, H - 1)).containsExactly(128, 128, 128);
        assertThat(count(rgb, 255, 255, 255)).as("white pixels of the first line").isGreaterThan(50);
        assertThat(count(rgb, 0xFF, 0xD6, 0x00)).as("yellow pixels of the fault's line").isGreaterThan(50);
    }

    @Test
    void noLinesDrawNothingAndTheSameTextIsDrawnTheSameEachFrame() {
        byte[] untouched = grey();
        OverlayCaption caption = new OverlayCaption();
        caption.drawInto(untouched, W, H, List.of());
        assertThat(untouched).isEqualTo(grey());
        byte[] a = grey();
        byte[] b = grey();
        caption.drawInto(a, W, H, List.of("Plank · held 0:12"));
        caption.drawInto(b, W, H, List.of("Plank · held 0:12"));
        assertThat(a).isEqualTo(b);
    }
}
