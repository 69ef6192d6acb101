package dev.formcheck.modelimport;

import dev.formcheck.modelimport.core.ModelImportException;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.regex.Pattern;

import static dev.formcheck.modelimport.HostTensor.Kind.FLOAT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Broken models fail with one message that names the file and the tensor or node at fault, and
 * leave nothing in the output directory: no model, no temporary {@code .part} file.
 */
class ModelImportFailureTest {
    @TempDir
    Path dir;

    private Path modelDir;
    private Path outDir;
    private Path output;

    @BeforeEach
    void createDirectories() throws IOException {
        modelDir = Files.createDirectory(dir.resolve("model"));
        outDir = Files.createDirectory(dir.resolve("out"));
        output = outDir.resolve("model.onnx");
    }

    @Test
    void everyUnsupportedOpIsListedWithItsNodesInOneMessage() throws Exception {
        TfjsGraphBuilder g = new TfjsGraphBuilder().placeholder("x", FLOAT, 1, 8, 8, 3);
        g.node("norm_a", "LRN", "x");
        g.node("act", "Sigmoid", "norm_a");
        g.node("norm_b", "LRN", "act");
        g.node("probs", "Softmax", "norm_b");
        Path modelJson = g.writeTo(modelDir);

        assertThat(importFails(modelJson)).hasMessage(modelJson
                + ": 2 unsupported ops: LRN (2 nodes: norm_a, norm_b); Softmax (1 node: probs)");
    }

    @Test
    void unsupportedOpsAreListedBeforeAnyWeightShardIsRead() throws Exception {
        TfjsGraphBuilder g = convModel(3, 3);
        g.node("probs", "Softmax", "conv");
        Path modelJson = g.writeTo(modelDir);
        Files.delete(modelDir.resolve(TfjsGraphBuilder.SHARD));

        assertThat(importFails(modelJson)).hasMessage(modelJson + ": 1 unsupported op: Softmax (1 node: probs)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"SquaredDifference", "FloorDiv", "Sub"})
    void constantsWhoseShapesDoNotBroadcastNameTheNodeAndBothTensors(String op) throws Exception {
        TfjsGraphBuilder g = new TfjsGraphBuilder().placeholder("x", FLOAT, 1, 3)
                .constant("a", HostTensor.floats(new int[] {2}, 1, 2))
                .constant("b", HostTensor.floats(new int[] {3}, 1, 2, 3));
        g.node("bad", op, "a", "b").type("T", FLOAT);
        g.node("out", "AddV2", "x", "bad").type("T", FLOAT);
        Path modelJson = g.writeTo(modelDir);

        assertThat(importFails(modelJson)).hasMessage(modelJson + ": node bad (" + op
                + "): shapes [2] of a and [3] of b do not broadcast");
    }

    @Test
    void aWeightShardOutsideTheModelDirectoryIsRefused() throws Exception {
        Path modelJson = convModel(3, 3).writeTo(modelDir);
        Files.writeString(modelJson, Files.readString(modelJson).replace("\"w.bin\"", "\"../w.bin\""));

        assertThat(importFails(modelJson)).hasMessage(dir.resolve("w.bin")
                + ": weight shard path '../w.bin' leaves the model's directory; shards must sit beside model.json");
    }

    @Test
    void malformedJsonNamesTheFileAndLine() throws Exception {
        Path modelJson = modelDir.resolve(TfjsGraphBuilder.MODEL_JSON);
        Files.writeString(modelJson, """
                {
                  "format": "graph-model",
                  "modelTopology": {"node": [
                    {"name": "x", "op": "Placeholder",}
                  ]}
                }
                """);

        assertThat(importFails(modelJson))
                .hasMessageMatching(Pattern.quote(modelJson + ": malformed JSON at line 4, column ") + "\\d+");
    }

    @Test
    void missingWeightShardIsNamedByItsPath() throws Exception {
        Path modelJson = convModel(3, 3).writeTo(modelDir);
        Files.delete(modelDir.resolve(TfjsGraphBuilder.SHARD));

        assertThat(importFails(modelJson)).hasMessage(modelDir.resolve(TfjsGraphBuilder.SHARD)
                + ": weight shard not found (listed in the model's weightsManifest)");
    }

    @Test
    void shortWeightShardNamesTheShardAndTheTensorThatDoesNotFit() throws Exception {
        Path modelJson = convModel(3, 3).writeTo(modelDir);
        Path shard = modelDir.resolve(TfjsGraphBuilder.SHARD);
        byte[] bytes = Files.readAllBytes(shard);
        // filter: 3·3·3·2 floats = 216 bytes, then bias: 2 floats = 8 bytes; cut the bias short
        assertThat(bytes).hasSize(224);
        Files.write(shard, Arrays.copyOf(bytes, 220));

        assertThat(importFails(modelJson)).hasMessage(shard.toAbsolutePath()
                + ": too short; tensor conv/bias needs 8 bytes at offset 216 but only 4 remain");
    }

    @Test
    void weightShardWithBytesTheManifestDoesNotDescribeIsRejected() throws Exception {
        Path modelJson = convModel(3, 3).writeTo(modelDir);
        Path shard = modelDir.resolve(TfjsGraphBuilder.SHARD);
        Files.write(shard, new byte[4], StandardOpenOption.APPEND);

        assertThat(importFails(modelJson)).hasMessage(shard.toAbsolutePath()
                + ": 4 bytes left over after the last tensor; the manifest does not describe these shards");
    }

    @Test
    void convolutionFilterWhoseChannelsDifferFromItsInputNamesTheNodeAndTensor() throws Exception {
        Path modelJson = convModel(3, 4).writeTo(modelDir);

        assertThat(importFails(modelJson)).hasMessage(modelJson + ": node conv (_FusedConv2D): filter conv/filter"
                + " of shape [3, 3, 4, 2] expects 4 input channels but x has 3");
    }

    @Test
    void unsupportedFusedActivationNamesTheNode() throws Exception {
        TfjsGraphBuilder g = new TfjsGraphBuilder().placeholder("x", FLOAT, 1, 4, 4, 2)
                .constant("f", HostTensor.floats(new int[] {1, 1, 2, 1}, 1f, 2f))
                .constant("b", HostTensor.floats(new int[] {1}, 0f))
                .constant("alpha", HostTensor.floats(new int[] {1}, 0.1f));
        g.node("conv", "_FusedConv2D", "x", "f", "b", "alpha").strings("fused_ops", "BiasAdd", "Prelu")
                .ints("strides", 1, 1, 1, 1).s("padding", "VALID");
        Path modelJson = g.writeTo(modelDir);

        assertThat(importFails(modelJson)).hasMessage(modelJson + ": node conv (_FusedConv2D): fused op Prelu is not supported");
    }

    @Test
    void inputWithAnUnknownNonBatchDimensionIsRejectedByName() throws Exception {
        TfjsGraphBuilder g = new TfjsGraphBuilder().placeholder("image", FLOAT, -1, -1, 4, 3);
        g.node("act", "Sigmoid", "image");
        Path modelJson = g.writeTo(modelDir);

        // the dynamic batch is already fixed to 1; the unknown height is what stops the import
        assertThat(importFails(modelJson)).hasMessage(modelJson
                + ": input image has shape [1, -1, 4, 3]; only fully static input shapes can be imported");
    }

    @Test
    void constWithoutAWeightsManifestEntryIsNamed() throws Exception {
        TfjsGraphBuilder g = new TfjsGraphBuilder().placeholder("x", FLOAT, 2);
        g.node("orphan", "Const").type("dtype", FLOAT);
        g.node("sum", "AddV2", "x", "orphan");
        Path modelJson = g.writeTo(modelDir);

        assertThat(importFails(modelJson)).hasMessage(modelJson + ": constant orphan has no entry in the weights manifest");
    }

    @Test
    void expandDimsWithAnEmptyAxisConstantIsReportedAsABadModelNamingTheNode() throws Exception {
        TfjsGraphBuilder g = new TfjsGraphBuilder().placeholder("x", FLOAT, 2, 3).intVector("axis");
        g.node("expand", "ExpandDims", "x", "axis");
        Path modelJson = g.writeTo(modelDir);

        assertThat(importFails(modelJson)).hasMessageStartingWith(modelJson + ": node expand (ExpandDims)");
    }

    @Test
    void resizeWithBothCoordinateFlagsIsRejected() throws Exception {
        TfjsGraphBuilder g = new TfjsGraphBuilder().placeholder("x", FLOAT, 1, 4, 4, 1).intVector("size", 8, 8);
        g.node("resized", "ResizeBilinear", "x", "size").b("align_corners", true).b("half_pixel_centers", true);
        Path modelJson = g.writeTo(modelDir);

        assertThat(importFails(modelJson)).hasMessage(modelJson
                + ": node resized (ResizeBilinear): align_corners and half_pixel_centers cannot both be set");
    }

    @Test
    void successfulImportLeavesExactlyTheModelInTheOutputDirectory() throws Exception {
        Path modelJson = convModel(3, 3).writeTo(modelDir);

        ModelImporter.standard().importModel(modelJson, output, "test");

        try (var files = Files.list(outDir)) {
            assertThat(files).containsExactly(output);
        }
        assertThat(output).isNotEmptyFile();
    }

    @Test
    void outputInAMissingDirectoryFailsBeforeTheModelIsRead() {
        Path missing = dir.resolve("missing");
        Path target = missing.resolve("model.onnx");
        // the model does not exist either: reading it first would fail with "file not found" instead
        Path modelJson = modelDir.resolve(TfjsGraphBuilder.MODEL_JSON);

        assertThatThrownBy(() -> ModelImporter.standard().importModel(modelJson, target, "test"))
                .isInstanceOf(ModelImportException.class)
                .hasMessage(target + ": directory " + missing + " does not exist");
        assertThat(missing).doesNotExist();
    }

    /** Placeholder x [1, 5, 5, inChannels] into a fused 3x3 convolution whose filter expects {@code filterChannels}. */
    private static TfjsGraphBuilder convModel(int inChannels, int filterChannels) {
        int[] filterShape = {3, 3, filterChannels, 2};
        TfjsGraphBuilder g = new TfjsGraphBuilder().placeholder("x", FLOAT, 1, 5, 5, inChannels)
                .constant("conv/filter", new HostTensor(FLOAT, filterShape, new double[HostTensor.count(filterShape)]))
                .constant("conv/bias", HostTensor.floats(new int[] {2}, 0.5f, -0.5f));
        g.node("conv", "_FusedConv2D", "x", "conv/filter", "conv/bias").type("T", FLOAT)
                .strings("fused_ops", "BiasAdd").i("num_args", 1)
                .ints("strides", 1, 1, 1, 1).s("padding", "SAME").s("data_format", "NHWC");
        return g;
    }

    /** Imports {@code modelJson} to {@link #output}, expecting failure, and checks nothing was left behind. */
    private ModelImportException importFails(Path modelJson) {
        ModelImportException e = catchThrowableOfType(ModelImportException.class,
                () -> ModelImporter.standard().importModel(modelJson, output, "test"));
        assertThat(e).as("the import's exception").isNotNull();
        assertThat(outDir).as("output directory: no model and no .part file").isEmptyDirectory();
        return e;
    }
}
