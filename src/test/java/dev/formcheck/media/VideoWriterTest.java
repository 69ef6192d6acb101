package dev.formcheck.media;

import dev.formcheck.capture.RgbImage;
import dev.formcheck.common.AtomicFiles;
import dev.formcheck.testing.DecodedVideo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class VideoWriterTest {
    /** H.264 at this bitrate changes a flat colour by a few levels; 24 leaves room for chroma subsampling at edges. */
    static final int MAX_COLOUR_ERROR = 24;

    @TempDir
    Path dir;

    @Test
    void aWrittenVideoReopensWithEveryFrameItsSizeAndItsFrameRate() throws Exception {
        Path out = dir.resolve("clip.mp4");
        try (VideoWriter video = VideoWriter.open(out, VideoSettings.of(160, 120, 15))) {
            for (int i = 0; i < 45; i++) {
                video.write(colouredFrame(160, 120, i));
            }
            video.finish();
            assertThat(video.framesWritten()).isEqualTo(45);
        }
        List<RgbImage> frames = new ArrayList<>();
        DecodedVideo.Info info = DecodedVideo.forEachFrame(out, frames::add);
        assertThat(info.frames()).isEqualTo(45);
        assertThat(info.width()).isEqualTo(160);
        assertThat(info.height()).isEqualTo(120);
        assertThat(info.fps()).isCloseTo(15, within(0.1));
        assertThat(info.lastTimestampMicros()).isCloseTo(44 * 1_000_000L / 15, within(1_000L));
        assertThat(listing()).containsExactly("clip.mp4");
        // The pixels survive the trip: the left half red, the right half blue, as written.
        int[] left = pixel(frames.get(10), 40, 60);
        int[] right = pixel(frames.get(10), 120, 60);
        assertThat(left[0]).isCloseTo(200, within(MAX_COLOUR_ERROR));
        assertThat(left[2]).isCloseTo(30, within(MAX_COLOUR_ERROR));
        assertThat(right[0]).isCloseTo(30, within(MAX_COLOUR_ERROR));
        assertThat(right[2]).isCloseTo(200, within(MAX_COLOUR_ERROR));
    }

    @Test
    void nothingAppearsUnderTheTargetNameUntilTheVideoIsFinished() {
        Path out = dir.resolve("clip.mp4");
        try (VideoWriter video = VideoWriter.open(out, VideoSettings.of(64, 48, 30))) {
            video.write(colouredFrame(64, 48, 0));
            assertThat(out).doesNotExist();
            video.finish();
        }
        assertThat(out).exists();
    }

    @Test
    void closingWithoutFinishingDiscardsTheVideoAndKeepsTheOldFile() throws IOException {
        Path out = dir.resolve("clip.mp4");
        Files.writeString(out, "old");
        try (VideoWriter video = VideoWriter.open(out, VideoSettings.of(64, 48, 30))) {
            video.write(colouredFrame(64, 48, 0));
        }
        assertThat(out).hasContent("old");
        assertThat(listing()).containsExactly("clip.mp4");
    }

    @Test
    void aMissingDirectoryIsRefusedBeforeAnythingIsCreated() {
        Path out = dir.resolve("no/such/dir/clip.mp4");
        assertThatThrownBy(() -> VideoWriter.open(out, VideoSettings.of(64, 48, 30)))
                .isInstanceOf(AtomicFiles.OutputNotWritableException.class)
                .hasMessage(out + ": directory " + dir.resolve("no/such/dir") + " does not exist");
        assertThat(listing()).isEmpty();
    }

    @Test
    void aDirectoryRemovedWhileWritingGivesAClearMessageAndLeavesNothingBehind() throws IOException {
        Path sub = Files.createDirectory(dir.resolve("out"));
        Path out = sub.resolve("clip.mp4");
        try (VideoWriter video = VideoWriter.open(out, VideoSettings.of(64, 48, 30))) {
            video.write(colouredFrame(64, 48, 0));
            try (Stream<Path> files = Files.list(sub)) {
                for (Path p : files.toList()) {
                    Files.delete(p);
                }
            }
            Files.delete(sub);
            assertThatThrownBy(video::finish)
                    .isInstanceOf(AtomicFiles.OutputNotWritableException.class)
                    .hasMessageStartingWith(out + ": cannot move the finished video into place (");
        }
        assertThat(listing()).isEmpty();
    }

    @Test
    void aFrameOfTheWrongSizeIsRefusedAndClosingLeavesNothingBehind() {
        Path out = dir.resolve("clip.mp4");
        try (VideoWriter video = VideoWriter.open(out, VideoSettings.of(64, 48, 30))) {
            assertThatThrownBy(() -> video.write(colouredFrame(32, 48, 0)))
                    .isInstanceOf(MediaException.class)
                    .hasMessage("frame 0 is 32x48; this video is 64x48");
        }
        assertThat(listing()).isEmpty();
    }

    @Test
    void aVideoWithoutFramesIsAnErrorNotAnEmptyFile() {
        Path out = dir.resolve("clip.mp4");
        try (VideoWriter video = VideoWriter.open(out, VideoSettings.of(64, 48, 30))) {
            assertThatThrownBy(video::finish).isInstanceOf(MediaException.class).hasMessage(out + ": no frames to write");
        }
        assertThat(listing()).isEmpty();
    }

    @Test
    void settingsRefuseAnOddFrameSizeAndAnImpossibleFrameRate() {
        assertThatThrownBy(() -> VideoSettings.of(641, 480, 30)).hasMessage("H.264 needs an even frame size, not 641x480");
        assertThatThrownBy(() -> VideoSettings.of(640, 480, 0))
                .hasMessage("frame rate must be above 0 and at most 240.0 fps, not 0.0");
    }

    @Test
    void rowsAreCopiedIntoAPaddedBufferAtTheirStride() {
        RgbImage image = colouredFrame(6, 2, 0);
        ByteBuffer padded = ByteBuffer.allocate(2 * 24);
        VideoWriter.copyInto(image.pixels(), 6, 2, padded, 24);
        ByteBuffer pixels = image.pixels();
        for (int y = 0; y < 2; y++) {
            for (int i = 0; i < 18; i++) {
                assertThat(padded.get(y * 24 + i)).isEqualTo(pixels.get(y * 18 + i));
            }
        }
    }

    /** Left half red, right half blue, with a small bright square moving with {@code i}. */
    static RgbImage colouredFrame(int width, int height, int i) {
        byte[] rgb = new byte[width * height * 3];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                boolean left = x < width / 2;
                boolean square = Math.abs(x - (i * 3) % width) < 4 && Math.abs(y - height / 4) < 4;
                int o = 3 * (y * width + x);
                rgb[o] = (byte) (square ? 255 : left ? 200 : 30);
                rgb[o + 1] = (byte) (square ? 255 : 40);
                rgb[o + 2] = (byte) (square ? 255 : left ? 30 : 200);
            }
        }
        return RgbImage.copyOf(width, height, rgb, 0);
    }

    private static int[] pixel(RgbImage image, int x, int y) {
        ByteBuffer p = image.pixels();
        int o = 3 * (y * image.width() + x);
        return new int[] {p.get(o) & 0xff, p.get(o + 1) & 0xff, p.get(o + 2) & 0xff};
    }

    private List<String> listing() {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aFullDiskIsSaidInPlainWordsNotInFfmpegsCode() {
        // the text FFmpeg's writer gives when the disk is full (AVERROR(ENOSPC) = -28), as measured on a full tmpfs
        Exception full = new org.bytedeco.javacv.FrameRecorder.Exception("av_interleaved_write_frame() error -28 while "
                + "writing interleaved video packet. (For more details, make sure FFmpegLogCallback.set() has been called.)");

        assertThat(VideoWriter.describe(full)).isEqualTo("No space left on device");
        assertThat(VideoWriter.describe(new org.bytedeco.javacv.FrameRecorder.Exception("error -22 while encoding")))
                .isEqualTo("error -22 while encoding");
    }
}
