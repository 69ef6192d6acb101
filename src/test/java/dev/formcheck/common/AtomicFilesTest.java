package dev.formcheck.common;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AtomicFilesTest {
    @TempDir
    Path dir;

    @Test
    void aCompletedWriteReplacesTheTargetAndLeavesNoTemporaryFile() throws IOException {
        Path target = dir.resolve("out.txt");
        Files.writeString(target, "old");
        AtomicFiles.write(target, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));
        assertThat(target).hasContent("new");
        assertThat(listing()).containsExactly("out.txt");
    }

    @Test
    void aFailedWriteKeepsTheOldContentAndRemovesTheTemporaryFile() throws IOException {
        Path target = dir.resolve("out.txt");
        Files.writeString(target, "old");
        assertThatThrownBy(() -> AtomicFiles.write(target, out -> {
            out.write("half".getBytes(StandardCharsets.UTF_8));
            throw new IOException("No space left on device");
        })).isInstanceOf(AtomicFiles.OutputNotWritableException.class)
                .hasMessage(target + ": writing failed (No space left on device)");
        assertThat(target).hasContent("old");
        assertThat(listing()).containsExactly("out.txt");
    }

    @Test
    void aContentFailureOfAnotherKindPropagatesAndStillCleansUp() {
        Path target = dir.resolve("model.onnx");
        assertThatThrownBy(() -> AtomicFiles.write(target, out -> {
            out.write(1);
            throw new IllegalStateException("converter failed");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(listing()).isEmpty();
    }

    @Test
    void aTargetInAMissingDirectoryIsRefusedUpFront() {
        Path target = dir.resolve("missing/out.txt");
        assertThatThrownBy(() -> AtomicFiles.checkWritable(target))
                .hasMessage(target + ": directory " + dir.resolve("missing") + " does not exist");
    }

    @Test
    void aDirectoryIsNotAWritableTarget() {
        assertThatThrownBy(() -> AtomicFiles.checkWritable(dir)).hasMessage(dir + ": is a directory");
    }

    private java.util.List<String> listing() {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
