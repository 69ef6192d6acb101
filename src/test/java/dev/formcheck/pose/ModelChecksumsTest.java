package dev.formcheck.pose;

import dev.formcheck.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Shipped models are checked against models/SHA256SUMS before they load. */
class ModelChecksumsTest {
    private static final String RESTORE = "Reinstall FormCheck; in a copy of its source, restore it with 'git checkout -- models/' or regenerate it as models/README.md describes.";

    @TempDir
    Path dir;

    /** A copy of Lightning and of the shipped list in {@link #dir}. */
    Path copyOfLightning() throws IOException {
        Files.copy(SharedData.modelsDir().resolve("SHA256SUMS"), dir.resolve("SHA256SUMS"), StandardCopyOption.REPLACE_EXISTING);
        return Files.copy(SharedData.modelsDir().resolve("movenet-lightning.onnx"), dir.resolve("movenet-lightning.onnx"),
                StandardCopyOption.REPLACE_EXISTING);
    }

    /** Changes four bytes in the middle of the file: inside the weights, so the model stays valid ONNX. */
    static void alterWeights(Path model) throws IOException {
        byte[] bytes = Files.readAllBytes(model);
        for (int i = 0; i < 4; i++) {
            bytes[bytes.length / 2 + i] ^= 0x40;
        }
        Files.write(model, bytes);
    }

    @Test
    void aModelWithAlteredWeightsIsRefusedWithTheRestoreAdvice() throws IOException {
        Path model = copyOfLightning();
        alterWeights(model);

        assertThatThrownBy(() -> MoveNetSession.open(model, MoveNetModel.LIGHTNING, InferenceSettings.defaults()))
                .isInstanceOf(PoseException.class)
                .hasMessage(model + ": not the shipped model file (its sha256 differs from SHA256SUMS; damaged or altered?). "
                        + RESTORE);
    }

    @Test
    void theAlteredModelWouldOtherwiseLoadAndRun() throws IOException {
        Path model = copyOfLightning();
        alterWeights(model);
        Files.delete(dir.resolve("SHA256SUMS")); // a directory without a list is not checked

        try (MoveNetSession session = MoveNetSession.open(model, MoveNetModel.LIGHTNING, InferenceSettings.defaults())) {
            assertThat(session).isNotNull();
        }
    }

    @Test
    void theShippedModelPassesAndAChangeAfterwardsIsCaughtOnTheNextOpen() throws IOException {
        Path model = copyOfLightning();
        try (MoveNetSession session = MoveNetSession.open(model, MoveNetModel.LIGHTNING, InferenceSettings.defaults())) {
            assertThat(session).isNotNull();
        }

        alterWeights(model);
        Files.setLastModifiedTime(model, FileTime.fromMillis(Files.getLastModifiedTime(model).toMillis() + 2000));

        assertThatThrownBy(() -> MoveNetSession.open(model, MoveNetModel.LIGHTNING, InferenceSettings.defaults()))
                .hasMessageContaining("not the shipped model file (its sha256 differs from SHA256SUMS");
    }

    @Test
    void theShippedModelsMatchTheirListedHashes() throws IOException {
        for (String line : Files.readAllLines(SharedData.modelsDir().resolve("SHA256SUMS"))) {
            String[] parts = line.split(" {2}");
            assertThat(ModelChecksums.sha256(SharedData.modelsDir().resolve(parts[1]))).as(parts[1]).isEqualTo(parts[0]);
        }
        assertThat(Files.readAllLines(SharedData.modelsDir().resolve("SHA256SUMS")))
                .extracting(l -> l.substring(66))
                .containsExactlyInAnyOrder("movenet-lightning.onnx", "movenet-thunder.onnx", "blazepose-lite.onnx");
    }

    @Test
    void theShippedDirectoryWithoutItsListIsRefused() throws IOException {
        Path model = copyOfLightning();
        Files.delete(dir.resolve("SHA256SUMS"));
        String previous = System.getProperty(ModelFiles.PROPERTY);
        System.setProperty(ModelFiles.PROPERTY, dir.toString());
        try {
            assertThatThrownBy(() -> MoveNetSession.open(model, MoveNetModel.LIGHTNING, InferenceSettings.defaults()))
                    .isInstanceOf(PoseException.class)
                    .hasMessage(dir.resolve("SHA256SUMS") + ": the list of the shipped models' sha256 is missing. " + RESTORE);
        } finally {
            if (previous == null) {
                System.clearProperty(ModelFiles.PROPERTY);
            } else {
                System.setProperty(ModelFiles.PROPERTY, previous);
            }
        }
    }
}
