package dev.formcheck.pose;

import dev.formcheck.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.formcheck.modelimport.onnx.OnnxAttribute;
import dev.formcheck.modelimport.onnx.OnnxDataType;
import dev.formcheck.modelimport.onnx.OnnxModel;
import dev.formcheck.modelimport.onnx.OnnxNode;
import dev.formcheck.modelimport.onnx.OnnxValueInfo;
import dev.formcheck.modelimport.onnx.OnnxWriter;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A model that is missing, damaged or the wrong one is refused at load time with a message a user can act on. */
class MoveNetSessionTest {
    @TempDir
    Path dir;

    @Test
    void aMissingModelNamesTheFileAndHowToRestoreIt() {
        Path missing = dir.resolve("movenet-lightning.onnx");
        assertThatThrownBy(() -> MoveNetSession.open(missing, MoveNetModel.LIGHTNING, InferenceSettings.defaults()))
                .isInstanceOf(PoseException.class)
                .hasMessageContaining(missing + ": model file not found")
                .hasMessageContaining("git checkout -- models/")
                .hasMessageContaining("models/README.md");
    }

    @Test
    void aTruncatedModelIsReportedAsDamaged() throws IOException {
        byte[] model = Files.readAllBytes(SharedData.modelsDir().resolve("movenet-lightning.onnx"));
        Path truncated = dir.resolve("movenet-lightning.onnx");
        Files.write(truncated, Arrays.copyOf(model, model.length / 3));
        assertThatThrownBy(() -> MoveNetSession.open(truncated, MoveNetModel.LIGHTNING, InferenceSettings.defaults()))
                .isInstanceOf(PoseException.class)
                .hasMessageStartingWith(truncated + ": not a valid ONNX model (damaged or truncated?)")
                .hasMessageContaining("git checkout -- models/");
    }

    @Test
    void aFileThatIsNotAModelIsReportedAsDamaged() throws IOException {
        Path text = dir.resolve("movenet-thunder.onnx");
        Files.writeString(text, "version https://git-lfs.github.com/spec/v1\n");
        assertThatThrownBy(() -> MoveNetSession.open(text, MoveNetModel.THUNDER, InferenceSettings.defaults()))
                .isInstanceOf(PoseException.class)
                .hasMessageContaining("not a valid ONNX model");
    }

    @Test
    void aModelWithTheRightInputButAnotherOutputIsRefused() throws IOException {
        // a one-node ONNX model: MoveNet's input, cast to float, as its only output
        Path model = dir.resolve("movenet-lightning.onnx");
        OnnxModel onnx = new OnnxModel("not-movenet", 17,
                List.of(new OnnxNode("cast", "Cast", List.of("input"), List.of("output"),
                        List.of(OnnxAttribute.of("to", (long) OnnxDataType.FLOAT.code())))),
                List.of(), List.of(new OnnxValueInfo("input", OnnxDataType.INT32, new long[] {1, 192, 192, 3})),
                List.of(new OnnxValueInfo("output", OnnxDataType.FLOAT, new long[] {1, 192, 192, 3})), Map.of());
        try (OutputStream out = Files.newOutputStream(model)) {
            new OnnxWriter("test", "1").write(onnx, out);
        }
        assertThatThrownBy(() -> MoveNetSession.open(model, MoveNetModel.LIGHTNING, InferenceSettings.defaults()))
                .isInstanceOf(PoseException.class)
                .hasMessageContaining(model + ": expected one output [1, 1, 17, 3] float, found [1, 192, 192, 3] float");
    }

    @Test
    void theWrongVariantIsRefusedWithTheShapesFoundAndExpected() {
        Path lightning = SharedData.modelsDir().resolve("movenet-lightning.onnx");
        assertThatThrownBy(() -> MoveNetSession.open(lightning, MoveNetModel.THUNDER, InferenceSettings.defaults()))
                .isInstanceOf(PoseException.class)
                .hasMessageContaining("expected one input [1, 256, 256, 3] int32, found [1, 192, 192, 3] int32")
                .hasMessageContaining("Is this the thunder model?");
    }
}
