package dev.formcheck.ui;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class AppIconFilesTest {
    @Test
    void writesAPngAnIcoAndAnIcnsWhoseImagesAreTheAppIconAtEachDeclaredSize(@TempDir Path dir) throws IOException {
        AppIconFiles.writeAll(dir, "formcheck");

        BufferedImage png = ImageIO.read(dir.resolve("formcheck.png").toFile());
        assertThat(png.getWidth()).isEqualTo(AppIconFiles.PNG_PIXELS);
        // the badge's teal at the centre-left, transparent in the corner: the tray's drawing, not a blank
        assertThat(png.getRGB(png.getWidth() / 4, png.getHeight() / 2) & 0xFFFFFF)
                .isEqualTo(TrayIconArt.BADGE.getRGB() & 0xFFFFFF);
        assertThat(png.getRGB(0, 0) >>> 24).isZero();

        ByteBuffer ico = ByteBuffer.wrap(Files.readAllBytes(dir.resolve("formcheck.ico"))).order(ByteOrder.LITTLE_ENDIAN);
        assertThat(ico.getShort(0)).isZero();
        assertThat(ico.getShort(2)).isEqualTo((short) 1);
        assertThat(ico.getShort(4)).isEqualTo((short) AppIconFiles.ICO_PIXELS.length);
        for (int i = 0; i < AppIconFiles.ICO_PIXELS.length; i++) {
            int entry = 6 + 16 * i;
            int declared = Byte.toUnsignedInt(ico.get(entry)) == 0 ? 256 : Byte.toUnsignedInt(ico.get(entry));
            int size = ico.getInt(entry + 8);
            int offset = ico.getInt(entry + 12);
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(ico.array(), offset, size));
            assertThat(image.getWidth()).isEqualTo(declared).isEqualTo(AppIconFiles.ICO_PIXELS[i]);
        }

        byte[] icnsBytes = Files.readAllBytes(dir.resolve("formcheck.icns"));
        ByteBuffer icns = ByteBuffer.wrap(icnsBytes).order(ByteOrder.BIG_ENDIAN);
        assertThat(new String(icnsBytes, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("icns");
        assertThat(icns.getInt(4)).isEqualTo(icnsBytes.length);
        int at = 8;
        for (AppIconFiles.IcnsChunk chunk : AppIconFiles.ICNS_CHUNKS) {
            assertThat(new String(icnsBytes, at, 4, StandardCharsets.US_ASCII)).isEqualTo(chunk.type());
            int length = icns.getInt(at + 4);
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(Arrays.copyOfRange(icnsBytes, at + 8, at + length)));
            assertThat(image.getWidth()).isEqualTo(chunk.pixels());
            at += length;
        }
        assertThat(at).isEqualTo(icnsBytes.length);
        try (var files = Files.list(dir)) {
            assertThat(files).hasSize(3); // no temporary file left
        }
    }
}
