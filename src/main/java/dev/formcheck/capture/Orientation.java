package dev.formcheck.capture;

/**
 * Turning stored pixels upright: EXIF orientation codes (1..8) for photos, display rotation in
 * degrees for phone videos. Both end in one pixel remapping.
 */
final class Orientation {
    static final int UPRIGHT = 1;

    private Orientation() {
    }

    /**
     * The EXIF code that undoes a video's display rotation, as FFmpeg's own autorotate does:
     * the display matrix angle is counter-clockwise, so the picture is turned clockwise by it.
     */
    static int fromDisplayRotation(double degrees) {
        long clockwise = Math.floorMod(Math.round(-degrees), 360);
        if (clockwise == 90) {
            return 6;
        }
        if (clockwise == 180) {
            return 3;
        }
        if (clockwise == 270) {
            return 8;
        }
        return UPRIGHT;
    }

    static boolean swapsAxes(int orientation) {
        return orientation >= 5;
    }

    /** The image as it should be displayed: rotated and/or mirrored as EXIF {@code orientation} says. */
    static RgbImage apply(RgbImage image, int orientation) {
        if (orientation == UPRIGHT) {
            return image;
        }
        int w = image.width();
        int h = image.height();
        byte[] src = new byte[w * h * 3];
        image.pixels().get(src);
        byte[] out = new byte[src.length];
        turn(src, w, h, orientation, out);
        return swapsAxes(orientation)
                ? RgbImage.wrapping(h, w, out, image.timestampMicros())
                : RgbImage.wrapping(w, h, out, image.timestampMicros());
    }

    /** Writes the {@code w}×{@code h} RGB pixels of {@code src} into {@code out}, turned as {@code orientation} says. */
    static void turn(byte[] src, int w, int h, int orientation, byte[] out) {
        int outW = swapsAxes(orientation) ? h : w;
        int outH = swapsAxes(orientation) ? w : h;
        int o = 0;
        for (int y = 0; y < outH; y++) {
            for (int x = 0; x < outW; x++) {
                int sx;
                int sy;
                switch (orientation) {
                    case 2 -> { sx = w - 1 - x; sy = y; }
                    case 3 -> { sx = w - 1 - x; sy = h - 1 - y; }
                    case 4 -> { sx = x; sy = h - 1 - y; }
                    case 5 -> { sx = y; sy = x; }
                    case 6 -> { sx = y; sy = h - 1 - x; }
                    case 7 -> { sx = w - 1 - y; sy = h - 1 - x; }
                    default -> { sx = w - 1 - y; sy = x; } // 8
                }
                int s = (sy * w + sx) * 3;
                out[o++] = src[s];
                out[o++] = src[s + 1];
                out[o++] = src[s + 2];
            }
        }
    }
}
