package dev.formcheck.pose;

import dev.formcheck.testing.RequiresSharedData;
import dev.formcheck.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;

import javax.imageio.ImageIO;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A sanity check of the converted BlazePose-lite on a real photo: a person-centred square crop of
 * a side-view plank, as the landmark model expects, gives a mask that covers the person's torso
 * and leaves the wall above it and the wall and floor in the crop's corners out. The real segmentation code is elsewhere;
 * this only shows the committed model segments a real person.
 */
@RequiresSharedData
class BlazePoseSegmentationPhotoTest {
    static final String PHOTO = "images/exercises/plank-Plank-1.jpg";
    /** In the 850x567 photo, located by eye: the person spans x 100..640, y 285..460. */
    static final int CROP_LEFT = 87;
    static final int CROP_SIDE = 567;
    /** The middle of the blue shirt, in photo pixels (by eye). */
    static final int TORSO_X = 460;
    static final int TORSO_Y = 365;
    /** Wall straight above the shirt, 70 photo pixels over the back: a mask shifted or flipped upward would cover it. */
    static final int WALL_ABOVE_BACK_Y = 250;
    /** Side of the square patches whose mean mask value is judged, in model pixels. */
    static final int PATCH = 9;
    /** The torso is "person" with a clear margin over the 0.5 a mask is usually cut at. */
    static final double MIN_TORSO_PROBABILITY = 0.8;
    /** Wall and floor are "not person" with the same margin. */
    static final double MAX_CORNER_PROBABILITY = 0.2;

    @Test
    void maskCoversThePersonsTorsoAndNotTheCorners(TestReporter reporter) throws Exception {
        Path photo = SharedData.resolve(PHOTO);
        BufferedImage image = ImageIO.read(photo.toFile());
        assertThat(image).as(photo.toString()).isNotNull();
        assertThat(image.getHeight()).as("photo height").isEqualTo(CROP_SIDE);

        float[] mask;
        try (BlazePoseLiteModel model = BlazePoseLiteModel.open(1)) {
            mask = model.run(modelInput(image)).segmentation();
        }

        double scale = (double) BlazePoseLiteModel.SIZE / CROP_SIDE;
        int torsoX = (int) Math.round((TORSO_X - CROP_LEFT) * scale);
        int torsoY = (int) Math.round(TORSO_Y * scale);
        int far = BlazePoseLiteModel.SIZE - PATCH;
        double torso = patchMean(mask, torsoX - PATCH / 2, torsoY - PATCH / 2);
        double wall = patchMean(mask, torsoX - PATCH / 2, (int) Math.round(WALL_ABOVE_BACK_Y * scale) - PATCH / 2);
        double[] corners = {patchMean(mask, 0, 0), patchMean(mask, far, 0), patchMean(mask, 0, far), patchMean(mask, far, far)};
        reporter.publishEntry("mask", String.format("torso %.3f; wall above the back %.3f; corners %.3f %.3f %.3f %.3f",
                torso, wall, corners[0], corners[1], corners[2], corners[3]));

        assertThat(torso).as("mean mask at the torso centre").isGreaterThanOrEqualTo(MIN_TORSO_PROBABILITY);
        assertThat(wall).as("mean mask on the wall above the back").isLessThanOrEqualTo(MAX_CORNER_PROBABILITY);
        for (double corner : corners) {
            assertThat(corner).as("mean mask in a corner").isLessThanOrEqualTo(MAX_CORNER_PROBABILITY);
        }
    }

    /** The square crop scaled to 256x256 (bilinear) as float RGB in 0..1, NHWC. */
    private static float[] modelInput(BufferedImage photo) {
        int size = BlazePoseLiteModel.SIZE;
        BufferedImage crop = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = crop.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(photo, 0, 0, size, size, CROP_LEFT, 0, CROP_LEFT + CROP_SIDE, CROP_SIDE, null);
        } finally {
            g.dispose();
        }
        float[] rgb = new float[size * size * 3];
        int i = 0;
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                int p = crop.getRGB(x, y);
                rgb[i++] = ((p >> 16) & 0xff) / 255f;
                rgb[i++] = ((p >> 8) & 0xff) / 255f;
                rgb[i++] = (p & 0xff) / 255f;
            }
        }
        return rgb;
    }

    private static double patchMean(float[] mask, int left, int top) {
        double sum = 0;
        for (int y = top; y < top + PATCH; y++) {
            for (int x = left; x < left + PATCH; x++) {
                sum += mask[y * BlazePoseLiteModel.SIZE + x];
            }
        }
        return sum / (PATCH * PATCH);
    }
}
