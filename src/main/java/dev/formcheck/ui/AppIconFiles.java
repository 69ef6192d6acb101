package dev.formcheck.ui;

import dev.formcheck.common.AtomicFiles;

import javax.imageio.ImageIO;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The installers' icons, drawn by {@link TrayIconArt} like the window's and the tray's, written in
 * the three formats jpackage takes: PNG (Linux), ICO (Windows) and ICNS (macOS). Both containers
 * hold PNG images, which Windows (Vista on) and macOS (10.7 on) read. The package build runs
 * {@link #main} into target/; no icon binary lives in the repository.
 */
public final class AppIconFiles {
    /** The Linux launcher icon's size: desktop menus scale it down. */
    static final int PNG_PIXELS = 256;
    /** Explorer's sizes, from list view to large icons; ICO's directory writes 256 as 0. */
    static final int[] ICO_PIXELS = {16, 32, 48, 256};
    /** ICNS chunk types by their PNG's size: ic07 128, ic08 256, ic09 512 (Apple's icon family). */
    static final List<IcnsChunk> ICNS_CHUNKS = List.of(new IcnsChunk("ic07", 128), new IcnsChunk("ic08", 256),
            new IcnsChunk("ic09", 512));

    record IcnsChunk(String type, int pixels) {
    }

    private AppIconFiles() {
    }

    /** {@code AppIconFiles DIR}: writes DIR/formcheck.png, .ico and .icns. */
    public static void main(String[] args) {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: AppIconFiles OUTPUT_DIRECTORY");
        }
        writeAll(Path.of(args[0]), "formcheck");
    }

    /** Writes {@code name}.png, .ico and .icns into {@code dir}, each atomically; returns the three paths. */
    public static List<Path> writeAll(Path dir, String name) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("could not create " + dir, e);
        }
        Path png = dir.resolve(name + ".png");
        Path ico = dir.resolve(name + ".ico");
        Path icns = dir.resolve(name + ".icns");
        byte[] pngBytes = png(PNG_PIXELS);
        byte[] icoBytes = ico();
        byte[] icnsBytes = icns();
        AtomicFiles.write(png, out -> out.write(pngBytes));
        AtomicFiles.write(ico, out -> out.write(icoBytes));
        AtomicFiles.write(icns, out -> out.write(icnsBytes));
        return List.of(png, ico, icns);
    }

    static byte[] png(int pixels) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(TrayIconArt.draw(pixels), "png", out)) {
                throw new IllegalStateException("this Java has no PNG writer");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** ICONDIR (reserved, type 1 = icon, count), one 16-byte entry per image, then the PNGs. */
    static byte[] ico() {
        List<byte[]> images = new ArrayList<>();
        for (int pixels : ICO_PIXELS) {
            images.add(png(pixels));
        }
        int headerBytes = 6 + 16 * images.size();
        int total = headerBytes + images.stream().mapToInt(b -> b.length).sum();
        ByteBuffer buffer = ByteBuffer.allocate(total).order(ByteOrder.LITTLE_ENDIAN);
        buffer.putShort((short) 0).putShort((short) 1).putShort((short) images.size());
        int offset = headerBytes;
        for (int i = 0; i < images.size(); i++) {
            int side = ICO_PIXELS[i] >= 256 ? 0 : ICO_PIXELS[i];
            buffer.put((byte) side).put((byte) side).put((byte) 0).put((byte) 0);
            buffer.putShort((short) 1).putShort((short) 32);
            buffer.putInt(images.get(i).length).putInt(offset);
            offset += images.get(i).length;
        }
        images.forEach(buffer::put);
        return buffer.array();
    }

    /** 'icns', the file's length, then chunks of type, length (header included) and PNG; big-endian. */
    static byte[] icns() {
        List<byte[]> images = ICNS_CHUNKS.stream().map(c -> png(c.pixels())).toList();
        int total = 8 + images.stream().mapToInt(b -> 8 + b.length).sum();
        ByteBuffer buffer = ByteBuffer.allocate(total).order(ByteOrder.BIG_ENDIAN);
        buffer.put("icns".getBytes(StandardCharsets.US_ASCII)).putInt(total);
        for (int i = 0; i < images.size(); i++) {
            buffer.put(ICNS_CHUNKS.get(i).type().getBytes(StandardCharsets.US_ASCII)).putInt(8 + images.get(i).length);
            buffer.put(images.get(i));
        }
        return buffer.array();
    }
}
