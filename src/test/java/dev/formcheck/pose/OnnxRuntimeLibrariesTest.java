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

    @Test
    void emptyFoldersLeftByAKilledProcessAreSweptOnlyWhenOldAndEmpty(@org.junit.jupiter.api.io.TempDir Path temp)
            throws IOException {
        java.time.Instant now = java.time.Instant.parse("2026-12-07T20:00:00Z");
        Path stale = Files.createDirectory(temp.resolve("onnxruntime-java123"));
        Path loading = Files.createDirectory(temp.resolve("onnxruntime-java456"));
        Path full = Files.createDirectory(temp.resolve("onnxruntime-java789"));
        Files.writeString(full.resolve("libonnxruntime.so"), "x");
        Path other = Files.createDirectory(temp.resolve("someone-elses"));
        for (Path old : new Path[] {stale, full, other}) {
            Files.setLastModifiedTime(old, java.nio.file.attribute.FileTime.from(now.minusSeconds(3600)));
        }
        Files.setLastModifiedTime(loading, java.nio.file.attribute.FileTime.from(now.minusSeconds(5)));

        OnnxRuntimeLibraries.sweepStaleTemporaryFolders(temp, now);

        assertThat(stale).doesNotExist();
        assertThat(loading).as("another process may be loading into it").isDirectory();
        assertThat(full).as("not empty: not ours to force").isDirectory();
        assertThat(other).isDirectory();
    }
}
