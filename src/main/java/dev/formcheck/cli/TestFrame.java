package dev.formcheck.cli;

import dev.formcheck.capture.RgbImage;

/**
 * A deterministic synthetic frame for benchmarks: smooth gradients with a bright figure-sized
 * block, so the letterbox has real work and the model sees non-constant input. MoveNet's cost does
 * not depend on the picture's content.
 */
final class TestFrame {
    private TestFrame() {
    }

    static RgbImage create(int width, int height) {
        byte[] rgb = new byte[width * height * 3];
        int o = 0;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                boolean figure = Math.abs(x - width / 2) < width / 10 && y > height / 6 && y < height * 5 / 6;
                rgb[o++] = (byte) (figure ? 230 : x * 255 / width);
                rgb[o++] = (byte) (figure ? 190 : y * 255 / height);
                rgb[o++] = (byte) (figure ? 160 : 96);
            }
        }
        return RgbImage.copyOf(width, height, rgb, 0);
    }
}
