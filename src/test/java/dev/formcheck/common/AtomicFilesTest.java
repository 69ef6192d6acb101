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

    @Test
    void aPartFileLeftByAKilledWriterIsRemovedByTheNextWriteThereAndALiveOneIsKept() throws Exception {
        Path target = dir.resolve("report.json");
        Process dead = new ProcessBuilder("true").start();
        dead.waitFor();
        Path killed = Files.writeString(dir.resolve(".report.json." + dead.pid() + "-1b2c.part"), "half");
        Path live = Files.writeString(dir.resolve(".report.json." + ProcessHandle.current().pid() + "-3d4e.part"), "busy");
        Path unownedRecent = Files.writeString(dir.resolve(".report.json.0f1e2d3c-aaaa-bbbb-cccc-123456789abc.part"), "?");
        Path unownedOld = Files.writeString(dir.resolve(".report.json.5a6b7c8d-aaaa-bbbb-cccc-123456789abc.part"), "?");
        Files.setLastModifiedTime(unownedOld, java.nio.file.attribute.FileTime.from(
                java.time.Instant.now().minus(AtomicFiles.UNOWNED_PART_AGE).minusSeconds(60)));
        Path otherTarget = Files.writeString(dir.resolve(".other.json." + dead.pid() + "-5f6a.part"), "not ours");

        AtomicFiles.write(target, out -> out.write('1'));

        assertThat(target).hasContent("1");
        assertThat(killed).as("its writer has exited").doesNotExist();
        assertThat(unownedOld).as("no writer recorded, untouched for over 10 minutes").doesNotExist();
        assertThat(live).as("its writer is running").exists();
        assertThat(unownedRecent).as("no writer recorded, but recent").exists();
        assertThat(otherTarget).as("another file's").exists();
    }
}
