package dev.formcheck.pose;

import dev.formcheck.capture.RgbImage;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.IntBuffer;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class LetterboxResizerTest {
    private static IntBuffer buffer(int size) {
        return ByteBuffer.allocateDirect(size * size * 3 * 4).order(ByteOrder.nativeOrder()).asIntBuffer();
    }

    private static RgbImage randomImage(int w, int h, long seed) {
        byte[] rgb = new byte[w * h * 3];
        new Random(seed).nextBytes(rgb);
        return RgbImage.copyOf(w, h, rgb, 0);
    }

    @Test
    void anImageAtModelSizeIsCopiedExactly() {
        RgbImage image = randomImage(192, 192, 1);
        IntBuffer out = buffer(192);
        Letterbox box = new LetterboxResizer(192).fill(image, out);
        ByteBuffer px = image.pixels();
        for (int i = 0; i < 192 * 192 * 3; i++) {
            assertThat(out.get(i)).as("value %d", i).isEqualTo(px.get(i) & 0xff);
        }
        assertThat(box.padX()).isZero();
        assertThat(box.padY()).isZero();
        assertThat(box.frameX(0.25)).isEqualTo(48.0);
    }

    @Test
    void aLandscapeFrameGetsBlackBarsAboveAndBelow() {
        byte[] white = new byte[640 * 480 * 3];
        java.util.Arrays.fill(white, (byte) 255);
        IntBuffer out = buffer(192);
        Letterbox box = new LetterboxResizer(192).fill(RgbImage.copyOf(640, 480, white, 0), out);
        assertThat(box.side()).isEqualTo(640.0);
        assertThat(box.padY()).isEqualTo(80.0);
        // 80 of 640 px is 24 of 192 rows of bar at the top and at the bottom
        assertThat(pixel(out, 192, 10, 96)).isEqualTo(0);
        assertThat(pixel(out, 192, 96, 96)).isEqualTo(255);
        assertThat(pixel(out, 192, 180, 96)).isEqualTo(0);
        assertThat(pixel(out, 192, 30, 0)).as("no bar at the sides").isEqualTo(255);
    }

    @Test
    void aBrightSpotMapsBackToWhereItIsInTheFrame() {
        int w = 300;
        int h = 500;
        byte[] rgb = new byte[w * h * 3];
        int spotX = 210;
        int spotY = 120;
        for (int y = spotY - 4; y <= spotY + 4; y++) {
            for (int x = spotX - 4; x <= spotX + 4; x++) {
                for (int c = 0; c < 3; c++) {
                    rgb[(y * w + x) * 3 + c] = (byte) 255;
                }
            }
        }
        IntBuffer out = buffer(256);
        Letterbox box = new LetterboxResizer(256).fill(RgbImage.copyOf(w, h, rgb, 0), out);
        double sum = 0;
        double sx = 0;
        double sy = 0;
        for (int v = 0; v < 256; v++) {
            for (int u = 0; u < 256; u++) {
                int value = pixel(out, 256, v, u);
                sum += value;
                sx += value * (u + 0.5) / 256;
                sy += value * (v + 0.5) / 256;
            }
        }
        assertThat(box.frameX(sx / sum)).isCloseTo(spotX + 0.5, within(1.0));
        assertThat(box.frameY(sy / sum)).isCloseTo(spotY + 0.5, within(1.0));
    }

    @Test
    void tablesFollowAChangeOfFrameSize() {
        LetterboxResizer resizer = new LetterboxResizer(192);
        IntBuffer out = buffer(192);
        assertThat(resizer.fill(randomImage(640, 480, 2), out).padY()).isEqualTo(80.0);
        assertThat(resizer.fill(randomImage(480, 640, 3), out).padX()).isEqualTo(80.0);
    }

    private static int pixel(IntBuffer out, int size, int row, int column) {
        return out.get((row * size + column) * 3);
    }
}
