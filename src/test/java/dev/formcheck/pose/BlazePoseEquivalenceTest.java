package dev.formcheck.pose;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Our ONNX conversion of BlazePose-lite gives the same numbers as the original TF.js graph. The
 * expected values ({@value #EXPECTED}) were written by {@code tools/blazepose-reference/expected-outputs.mjs},
 * which ran the original model with pure-JS TF.js (CPU backend) on three images made by formula;
 * {@link SyntheticImages} makes the same images here, so no image file is needed.
 */
class BlazePoseEquivalenceTest {
    static final String EXPECTED = "/models/blazepose-lite-expected.json";
    static final int BLOCK = 8;

    /**
     * Landmark values are x, y, z in input pixels (0..256) and two raw scores of similar size per
     * landmark. Both runtimes compute in float32 but sum convolution terms in different orders;
     * measured at worst 1.8e-3 over the three images (models/README.md). A fiftieth of a pixel leaves a tenfold margin and is far below
     * anything the app could see, while a wrong padding or layout moves landmarks by whole pixels.
     */
    static final double LANDMARK_TOLERANCE_PX = 2e-2;
    /** The pose flag is a probability; measured at worst 1.2e-7. */
    static final double POSE_FLAG_TOLERANCE = 1e-4;
    /**
     * Mean mask probability over an 8x8 block; measured at worst 4.9e-5, where the mask is unsure
     * (near 0.5 the sigmoid passes float noise on at full strength). Where the figure's mask
     * steps from 0 to 1, a mask shifted by one pixel moves a block mean by up to 1/8.
     */
    static final double MASK_BLOCK_TOLERANCE = 1e-3;
    /** The whole-mask sum (65,536 values) may differ by this fraction of itself; measured at worst 5.7e-6. */
    static final double MASK_SUM_RELATIVE_TOLERANCE = 1e-4;

    private static JsonNode expected;
    private static BlazePoseLiteModel model;

    @BeforeAll
    static void load() throws Exception {
        try (InputStream in = BlazePoseEquivalenceTest.class.getResourceAsStream(EXPECTED)) {
            assertThat(in).as(EXPECTED + " on the test class path").isNotNull();
            expected = new ObjectMapper().readTree(in);
        }
        model = BlazePoseLiteModel.open(1);
    }

    @AfterAll
    static void close() throws Exception {
        model.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"gradient", "checker", "figure"})
    void onnxOutputsEqualTheOriginalTfjsModel(String pattern, TestReporter reporter) throws Exception {
        JsonNode want = imageNamed(pattern);
        BlazePoseLiteModel.Outputs got = model.run(SyntheticImages.image(pattern));

        double flagDiff = Math.abs(got.poseFlag() - want.path("poseFlag").asDouble());
        double landmarkDiff = maxAbsDifference(got.landmarks(), want.path("landmarks"));
        double[] blocks = blockMeans(got.segmentation());
        double blockDiff = maxAbsDifference(blocks, want.path("segmentationBlockMeans"));
        double sum = 0;
        for (float v : got.segmentation()) {
            sum += v;
        }
        double wantSum = want.path("segmentationSum").asDouble();
        double sumDiff = Math.abs(sum - wantSum) / Math.max(1, wantSum);
        reporter.publishEntry(pattern, String.format("pose flag %.3g, landmarks %.3g px, mask blocks %.3g, mask sum %.3g (relative)",
                flagDiff, landmarkDiff, blockDiff, sumDiff));

        assertThat(got.landmarks()).hasSize(BlazePoseLiteModel.LANDMARK_VALUES);
        assertThat(want.path("landmarks").size()).isEqualTo(BlazePoseLiteModel.LANDMARK_VALUES);
        assertThat(want.path("segmentationBlockMeans").size()).isEqualTo(blocks.length);
        assertThat(flagDiff).as("pose flag difference").isLessThanOrEqualTo(POSE_FLAG_TOLERANCE);
        assertThat(landmarkDiff).as("largest landmark difference, px").isLessThanOrEqualTo(LANDMARK_TOLERANCE_PX);
        assertThat(blockDiff).as("largest 8x8 mask-mean difference").isLessThanOrEqualTo(MASK_BLOCK_TOLERANCE);
        assertThat(sum).as("mask sum").isCloseTo(wantSum, within(MASK_SUM_RELATIVE_TOLERANCE * Math.max(1, wantSum)));
    }

    private static JsonNode imageNamed(String pattern) {
        for (JsonNode image : expected.path("images")) {
            if (image.path("pattern").asText().equals(pattern)) {
                return image;
            }
        }
        throw new AssertionError(EXPECTED + " has no image " + pattern);
    }

    /** The 256x256 mask averaged over 8x8 blocks, row-major, as the script computes it. */
    private static double[] blockMeans(float[] mask) {
        int size = BlazePoseLiteModel.SIZE;
        int n = size / BLOCK;
        double[] out = new double[n * n];
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                out[(y / BLOCK) * n + x / BLOCK] += mask[y * size + x];
            }
        }
        for (int i = 0; i < out.length; i++) {
            out[i] /= BLOCK * BLOCK;
        }
        return out;
    }

    private static double maxAbsDifference(float[] got, JsonNode want) {
        double[] g = new double[got.length];
        for (int i = 0; i < g.length; i++) {
            g[i] = got[i];
        }
        return maxAbsDifference(g, want);
    }

    private static double maxAbsDifference(double[] got, JsonNode want) {
        double max = 0;
        for (int i = 0; i < Math.min(got.length, want.size()); i++) {
            max = Math.max(max, Math.abs(got[i] - want.get(i).asDouble()));
        }
        return max;
    }

    /**
     * The three input images of {@code tools/blazepose-reference/expected-outputs.mjs}, by the same
     * integer formulas: each channel value is 0..255, divided by 255 and rounded once to float.
     */
    static final class SyntheticImages {
        private SyntheticImages() {
        }

        static float[] image(String pattern) {
            int size = BlazePoseLiteModel.SIZE;
            float[] data = new float[size * size * 3];
            int i = 0;
            for (int y = 0; y < size; y++) {
                for (int x = 0; x < size; x++) {
                    for (int c = 0; c < 3; c++) {
                        data[i++] = (float) (pixel(pattern, y, x, c) / 255.0);
                    }
                }
            }
            return data;
        }

        static int pixel(String pattern, int y, int x, int c) {
            return switch (pattern) {
                // R rises left to right, G top to bottom, B along the diagonal
                case "gradient" -> c == 0 ? x : c == 1 ? y : (x + y) >> 1;
                // 32-pixel squares, with a fine diagonal texture on top
                case "checker" -> (((x >> 5) + (y >> 5)) % 2 == 0 ? 40 : 200) + ((x * 7 + y * 13 + c * 29) % 32) - 16;
                // a standing figure: head disc, torso ellipse, two legs, on a grey-blue wall
                case "figure" -> figure(y, x, c);
                default -> throw new IllegalArgumentException("unknown pattern " + pattern);
            };
        }

        private static int figure(int y, int x, int c) {
            boolean head = sq(x - 128) + sq(y - 52) <= sq(22);
            boolean torso = (long) sq(x - 128) * sq(70) + (long) sq(y - 118) * sq(38) <= (long) sq(38) * sq(70);
            boolean legs = y >= 170 && y < 248 && ((x >= 104 && x < 122) || (x >= 134 && x < 152));
            if (head) {
                return new int[] {224, 172, 140}[c];
            }
            if (torso) {
                return new int[] {180, 40, 40}[c];
            }
            if (legs) {
                return new int[] {30, 40, 110}[c];
            }
            return new int[] {150, 160, 175}[c] + ((y >> 2) % 8) - 4;
        }

        private static int sq(int v) {
            return v * v;
        }
    }
}
