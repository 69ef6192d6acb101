package dev.formcheck.capture;

import dev.formcheck.testing.RequiresSharedData;
import dev.formcheck.testing.SharedData;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.ShortBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VideoFileSourceTest {
    static final Path SQUAT = SharedData.resolve("videos/squat-side.mp4");

    @TempDir
    Path dir;

    @Test
    @RequiresSharedData
    void everyFrameOfTheSquatVideoIsDecodedInOrderWithIncreasingTimestamps() {
        try (VideoFileSource source = VideoFileSource.open(SQUAT)) {
            SourceInfo info = source.info();
            assertThat(info.width()).isEqualTo(608);
            assertThat(info.height()).isEqualTo(1080);
            assertThat(info.fps()).isCloseTo(29.97, org.assertj.core.data.Offset.offset(0.01));
            assertThat(info.live()).isFalse();
            long count = 0;
            long last = Long.MIN_VALUE;
            Optional<RgbImage> frame;
            while ((frame = source.next()).isPresent()) {
                assertThat(frame.get().timestampMicros()).isGreaterThan(last);
                assertThat(frame.get().width()).isEqualTo(608);
                last = frame.get().timestampMicros();
                count++;
            }
            assertThat(count).isEqualTo(info.frameCount()).isEqualTo(614);
            assertThat(source.endOfStream().complete()).isTrue();
        }
    }

    @Test
    @RequiresSharedData
    void aStrideKeepsOneFrameInN() {
        try (VideoFileSource source = VideoFileSource.open(SQUAT, 3)) {
            long count = 0;
            while (source.next().isPresent()) {
                count++;
            }
            assertThat(count).isEqualTo((614 + 2) / 3);
        }
    }

    @Test
    @RequiresSharedData
    void aStrideChosenAfterOpeningKeepsTheSameFramesWithTheSamePixels() {
        try (VideoFileSource every = VideoFileSource.open(SQUAT); VideoFileSource halved = VideoFileSource.open(SQUAT)) {
            halved.keepOneIn(2);
            assertThat(halved.stride()).isEqualTo(2);
            for (int kept = 0; kept < 8; kept++) {
                RgbImage expected = every.next().orElseThrow();
                every.next().orElseThrow().release(); // the frame the halved source decodes but never converts
                RgbImage actual = halved.next().orElseThrow();
                assertThat(actual.timestampMicros()).isEqualTo(expected.timestampMicros());
                assertThat(actual.pixels()).isEqualTo(expected.pixels());
                expected.release();
                actual.release();
            }
            assertThatThrownBy(() -> halved.keepOneIn(3)).isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    @RequiresSharedData
    void aTruncatedCopyOfARealVideoIsReportedAsIncomplete() throws IOException {
        Path cut = dir.resolve("cut.mp4");
        byte[] video = Files.readAllBytes(SQUAT);
        Files.write(cut, Arrays.copyOf(video, video.length / 2));
        assertThatThrownBy(() -> VideoFileSource.open(cut))
                .isInstanceOfSatisfying(CaptureException.class, e -> assertThat(e.reason()).isEqualTo(CaptureException.Reason.TRUNCATED))
                .hasMessage(cut + ": an MP4 that cannot be opened; it looks incomplete (an unfinished copy or download?)");
    }

    @Test
    void aTextFileNamedMp4IsNotAVideo() throws IOException {
        Path fake = dir.resolve("clip.mp4");
        Files.writeString(fake, "this is not a video\n");
        assertThatThrownBy(() -> VideoFileSource.open(fake))
                .isInstanceOfSatisfying(CaptureException.class, e -> assertThat(e.reason()).isEqualTo(CaptureException.Reason.NOT_MEDIA))
                .hasMessage(fake + ": not a video FFmpeg can read (damaged, or not a video at all)");
    }

    @Test
    void aMissingPathIsReportedAsNotFound() {
        Path missing = dir.resolve("nothing.mp4");
        assertThatThrownBy(() -> VideoFileSource.open(missing))
                .isInstanceOfSatisfying(CaptureException.class, e -> assertThat(e.reason()).isEqualTo(CaptureException.Reason.FILE_NOT_FOUND))
                .hasMessage(missing + ": file not found");
    }

    @Test
    void anAudioOnlyFileHasNoVideoStream() throws Exception {
        Path audio = dir.resolve("tone.wav");
        try (FFmpegFrameRecorder recorder = new FFmpegFrameRecorder(audio.toFile(), 1)) {
            recorder.setFormat("wav");
            recorder.setSampleRate(8000);
            recorder.start();
            short[] samples = new short[8000];
            for (int i = 0; i < samples.length; i++) {
                samples[i] = (short) (8000 * Math.sin(i * 2 * Math.PI * 440 / 8000));
            }
            recorder.recordSamples(8000, 1, ShortBuffer.wrap(samples));
        }
        assertThatThrownBy(() -> VideoFileSource.open(audio))
                .isInstanceOfSatisfying(CaptureException.class, e -> assertThat(e.reason()).isEqualTo(CaptureException.Reason.NO_VIDEO_STREAM))
                .hasMessage(audio + ": has no video stream (an audio-only file?)");
    }

    /** The bundled sample keeps its index at the front, so a copy cut in half still opens and plays up to the cut. */
    @Test
    void aVideoCutShortMidStreamDeliversFramesUpToTheCutThenSaysItIsTruncated() throws IOException {
        Path sample = SharedData.projectDir().resolve("test-videos/squat-side-synthetic.mp4");
        Path cut = dir.resolve("half.mp4");
        byte[] video = Files.readAllBytes(sample);
        Files.write(cut, Arrays.copyOf(video, video.length / 2));
        try (VideoFileSource source = VideoFileSource.open(cut)) {
            long frames = 0;
            while (source.next().isPresent()) {
                frames++;
            }
            assertThat(frames).isBetween(200L, 400L);
            assertThat(source.endOfStream().complete()).isFalse();
            assertThat(source.endOfStream().note()).matches(java.util.regex.Pattern.quote(cut.toString())
                    + ": the video stops at \\d+\\.\\d s of its 20\\.0 s; the file looks truncated");
        }
    }

    @Test
    void aVideoWithRotationMetadataIsTurnedUprightAsFfmpegWouldShowIt() throws Exception {
        Path phone = dir.resolve("phone.mp4");
        try (FFmpegFrameRecorder recorder = new FFmpegFrameRecorder(phone.toFile(), 64, 32)) {
            recorder.setFormat("mp4");
            recorder.setVideoCodec(org.bytedeco.ffmpeg.global.avcodec.AV_CODEC_ID_MPEG4);
            recorder.setFrameRate(10);
            recorder.setVideoQuality(1);
            recorder.setDisplayRotation(-90); // a phone held upright records its picture turned
            recorder.start();
            org.bytedeco.javacv.Frame frame = new org.bytedeco.javacv.Frame(64, 32, org.bytedeco.javacv.Frame.DEPTH_UBYTE, 3);
            java.nio.ByteBuffer pixels = (java.nio.ByteBuffer) frame.image[0];
            for (int y = 0; y < 32; y++) {
                for (int x = 0; x < 64; x++) {
                    byte v = (byte) (x < 16 ? 255 : 0); // a bright band at the stored left edge
                    int o = y * frame.imageStride + x * 3;
                    pixels.put(o, v).put(o + 1, v).put(o + 2, v);
                }
            }
            for (int i = 0; i < 3; i++) {
                recorder.record(frame, org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_BGR24);
            }
        }
        try (VideoFileSource source = VideoFileSource.open(phone)) {
            assertThat(source.info().width()).isEqualTo(32);
            assertThat(source.info().height()).isEqualTo(64);
            RgbImage first = source.next().orElseThrow();
            assertThat(first.width()).isEqualTo(32);
            // turned clockwise: the stored left edge is now the top
            assertThat(first.pixels().get((4 * 32 + 16) * 3) & 0xff).as("top middle").isGreaterThan(200);
            assertThat(first.pixels().get((50 * 32 + 16) * 3) & 0xff).as("bottom middle").isLessThan(60);
        }
    }

    @Test
    void upToOneFrameInTenUndecodableIsSkippedWithANotePastItTheStreamFails() {
        Path file = Path.of("clip.mp4");

        EndOfStream tenPercent = VideoFileSource.judgeSkipped(file, 120, 108);
        EndOfStream past = VideoFileSource.judgeSkipped(file, 120, 107);

        assertThat(tenPercent).isEqualTo(new EndOfStream(true,
                "12 of 120 frames (10.0%) could not be decoded (damaged data) and were skipped", 12));
        assertThat(past).isEqualTo(new EndOfStream(false, "clip.mp4: 13 of 120 frames (10.8%) could not be decoded "
                + "(damaged data), more than the 10% an analysis can stand; the file is damaged: copy or export it again", 13));
        assertThat(VideoFileSource.judgeSkipped(file, 120, 120)).isEqualTo(EndOfStream.COMPLETE);
        assertThat(VideoFileSource.judgeSkipped(file, 0, 57)).as("no recorded count (MKV, WebM)").isEqualTo(EndOfStream.COMPLETE);
    }
}
