package dev.formcheck.pose;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.formcheck.cli.CliRun;
import dev.formcheck.testing.RequiresSharedData;
import dev.formcheck.testing.SharedData;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Our ONNX conversion gives the same numbers as the original MoveNet TF.js graph: every reference
 * input (already at model size) is run through the public {@code pose --json} command, and the
 * normalised (y, x, score) of every keypoint must equal the original's within {@link #TOLERANCE}.
 */
@RequiresSharedData
class MoveNetEquivalenceTest {
    /** The bound. Measured: 4.3e-6 (Lightning) and 2.4e-6 (Thunder) at worst. */
    static final double TOLERANCE = 1e-3;

    @ParameterizedTest
    @EnumSource(MoveNetModel.class)
    void onnxOutputsEqualTheOriginalModelOnEveryReferenceImage(MoveNetModel model) throws IOException {
        Path dir = SharedData.resolve("reference/" + model.inputSize());
        List<Path> images;
        try (Stream<Path> files = Files.list(dir)) {
            images = files.filter(p -> p.toString().endsWith(".png")).sorted().toList();
        }
        assertThat(images).as("reference images in " + dir).hasSizeGreaterThanOrEqualTo(10);
        JsonNode expected = new ObjectMapper().readTree(
                SharedData.resolve("reference/movenet-" + model.id() + "-expected.json").toFile());

        List<String> args = new ArrayList<>(List.of("pose", "--json", "--model", model.id()));
        images.forEach(p -> args.add(p.toString()));
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isZero();

        JsonNode results = new ObjectMapper().readTree(run.out()).path("images");
        assertThat(results).hasSize(images.size());
        SoftAssertions softly = new SoftAssertions();
        for (JsonNode image : results) {
            String name = Path.of(image.path("file").asText()).getFileName().toString();
            assertThat(image.path("width").asInt()).isEqualTo(model.inputSize());
            assertThat(image.path("height").asInt()).isEqualTo(model.inputSize());
            JsonNode want = expected.path(name);
            assertThat(want.size()).as("expected keypoints for " + name).isEqualTo(BodyPart.COUNT);
            for (int k = 0; k < BodyPart.COUNT; k++) {
                JsonNode got = image.path("keypoints").get(k);
                String where = name + " " + got.path("name").asText();
                assertThat(got.path("name").asText()).isEqualTo(BodyPart.values()[k].id());
                // pose prints pixels; for a model-size image x = x_norm * width exactly
                softly.assertThat(got.path("y").asDouble() / model.inputSize()).as(where + " y")
                        .isCloseTo(want.get(k).get(0).asDouble(), org.assertj.core.data.Offset.offset(TOLERANCE));
                softly.assertThat(got.path("x").asDouble() / model.inputSize()).as(where + " x")
                        .isCloseTo(want.get(k).get(1).asDouble(), org.assertj.core.data.Offset.offset(TOLERANCE));
                softly.assertThat(got.path("score").asDouble()).as(where + " score")
                        .isCloseTo(want.get(k).get(2).asDouble(), org.assertj.core.data.Offset.offset(TOLERANCE));
            }
        }
        softly.assertAll();
    }
}
