package dev.formcheck.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A video damaged in the middle: the frames that cannot be decoded are counted and named in the
 * summary and the JSON, and past one frame in ten the analysis fails. The video is the generated
 * 4 s sample (120 frames) with a run of its bytes overwritten in the middle of its frame data.
 */
class DamagedVideoTest {
    @TempDir
    static Path samples;
    static byte[] sample;

    @TempDir
    Path dir;

    @BeforeAll
    static void generateTheSample() throws IOException {
        Path file = samples.resolve("sample.mp4");
        CliRun run = CliRun.of("generate-sample", "--seconds", "4", file.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        sample = Files.readAllBytes(file);
    }

    /** A copy of the sample with {@code share} of its bytes, from {@code start} (a share of its length), overwritten. */
    Path damaged(String name, double start, double share) throws IOException {
        byte[] copy = sample.clone();
        int from = (int) (copy.length * start);
        for (int i = from; i < from + (int) (copy.length * share); i++) {
            copy[i] = 0x5A;
        }
        Path file = dir.resolve(name);
        Files.write(file, copy);
        return file;
    }

    @Test
    void aFewUndecodableFramesAreSkippedAndSaidInTheSummaryAndTheJson() throws IOException {
        Path video = damaged("few.mp4", 0.5, 0.005);
        Path json = dir.resolve("few.json");

        CliRun run = CliRun.of("analyze", video.toString(), "--json", json.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("few.mp4: 119 frames, person in 100.0%",
                "\n  skipped: 1 of 120 frames (0.8%) could not be decoded (damaged data) and were skipped\n");
        JsonNode doc = new ObjectMapper().readTree(json.toFile());
        assertThat(AnalyzeCommandTest.schema().validate(doc)).as("schema violations").isEmpty();
        assertThat(doc.path("video").path("frames_skipped").asLong()).isEqualTo(1);
        assertThat(doc.path("video").path("frame_count").asLong()).isEqualTo(119);
    }

    @Test
    void anUndamagedVideoSkipsNothing() throws IOException {
        Path video = damaged("whole.mp4", 0, 0);
        Path json = dir.resolve("whole.json");

        CliRun run = CliRun.of("analyze", video.toString(), "--json", json.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).doesNotContain("skipped");
        assertThat(new ObjectMapper().readTree(json.toFile()).path("video").path("frames_skipped").asLong()).isZero();
    }

    @Test
    void halfTheFramesUndecodableFailsWithTheShareAndWhatToDo() throws IOException {
        Path video = damaged("half.mp4", 0.3, 0.3);

        CliRun run = CliRun.of("analyze", video.toString());

        assertThat(run.exitCode()).isEqualTo(Main.EXIT_FAILURE);
        assertThat(run.err()).isEqualTo("formcheck: " + video + ": 59 of 120 frames (49.2%) could not be decoded "
                + "(damaged data), more than the 10% an analysis can stand; the file is damaged: copy or export it again"
                + System.lineSeparator());
    }
}
