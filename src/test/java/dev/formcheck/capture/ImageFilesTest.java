package dev.formcheck.capture;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ImageFilesTest {
    @TempDir
    Path dir;

    /** A 60x40 JPEG, black with a white 10x10 block in its stored top-left corner. */
    private static byte[] jpegWithMarkedCorner() throws IOException {
        BufferedImage image = new BufferedImage(60, 40, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 10, 10);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", out);
        return out.toByteArray();
    }

    /** Inserts an APP1 Exif segment with one IFD0 entry, Orientation = value, after the SOI marker. */
    private static byte[] withOrientation(byte[] jpeg, int value, boolean bigEndian) {
        byte[] tiff = bigEndian
                ? new byte[] {'M', 'M', 0, 42, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, (byte) value, 0, 0, 0, 0, 0, 0}
                : new byte[] {'I', 'I', 42, 0, 8, 0, 0, 0, 1, 0, 0x12, 0x01, 3, 0, 1, 0, 0, 0, (byte) value, 0, 0, 0, 0, 0, 0, 0};
        byte[] header = {'E', 'x', 'i', 'f', 0, 0};
        int length = 2 + header.length + tiff.length;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        out.write(0xff);
        out.write(0xe1);
        out.write(length >> 8);
        out.write(length & 0xff);
        out.writeBytes(header);
        out.writeBytes(tiff);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    private static boolean bright(RgbImage image, int x, int y) {
        return (image.pixels().get((y * image.width() + x) * 3) & 0xff) > 200;
    }

    @ParameterizedTest(name = "orientation {0} ({1} endian): marked corner shown at ({2}, {3})")
    @CsvSource({
            "1, little, 2, 2", "2, big, 57, 2", "3, little, 57, 37", "4, big, 2, 37",
            "5, little, 2, 2", "6, big, 37, 2", "7, little, 37, 57", "8, big, 2, 57"})
    void photosAreTurnedUprightAsTheirExifOrientationSays(int orientation, String endian, int x, int y) throws IOException {
        Path file = dir.resolve("phone.jpg");
        Files.write(file, withOrientation(jpegWithMarkedCorner(), orientation, endian.equals("big")));
        RgbImage image = ImageFiles.read(file);
        boolean swapped = orientation >= 5;
        assertThat(image.width()).isEqualTo(swapped ? 40 : 60);
        assertThat(image.height()).isEqualTo(swapped ? 60 : 40);
        assertThat(bright(image, x, y)).as("marked corner at (%d, %d)", x, y).isTrue();
    }

    @Test
    void aJpegWithoutExifIsReadAsStored() throws IOException {
        Path file = dir.resolve("plain.jpg");
        Files.write(file, jpegWithMarkedCorner());
        RgbImage image = ImageFiles.read(file);
        assertThat(image.width()).isEqualTo(60);
        assertThat(bright(image, 2, 2)).isTrue();
    }

    @Test
    void aTruncatedJpegIsRefusedWithAMessage() throws IOException {
        Path file = dir.resolve("cut.jpg");
        byte[] jpeg = jpegWithMarkedCorner();
        Files.write(file, java.util.Arrays.copyOf(jpeg, 20));
        assertThatThrownBy(() -> ImageFiles.read(file)).isInstanceOf(CaptureException.class)
                .hasMessageStartingWith(file + ": ");
    }

    @Test
    void aDirectoryIsNotAnImage() {
        assertThatThrownBy(() -> ImageFiles.read(dir)).hasMessage(dir + ": is a directory, not an image");
    }

    @Test
    void anImagePastFiftyMegapixelsIsRefusedNamingItsSize() {
        Path file = Path.of("big.jpg");

        ImageFiles.checkSize(file, 10000, 5000); // 50 MP exactly: read

        assertThatThrownBy(() -> ImageFiles.checkSize(file, 10000, 5100))
                .isInstanceOfSatisfying(CaptureException.class,
                        e -> assertThat(e.reason()).isEqualTo(CaptureException.Reason.TOO_LARGE))
                .hasMessage("big.jpg: 10000x5100 pixels (51.0 megapixels) is more than the 50 megapixels FormCheck reads; "
                        + "scale it down (4000 pixels on the long side is plenty) and try again");
    }

    @Test
    void aHugeImageIsRefusedFromItsHeaderByTheCheckMadeBeforeAnyModelLoads() throws IOException {
        Path huge = dir.resolve("huge.png");
        dev.formcheck.cli.HugeImageIT.writeBlankPng(huge, 30000, 30000);

        assertThatThrownBy(() -> ImageFiles.checkReadable(huge))
                .isInstanceOfSatisfying(CaptureException.class,
                        e -> assertThat(e.reason()).isEqualTo(CaptureException.Reason.TOO_LARGE))
                .hasMessageStartingWith(huge + ": 30000x30000 pixels (900.0 megapixels) is more than the 50 megapixels");
    }
}
