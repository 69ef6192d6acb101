package dev.formcheck.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.formcheck.capture.VideoFileSource;
import dev.formcheck.testing.RequiresSharedData;
import dev.formcheck.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code analyze} end to end, in process: real video in, JSON and CSV out, and every refusal. */
class AnalyzeCommandTest {
    static final Path SQUAT = SharedData.resolve("videos/squat-side.mp4");
    static final int SQUAT_FRAMES = 614;
    /** The bar for the shared squat video. Measured: 100% with the tracking crop. */
    static final double MIN_PERSON_FRACTION = 0.95;

    @TempDir
    Path dir;

    static JsonSchema schema() throws IOException {
        try (InputStream in = Files.newInputStream(SharedData.projectDir().resolve("docs/schema/analysis-v1.schema.json"))) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
    }

    @Test
    @RequiresSharedData
    void theSquatVideoGivesOneValidEntryPerFrameWithAPersonInNearlyAll() throws IOException {
        Path json = dir.resolve("squat.json");
        Path csv = dir.resolve("squat.csv");
        CliRun run = CliRun.of("analyze", SQUAT.toString(), "--json", json.toString(), "--csv", csv.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("squat-side.mp4: 614 frames, person in");

        JsonNode doc = new ObjectMapper().readTree(json.toFile());
        Set<ValidationMessage> problems = schema().validate(doc);
        assertThat(problems).as("schema violations").isEmpty();
        JsonNode frames = doc.path("frames");
        assertThat(frames).hasSize(SQUAT_FRAMES);
        assertThat(doc.path("video").path("frame_count").asInt()).isEqualTo(SQUAT_FRAMES);
        double last = -1;
        int withPerson = 0;
        for (JsonNode frame : frames) {
            assertThat(frame.path("t_s").asDouble()).isGreaterThan(last);
            last = frame.path("t_s").asDouble();
            withPerson += frame.path("person").asBoolean() ? 1 : 0;
        }
        assertThat(withPerson / (double) SQUAT_FRAMES).isGreaterThanOrEqualTo(MIN_PERSON_FRACTION);
        assertThat(doc.path("timing").path("realtime_factor").asDouble()).isPositive();

        List<String> rows = Files.readAllLines(csv);
        assertThat(rows).hasSize(SQUAT_FRAMES + 1);
        assertThat(rows.get(0)).startsWith("t_s,person,inference_ms,nose_x,nose_y,nose_score");
        assertThat(rows.get(0).split(",")).hasSize(3 + 17 * 3);
        assertThat(listing()).containsExactlyInAnyOrder("squat.json", "squat.csv");
    }

    @Test
    @RequiresSharedData
    void severalVideosWriteOneFileEachIntoADirectory() throws IOException {
        Path copy = dir.resolve("second.mp4");
        Files.copy(SQUAT, copy);
        Path out = Files.createDirectory(dir.resolve("out"));
        CliRun run = CliRun.of("analyze", "--stride", "10", SQUAT.toString(), copy.toString(), "--json", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(out.resolve("squat-side.json")).exists();
        assertThat(out.resolve("second.json")).exists();
        assertThat(new ObjectMapper().readTree(out.resolve("second.json").toFile()).path("frames")).hasSize((SQUAT_FRAMES + 9) / 10);
    }

    @Test
    @RequiresSharedData
    void theOverlayVideoHasEveryAnalysedFrameAtTheVideosSize() {
        Path overlay = dir.resolve("squat.overlay.mp4");
        CliRun run = CliRun.of("analyze", "--stride", "5", SQUAT.toString(), "--overlay", overlay.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("overlay: " + overlay);
        try (VideoFileSource reopened = VideoFileSource.open(overlay)) {
            assertThat(reopened.info().width()).isEqualTo(608);
            assertThat(reopened.info().height()).isEqualTo(1080);
            long frames = 0;
            while (reopened.next().isPresent()) {
                frames++;
            }
            assertThat(frames).isEqualTo((SQUAT_FRAMES + 4) / 5);
        }
        assertThat(listing()).containsExactly("squat.overlay.mp4");
    }

    @Test
    @RequiresSharedData
    void severalVideosNeedADirectoryNotAFile() throws IOException {
        Path copy = dir.resolve("second.mp4");
        Files.copy(SQUAT, copy);
        CliRun run = CliRun.of("analyze", SQUAT.toString(), copy.toString(), "--json", dir.resolve("all.json").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("with several videos, " + dir.resolve("all.json") + " must be an existing directory");
        assertThat(listing()).containsExactly("second.mp4");
    }

    @Test
    @RequiresSharedData
    void aTruncatedCopyIsReportedAndLeavesNoOutput() throws IOException {
        Path cut = dir.resolve("cut.mp4");
        byte[] video = Files.readAllBytes(SQUAT);
        Files.write(cut, Arrays.copyOf(video, video.length / 2));
        CliRun run = CliRun.of("analyze", cut.toString(), "--json", dir.resolve("cut.json").toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("formcheck: " + cut
                + ": an MP4 that cannot be opened; it looks incomplete (an unfinished copy or download?)" + System.lineSeparator());
        assertThat(listing()).containsExactly("cut.mp4");
    }

    @Test
    @RequiresSharedData
    void benchAnalyzeReportsEveryFrameAndTheTimings() throws IOException {
        CliRun run = CliRun.of("bench", "analyze", "--json", SQUAT.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode result = new ObjectMapper().readTree(run.out());
        assertThat(result.path("mode").asText()).isEqualTo("file");
        assertThat(result.path("frames_in").asLong()).isEqualTo(SQUAT_FRAMES);
        assertThat(result.path("frames_analysed").asLong()).isEqualTo(SQUAT_FRAMES);
        assertThat(result.path("frames_dropped").asLong()).isZero();
        assertThat(result.path("pipeline_realtime_factor").asDouble()).isPositive();
        assertThat(result.path("latency_p95_ms").asDouble()).isGreaterThanOrEqualTo(result.path("latency_p50_ms").asDouble());
    }

    @Test
    void aFolderOfImagesIsAnalysedAsFramesAtTheGivenRate() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("frames"));
        for (int i = 0; i < 4; i++) {
            javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(96, 64,
                    java.awt.image.BufferedImage.TYPE_3BYTE_BGR), "png", folder.resolve("f" + i + ".png").toFile());
        }
        Path json = dir.resolve("frames.json");
        CliRun run = CliRun.of("analyze", folder.toString(), "--fps", "2", "--json", json.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode frames = new ObjectMapper().readTree(json.toFile()).path("frames");
        assertThat(frames).hasSize(4);
        assertThat(frames.get(3).path("t_s").asDouble()).isEqualTo(1.5);
        assertThat(schema().validate(new ObjectMapper().readTree(json.toFile()))).isEmpty();
    }

    @Test
    void outputsThatWouldCollideAreRefusedBeforeAnyWork() throws IOException {
        Path sample = SharedData.projectDir().resolve("test-videos/squat-side-synthetic.mp4");
        Path same = dir.resolve("out.json");
        CliRun run = CliRun.of("analyze", sample.toString(), "--json", same.toString(), "--csv", same.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(same + " would be written twice, or over an input");
        CliRun overInput = CliRun.of("analyze", sample.toString(), "--overlay", sample.toString());
        assertThat(overInput.exitCode()).isEqualTo(2);
        assertThat(listing()).isEmpty();
    }

    @Test
    void aVideoCutShortMidStreamIsAnalysedUpToTheCutAndReportedAsTruncated() throws IOException {
        Path cut = dir.resolve("half.mp4");
        byte[] video = Files.readAllBytes(SharedData.projectDir().resolve("test-videos/squat-side-synthetic.mp4"));
        Files.write(cut, Arrays.copyOf(video, video.length / 2));
        Path json = dir.resolve("half.json");
        CliRun run = CliRun.of("analyze", cut.toString(), "--json", json.toString());
        assertThat(run.exitCode()).as("its results were written").isZero();
        assertThat(run.err()).contains("warning: " + cut + ": the video stops at").contains("the file looks truncated")
                .contains("analysed and written up to there");
        JsonNode doc = new ObjectMapper().readTree(json.toFile());
        int frames = doc.path("frames").size();
        assertThat(doc.path("video").path("frame_count").asInt()).isEqualTo(frames);
        assertThat(doc.path("video").path("duration_s").asDouble()).as("how far the video got, not 20 s")
                .isCloseTo(frames / 30.0, org.assertj.core.data.Offset.offset(0.1));
    }

    @Test
    void aTextFileNamedMp4IsRefusedWithAMessage() throws IOException {
        Path fake = dir.resolve("clip.mp4");
        Files.writeString(fake, "not a video");
        CliRun run = CliRun.of("analyze", fake.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains(fake + ": not a video FFmpeg can read");
        assertThat(run.err().lines().count()).isEqualTo(1);
    }

    @Test
    void aMissingVideoFailsBeforeTheModelLoads() {
        Path missing = dir.resolve("gone.mp4");
        CliRun run = CliRun.of("analyze", missing.toString(), "--json", dir.resolve("gone.json").toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("formcheck: " + missing + ": file not found" + System.lineSeparator());
        assertThat(listing()).isEmpty();
    }

    @Test
    void anOutputInAMissingDirectoryFailsBeforeAnyWork() throws IOException {
        Path fake = dir.resolve("clip.mp4");
        Files.writeString(fake, "not a video");
        Path out = dir.resolve("no/such/dir/out.json");
        CliRun run = CliRun.of("analyze", fake.toString(), "--json", out.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains(out + ": directory").contains("does not exist").doesNotContain("FFmpeg");
    }

    private List<String> listing() {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
