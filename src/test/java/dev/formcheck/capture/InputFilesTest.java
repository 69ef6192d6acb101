package dev.formcheck.capture;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What a file source says before decoding: missing, forbidden, a pipe. */
class InputFilesTest {
    @TempDir
    Path dir;

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS) // FFmpeg would wait on the pipe for a writer forever
    void aNamedPipeGivenAsAVideoIsRefusedAtOnce() throws Exception {
        Path fifo = dir.resolve("camera.mp4");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo is not available here");

        assertThatThrownBy(() -> VideoFileSource.open(fifo))
                .isInstanceOfSatisfying(CaptureException.class,
                        e -> assertThat(e.reason()).isEqualTo(CaptureException.Reason.NOT_A_REGULAR_FILE))
                .hasMessage(fifo + ": not a regular file (a named pipe, a device or a socket); "
                        + "FormCheck reads a video from a file on disk");
        assertThatThrownBy(() -> ImageFiles.read(fifo))
                .hasMessage(fifo + ": not a regular file (a named pipe, a device or a socket); "
                        + "FormCheck reads an image from a file on disk");
    }

    @Test
    void aFolderThatDeniesEntryIsReportedAsPermissionDeniedNotAsMissing() {
        Path file = dir.resolve("locked/clip.mp4");

        CaptureException denied = InputFiles.cannotReach(file, new AccessDeniedException(file.toString()));
        CaptureException missing = InputFiles.cannotReach(file, new NoSuchFileException(file.toString()));

        assertThat(denied.reason()).isEqualTo(CaptureException.Reason.PERMISSION_DENIED);
        assertThat(denied).hasMessage(file + ": permission denied (a folder on its path does not let you in)");
        assertThat(missing.reason()).isEqualTo(CaptureException.Reason.FILE_NOT_FOUND);
        assertThat(missing).hasMessage(file + ": file not found");
    }

    /** Root may enter any folder, so this runs only for an ordinary user; the mapping above runs everywhere. */
    @Test
    void aRealUnreadableFolderGivesPermissionDenied() throws IOException {
        Assumptions.assumeFalse("root".equals(System.getProperty("user.name")),
                "running as root, whom folder permissions do not stop; the message mapping is tested above");
        Path locked = Files.createDirectory(dir.resolve("locked"));
        Path file = Files.writeString(locked.resolve("clip.mp4"), "x");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try {
            assertThatThrownBy(() -> VideoFileSource.open(file))
                    .hasMessage(file + ": permission denied (a folder on its path does not let you in)");
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void aMissingFileIsStillNotFound() {
        Path file = dir.resolve("nothing-here.mp4");
        assertThatThrownBy(() -> VideoFileSource.open(file)).hasMessage(file + ": file not found");
    }
}
