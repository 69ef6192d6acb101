package dev.formcheck.capture;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads still photos (PNG, JPEG, BMP, GIF) into {@link RgbImage}s, upright as their EXIF orientation says. */
public final class ImageFiles {
    private ImageFiles() {
    }

    public static RgbImage read(Path file) {
        if (!Files.exists(file)) {
            throw new CaptureException(CaptureException.Reason.FILE_NOT_FOUND, file + ": file not found");
        }
        if (Files.isDirectory(file)) {
            throw new CaptureException(CaptureException.Reason.NOT_MEDIA, file + ": is a directory, not an image");
        }
        byte[] bytes;
        BufferedImage image;
        try {
            bytes = Files.readAllBytes(file);
            image = ImageIO.read(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new CaptureException(file + ": cannot be decoded as an image (" + e.getMessage() + ")");
        }
        if (image == null) {
            throw new CaptureException(file + ": not an image in a supported format (PNG, JPEG, BMP, GIF)");
        }
        return Orientation.apply(fromBufferedImage(image, 0), ExifOrientation.read(bytes));
    }

    /** Converts any BufferedImage to packed RGB; alpha is dropped. */
    public static RgbImage fromBufferedImage(BufferedImage image, long timestampMicros) {
        int w = image.getWidth();
        int h = image.getHeight();
        int[] argb = image.getRGB(0, 0, w, h, null, 0, w);
        byte[] rgb = new byte[w * h * 3];
        for (int i = 0, o = 0; i < argb.length; i++) {
            int p = argb[i];
            rgb[o++] = (byte) (p >> 16);
            rgb[o++] = (byte) (p >> 8);
            rgb[o++] = (byte) p;
        }
        return RgbImage.wrapping(w, h, rgb, timestampMicros);
    }
}
