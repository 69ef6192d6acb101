package dev.formcheck.capture;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** Reads still photos (PNG, JPEG, BMP, GIF) into {@link RgbImage}s, upright as their EXIF orientation says. */
public final class ImageFiles {
    /**
     * The largest image FormCheck decodes: 50 megapixels. Decoding takes about ten bytes a pixel
     * (the decoder's raster, a copy as ARGB ints, the RGB frame): 0.5 GB here, while phone photos
     * (12-48 MP) and 8K video frames (33 MP) fit. MoveNet looks at 192 or 256 pixels a side, so a
     * larger photo gains nothing; its size is read from the file's header before any pixel is.
     */
    public static final long MAX_PIXELS = 50_000_000L;

    private ImageFiles() {
    }

    /** Fails, with the message {@link #read} would give, when {@code file} is missing or not a file. */
    private static final java.util.List<String> EXTENSIONS = java.util.List.of(".png", ".jpg", ".jpeg", ".bmp", ".gif");

    /** Whether the file's name says it is a still image FormCheck reads (PNG, JPEG, BMP, GIF). */
    public static boolean hasImageExtension(Path file) {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return EXTENSIONS.stream().anyMatch(name::endsWith);
    }

    public static void checkReadable(Path file) {
        InputFiles.checkReadable(file, "an image");
        headerSize(file).ifPresent(size -> checkSize(file, size[0], size[1]));
    }

    /**
     * The width and height an image's header states, read without decoding a pixel; empty when
     * no reader recognises the file (decoding it then says what is wrong).
     */
    private static java.util.Optional<int[]> headerSize(Path file) {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = in == null ? java.util.Collections.emptyIterator() : ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return java.util.Optional.empty();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                return java.util.Optional.of(new int[] {reader.getWidth(0), reader.getHeight(0)});
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return java.util.Optional.empty(); // a damaged header: decoding reports it with the file named
        }
    }

    public static RgbImage read(Path file) {
        checkReadable(file);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new CaptureException(CaptureException.Reason.NOT_READABLE, file + ": cannot be read (" + e.getMessage() + ")", e);
        }
        BufferedImage image = decode(file, bytes);
        return Orientation.apply(fromBufferedImage(image, 0), ExifOrientation.read(bytes));
    }

    /**
     * Decodes with the first ImageIO reader that accepts the bytes. ImageIO reports a JPEG cut
     * short only as a warning and fills the rest grey; that is treated as the error it is.
     */
    private static BufferedImage decode(Path file, byte[] bytes) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new CaptureException(CaptureException.Reason.NOT_MEDIA,
                        file + ": not an image in a supported format (PNG, JPEG, BMP, GIF)");
            }
            ImageReader reader = readers.next();
            List<String> warnings = new ArrayList<>();
            try {
                reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
                reader.setInput(in, true, true);
                checkSize(file, reader.getWidth(0), reader.getHeight(0)); // from the header: nothing decoded yet
                BufferedImage image = reader.read(0);
                if (!warnings.isEmpty()) {
                    throw new CaptureException(CaptureException.Reason.TRUNCATED,
                            file + ": damaged or cut short (" + warnings.get(0) + ")");
                }
                return image;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof CaptureException c) {
                throw c;
            }
            // ImageIO wraps running out of memory in "Caught exception during read": it is no damage
            // to the file, so it goes up as the Error it is (Main says so in one line)
            for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
                if (cause instanceof OutOfMemoryError oom) {
                    throw oom;
                }
            }
            // ImageIO's decoders also fail with unchecked exceptions on damaged data
            throw new CaptureException(CaptureException.Reason.NOT_MEDIA,
                    file + ": cannot be decoded as an image (" + e.getMessage() + ")", e);
        }
    }

    /** Refuses an image past {@link #MAX_PIXELS}, naming its size and what to do. */
    static void checkSize(Path file, int width, int height) {
        long pixels = (long) width * height;
        if (pixels > MAX_PIXELS) {
            throw new CaptureException(CaptureException.Reason.TOO_LARGE, String.format(java.util.Locale.ROOT,
                    "%s: %dx%d pixels (%.1f megapixels) is more than the %d megapixels FormCheck reads; "
                            + "scale it down (4000 pixels on the long side is plenty) and try again",
                    file, width, height, pixels / 1e6, MAX_PIXELS / 1_000_000));
        }
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
