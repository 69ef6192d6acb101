package dev.formcheck.pose;

import dev.formcheck.capture.RgbImage;
import dev.formcheck.testing.SharedData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The estimator on a crop, with the real Lightning model (committed in {@code models/}): the full
 * frame crop is the plain letterbox, and keypoints found in a crop come back in frame pixels.
 */
class MoveNetEstimatorCropTest {
    /** Two frame x values that should be equal but went through {@code left + n * size} differently. */
    private static final double SAME_PIXEL = 1e-9;

    private static MoveNetEstimator lightning;

    @BeforeAll
    static void open() {
        lightning = MoveNetEstimator.open(MoveNetModel.LIGHTNING, SharedData.modelsDir(), InferenceSettings.defaults());
    }

    @AfterAll
    static void close() {
        lightning.close();
    }

    @Test
    void theFullFrameCropReproducesTheWholeFrameEstimateExactly() {
        for (int[] size : List.of(new int[] {640, 480}, new int[] {399, 640}, new int[] {608, 1080})) {
            RgbImage frame = figure(size[0], size[1], 123_456);
            Pose whole = lightning.estimate(frame);
            Pose cropped = lightning.estimate(frame, CropRegion.fullFrame(size[0], size[1]));
            assertThat(cropped).as("%dx%d", size[0], size[1]).isEqualTo(whole);
        }
    }

    /**
     * The same picture seen through a crop of a bigger canvas: the model input is the same, so the
     * keypoints must be the same, shifted by where the picture sits in the canvas. The crop runs
     * 50 px above the canvas, where it is black just as the letterbox bar is.
     */
    @Test
    void keypointsFoundInACropBeyondTheFrameMapBackToFramePixels() {
        RgbImage picture = figure(400, 300, 0);
        int offsetX = 100;
        RgbImage canvas = pasteInto(picture, 520, 360, offsetX);
        CropRegion crop = new CropRegion(offsetX, -50, 400);

        Pose alone = lightning.estimate(picture);
        Pose inCanvas = lightning.estimate(canvas, crop);
        for (BodyPart part : BodyPart.values()) {
            assertThat(inCanvas.get(part).x()).as(part + " x").isCloseTo(alone.get(part).x() + offsetX, within(SAME_PIXEL));
            assertThat(inCanvas.get(part).y()).as(part + " y").isCloseTo(alone.get(part).y(), within(SAME_PIXEL));
            assertThat(inCanvas.get(part).score()).as(part + " score").isEqualTo(alone.get(part).score());
        }
    }

    /** A light, person-sized upright block on a gradient, so the model sees structured input. */
    private static RgbImage figure(int w, int h, long timestampMicros) {
        byte[] rgb = new byte[w * h * 3];
        int o = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                boolean body = Math.abs(x - w / 2) < w / 10 && y > h / 6 && y < h * 5 / 6;
                boolean head = Math.hypot(x - w / 2.0, y - h / 9.0) < h / 16.0;
                rgb[o++] = (byte) (body || head ? 230 : x * 255 / w);
                rgb[o++] = (byte) (body || head ? 190 : y * 255 / h);
                rgb[o++] = (byte) (body || head ? 160 : 96);
            }
        }
        return RgbImage.copyOf(w, h, rgb, timestampMicros);
    }

    /** A black canvas with the picture at (offsetX, 0). */
    private static RgbImage pasteInto(RgbImage picture, int w, int h, int offsetX) {
        byte[] rgb = new byte[w * h * 3];
        ByteBuffer px = picture.pixels();
        for (int y = 0; y < picture.height(); y++) {
            px.position(y * picture.width() * 3);
            px.get(rgb, (y * w + offsetX) * 3, picture.width() * 3);
        }
        return RgbImage.copyOf(w, h, rgb, picture.timestampMicros());
    }
}
