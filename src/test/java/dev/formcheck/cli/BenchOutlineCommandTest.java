package dev.formcheck.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.formcheck.testing.RequiresSharedData;
import dev.formcheck.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class BenchOutlineCommandTest {
    @TempDir
    Path dir;

    @Test
    @RequiresSharedData
    void timesTheMaskAndTheTracingOfARealPhotoAndReportsTheDocumentedFields() throws IOException {
        Path photo = SharedData.resolve("images/exercises/plank-Mountain_Climbers-1.jpg");
        CliRun run = CliRun.of("bench", "outline", photo.toString(), "--model", "thunder",
                "--iterations", "3", "--warmup", "1", "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode result = new ObjectMapper().readTree(run.out());
        assertThat(result.path("threads").asInt()).isEqualTo(1);
        assertThat(result.path("iterations").asInt()).isEqualTo(3);
        assertThat(result.path("frame").asText()).isEqualTo("850x567");
        assertThat(result.path("mask_p50_ms").asDouble()).isPositive();
        assertThat(result.path("trace_p50_ms").asDouble()).isPositive().isLessThan(result.path("mask_p50_ms").asDouble());
        assertThat(result.path("p95_ms").asDouble()).isGreaterThanOrEqualTo(result.path("p50_ms").asDouble());
        assertThat(result.path("outline").asText()).startsWith("traced, lumbar angle");
    }

    @Test
    void aMissingPhotoGivesAShortMessageAndExitCodeOne() {
        Path missing = dir.resolve("nobody.jpg");
        CliRun run = CliRun.of("bench", "outline", missing.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("formcheck: " + missing + ": file not found" + System.lineSeparator());
        assertThat(run.out()).isEmpty();
    }
}
