package dev.formcheck.pose;

import dev.formcheck.capture.RgbImage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.IntBuffer;
import java.util.Arrays;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class CropResizerTest {
    /**
     * The resizer blends in float, the reference below in double: a value exactly on a .5 may round
     * either way, so the two may differ by one grey level and never by more.
     */
    private static final int ROUNDING = 1;

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
        CropRegion box = new CropResizer(192).fill(image, out);
        ByteBuffer px = image.pixels();
        for (int i = 0; i < 192 * 192 * 3; i++) {
            assertThat(out.get(i)).as("value %d", i).isEqualTo(px.get(i) & 0xff);
        }
        assertThat(box).isEqualTo(new CropRegion(0, 0, 192));
        assertThat(box.frameX(0.25)).isEqualTo(48.0);
    }

    @Test
    void aLandscapeFrameGetsBlackBarsAboveAndBelow() {
        byte[] white = new byte[640 * 480 * 3];
        Arrays.fill(white, (byte) 255);
        IntBuffer out = buffer(192);
        CropRegion box = new CropResizer(192).fill(RgbImage.copyOf(640, 480, white, 0), out);
        assertThat(box).isEqualTo(new CropRegion(0, -80, 640));
        // 80 of 640 px is 24 of 192 rows of bar at the top and at the bottom
        assertThat(pixel(out, 192, 10, 96)).isEqualTo(0);
        assertThat(pixel(out, 192, 96, 96)).isEqualTo(255);
        assertThat(pixel(out, 192, 180, 96)).isEqualTo(0);
        assertThat(pixel(out, 192, 30, 0)).as("no bar at the sides").isEqualTo(255);
    }

    @Test
    void theFullFrameBarsAreRoundedDownToWholePixels() {
        assertThat(CropRegion.fullFrame(399, 640)).isEqualTo(new CropRegion(-120, 0, 640));
        assertThat(CropRegion.fullFrame(608, 1080)).isEqualTo(new CropRegion(-236, 0, 1080));
        assertThat(CropRegion.fullFrame(641, 480)).isEqualTo(new CropRegion(0, -80, 641));
    }

    /** Every full-frame letterbox equals padding the frame to a square and resizing that, done naively. */
    @ParameterizedTest(name = "{0}x{1} into {2}")
    @CsvSource({"640, 480, 192", "399, 640, 192", "608, 1080, 256", "101, 60, 192", "192, 192, 192"})
    void theFullFrameCropIsTheLetterboxOfTheWholeFrame(int w, int h, int n) {
        RgbImage frame = randomImage(w, h, w * 31L + h);
        IntBuffer out = buffer(n);
        new CropResizer(n).fill(frame, CropRegion.fullFrame(w, h), out);
        int side = Math.max(w, h);
        int[] expected = naiveResize(naiveCut(frame, (side - w) / 2 * -1, (side - h) / 2 * -1, side), side, n);
        assertMatches(out, expected);
    }

    /** A crop is the square cut from the frame (black outside), resized: here done naively and compared. */
    @ParameterizedTest(name = "crop ({0}, {1}) side {2}")
    @CsvSource({
        "100, 200, 300",    // inside the frame
        "-50, -70, 250",    // beyond the top-left corner
        "400, 500, 300",    // beyond the bottom-right corner
        "-100, -100, 900",  // larger than the frame on every side
        "200, 300, 64",     // smaller than the model input: upsampled
        "700, 0, 50"})      // entirely outside: all black
    void aCropIsTheSquareCutFromTheFrameWithBlackOutsideThenResized(int left, int top, int size) {
        RgbImage frame = randomImage(600, 700, 7);
        IntBuffer out = buffer(192);
        new CropResizer(192).fill(frame, new CropRegion(left, top, size), out);
        assertMatches(out, naiveResize(naiveCut(frame, left, top, size), size, 192));
    }

    @Test
    void aBrightSpotMapsBackToWhereItIsInTheFrame() {
        int w = 300;
        int h = 500;
        int spotX = 210;
        int spotY = 120;
        RgbImage frame = spot(w, h, spotX, spotY);
        IntBuffer out = buffer(256);
        CropRegion box = new CropResizer(256).fill(frame, out);
        double[] centre = centroid(out, 256);
        assertThat(box.frameX(centre[0])).isCloseTo(spotX + 0.5, within(1.0));
        assertThat(box.frameY(centre[1])).isCloseTo(spotY + 0.5, within(1.0));
    }

    /** The tracking case: a crop around the spot that runs off the frame still maps back to the spot. */
    @Test
    void aBrightSpotInACropBeyondTheFrameMapsBackToWhereItIsInTheFrame() {
        int spotX = 20;
        int spotY = 470;
        RgbImage frame = spot(300, 500, spotX, spotY);
        CropRegion crop = new CropRegion(-60, 380, 150); // 60 px beyond the left edge, 30 below the bottom
        IntBuffer out = buffer(192);
        new CropResizer(192).fill(frame, crop, out);
        double[] centre = centroid(out, 192);
        assertThat(crop.frameX(centre[0])).isCloseTo(spotX + 0.5, within(0.5));
        assertThat(crop.frameY(centre[1])).isCloseTo(spotY + 0.5, within(0.5));
        assertThat(pixel(out, 192, 96, 10)).as("left of the frame is black").isZero();
        assertThat(pixel(out, 192, 185, 96)).as("below the frame is black").isZero();
    }

    @Test
    void tablesFollowAChangeOfFrameSizeAndOfCrop() {
        CropResizer resizer = new CropResizer(192);
        IntBuffer out = buffer(192);
        RgbImage frame = randomImage(640, 480, 2);
        assertThat(resizer.fill(frame, out).top()).isEqualTo(-80);
        assertThat(resizer.fill(randomImage(480, 640, 3), out).left()).isEqualTo(-80);

        CropRegion a = new CropRegion(10, 20, 200);
        CropRegion b = new CropRegion(300, 100, 150);
        resizer.fill(frame, a, out);
        resizer.fill(frame, b, out);
        assertMatches(out, naiveResize(naiveCut(frame, b.left(), b.top(), b.size()), b.size(), 192));
        resizer.fill(frame, a, out);
        assertMatches(out, naiveResize(naiveCut(frame, a.left(), a.top(), a.size()), a.size(), 192));
    }

    // ---- reference: cut a square (black outside the frame), then TF resizeBilinear with half-pixel centres ----

    /** The square {@code [left, left + size) x [top, top + size)} of the frame as its own RGB image. */
    private static int[] naiveCut(RgbImage frame, int left, int top, int size) {
        int[] square = new int[size * size * 3];
        ByteBuffer px = frame.pixels();
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                int fx = left + x;
                int fy = top + y;
                if (fx >= 0 && fx < frame.width() && fy >= 0 && fy < frame.height()) {
                    for (int c = 0; c < 3; c++) {
                        square[(y * size + x) * 3 + c] = px.get((fy * frame.width() + fx) * 3 + c) & 0xff;
                    }
                }
            }
        }
        return square;
    }

    /** TF's resizeBilinear(halfPixelCenters = true) of a side x side image to n x n, rounded to int. */
    private static int[] naiveResize(int[] square, int side, int n) {
        int[] out = new int[n * n * 3];
        double scale = (double) side / n;
        for (int v = 0; v < n; v++) {
            double sy = Math.max((v + 0.5) * scale - 0.5, 0);
            int y0 = Math.min((int) Math.floor(sy), side - 1);
            int y1 = Math.min(y0 + 1, side - 1);
            double wy = sy - y0;
            for (int u = 0; u < n; u++) {
                double sx = Math.max((u + 0.5) * scale - 0.5, 0);
                int x0 = Math.min((int) Math.floor(sx), side - 1);
                int x1 = Math.min(x0 + 1, side - 1);
                double wx = sx - x0;
                for (int c = 0; c < 3; c++) {
                    double top = square[(y0 * side + x0) * 3 + c] * (1 - wx) + square[(y0 * side + x1) * 3 + c] * wx;
                    double bottom = square[(y1 * side + x0) * 3 + c] * (1 - wx) + square[(y1 * side + x1) * 3 + c] * wx;
                    out[(v * n + u) * 3 + c] = (int) Math.round(top + (bottom - top) * wy);
                }
            }
        }
        return out;
    }

    private static void assertMatches(IntBuffer out, int[] expected) {
        int worst = 0;
        for (int i = 0; i < expected.length; i++) {
            worst = Math.max(worst, Math.abs(out.get(i) - expected[i]));
        }
        assertThat(worst).as("largest difference from the reference, in grey levels").isLessThanOrEqualTo(ROUNDING);
    }

    // ---- helpers ----

    private static RgbImage spot(int w, int h, int spotX, int spotY) {
        byte[] rgb = new byte[w * h * 3];
        for (int y = spotY - 4; y <= spotY + 4; y++) {
            for (int x = spotX - 4; x <= spotX + 4; x++) {
                for (int c = 0; c < 3; c++) {
                    rgb[(y * w + x) * 3 + c] = (byte) 255;
                }
            }
        }
        return RgbImage.copyOf(w, h, rgb, 0);
    }

    /** The brightness-weighted centre of the model input, normalised 0..1 across it (x, y). */
    private static double[] centroid(IntBuffer out, int size) {
        double sum = 0;
        double sx = 0;
        double sy = 0;
        for (int v = 0; v < size; v++) {
            for (int u = 0; u < size; u++) {
                int value = pixel(out, size, v, u);
                sum += value;
                sx += value * (u + 0.5) / size;
                sy += value * (v + 0.5) / size;
            }
        }
        return new double[] {sx / sum, sy / sum};
    }

    private static int pixel(IntBuffer out, int size, int row, int column) {
        return out.get((row * size + column) * 3);
    }
}
