package dev.formcheck.cli;

import dev.formcheck.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Images too large to decode, from the packaged jar in a JVM with a 96 MB heap: a huge PNG is
 * refused from its header before any pixel is decoded (decoding would need gigabytes), and an
 * image that does run the heap out gives one line, not a stack trace.
 */
public class HugeImageIT {
    @TempDir
    Path dir;

    record Result(int exitCode, String out, String err) {
    }

    static Result launchWithSmallHeap(String... args) throws IOException, InterruptedException {
        String jar = System.getProperty("formcheck.jar", SharedData.projectDir().resolve("target/formcheck.jar").toString());
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx96m", "-jar", jar));
        command.addAll(List.of(args));
        Path out = Files.createTempFile("formcheck-out", ".txt");
        Path err = Files.createTempFile("formcheck-err", ".txt");
        try {
            Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            p.getOutputStream().close();
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
            return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    /**
     * A valid PNG of {@code width} x {@code height} grey pixels, all zero, written row by row
     * through a deflater, so neither the test nor the file holds the image (900 MP is 2.6 MB).
     */
    public static void writeBlankPng(Path file, int width, int height) throws IOException {
        ByteArrayOutputStream idat = new ByteArrayOutputStream();
        try (DeflaterOutputStream z = new DeflaterOutputStream(idat, new Deflater(Deflater.BEST_SPEED))) {
            byte[] row = new byte[1 + width]; // filter byte 0, then one grey byte a pixel
            for (int y = 0; y < height; y++) {
                z.write(row);
            }
        }
        ByteArrayOutputStream ihdr = new ByteArrayOutputStream();
        DataOutputStream h = new DataOutputStream(ihdr);
        h.writeInt(width);
        h.writeInt(height);
        h.write(new byte[] {8, 0, 0, 0, 0}); // 8-bit greyscale, deflate, no filter method, no interlace
        try (DataOutputStream png = new DataOutputStream(Files.newOutputStream(file))) {
            png.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
            chunk(png, "IHDR", ihdr.toByteArray());
            chunk(png, "IDAT", idat.toByteArray());
            chunk(png, "IEND", new byte[0]);
        }
    }

    private static void chunk(DataOutputStream png, String type, byte[] data) throws IOException {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        png.writeInt(data.length);
        png.write(name);
        png.write(data);
        png.writeInt((int) crc.getValue());
    }

    @Test
    void a30000By30000PngIsRefusedFromItsHeaderWithItsSize() throws Exception {
        Path huge = dir.resolve("huge.png");
        writeBlankPng(huge, 30000, 30000);

        Result r = launchWithSmallHeap("pose", huge.toString());

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("formcheck: " + huge + ": 30000x30000 pixels (900.0 megapixels) is more than the 50 "
                + "megapixels FormCheck reads; scale it down (4000 pixels on the long side is plenty) and try again\n");
    }

    @Test
    void anImageThatRunsTheHeapOutGivesOneLineAndNoStackTrace() throws Exception {
        Path large = dir.resolve("large.png"); // 49 MP: under the limit, but not in a 96 MB heap
        writeBlankPng(large, 7000, 7000);

        Result r = launchWithSmallHeap("pose", large.toString());

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).startsWith("formcheck: out of memory (Java heap space); try a smaller input, "
                + "or give Java more memory: java -Xmx4g -jar formcheck.jar ...");
        assertThat(r.err().lines().count()).isEqualTo(1);
        assertThat(r.err()).doesNotContain("\tat ", "Exception in thread");
    }
}
