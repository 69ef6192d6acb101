package dev.formcheck.pose;

import dev.formcheck.testing.SharedData;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/** ONNX Runtime loads its native libraries from one cached copy instead of a new temp directory per run. */
class OnnxRuntimeLibrariesTest {
    @Test
    void afterASessionOpensOnnxRuntimeIsPointedAtTheCachedLibraries() throws IOException {
        assumeThat(System.getProperty("os.name")).startsWith("Linux");
        Path existing = OnnxRuntimeLibraries.cacheDirectory();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        assumeThat(existing != null && Files.isWritable(existing)).as("a writable cache directory").isTrue();
        try (MoveNetSession ignored = MoveNetSession.open(SharedData.modelsDir().resolve("movenet-lightning.onnx"),
                MoveNetModel.LIGHTNING, InferenceSettings.defaults())) {
            String dir = System.getProperty(OnnxRuntimeLibraries.NATIVE_PATH_PROPERTY);
            assertThat(dir).as("native path property").isNotNull();
            Path cache = Path.of(dir);
            assertThat(cache).startsWith(OnnxRuntimeLibraries.cacheDirectory());
            assertThat(cache.resolve("libonnxruntime.so")).isRegularFile();
            assertThat(cache.resolve("libonnxruntime4j_jni.so")).isRegularFile();
            try (Stream<Path> leftovers = Files.list(cache)) {
                assertThat(leftovers.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
            }
        }
    }
}
