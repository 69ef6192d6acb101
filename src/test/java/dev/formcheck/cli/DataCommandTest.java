package dev.formcheck.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipFile;

import static org.assertj.core.api.Assertions.assertThat;

class DataCommandTest {
    @TempDir
    Path dir;

    @Test
    void everythingOfTheUsersGoesIntoOneArchiveAndIsDeletedOnlyWhenConfirmedLeavingOtherFilesAlone() throws Exception {
        Path data = dir.resolve("data");
        CliRun.of("journal", "--data", data.toString(), "add", "--where", "neck", "--intensity", "2");
        Files.createDirectories(data.resolve("desk"));
        Files.writeString(data.resolve("desk").resolve("2026-12-07.json"), "{}");
        Files.writeString(data.resolve("desk").resolve(".lock"), "");
        Files.writeString(data.resolve("calibration.json"), "{}");
        Files.writeString(data.resolve("someone-elses-notes.txt"), "not FormCheck's");

        Path zip = dir.resolve("mine.zip");
        CliRun export = CliRun.of("data", "--data", data.toString(), "export", zip.toString());
        assertThat(export.exitCode()).as(export.err()).isZero();
        assertThat(export.out()).contains("Wrote 3 files");
        List<String> names = new ArrayList<>();
        try (ZipFile z = new ZipFile(zip.toFile())) {
            z.stream().forEach(e -> names.add(e.getName()));
        }
        assertThat(names).contains("formcheck/calibration.json", "formcheck/desk/2026-12-07.json")
                .anyMatch(n -> n.startsWith("formcheck/journal/entry-")).hasSize(3);

        CliRun refused = CliRun.of("data", "--data", data.toString(), "delete");
        assertThat(refused.exitCode()).isEqualTo(Main.EXIT_USAGE);
        assertThat(refused.err()).contains("add --yes to delete 3 files");
        assertThat(data.resolve("calibration.json")).exists();

        CliRun deleted = CliRun.of("data", "--data", data.toString(), "delete", "--yes");
        assertThat(deleted.out()).contains("Deleted 3 files");
        assertThat(data.resolve("journal")).doesNotExist();
        assertThat(data.resolve("desk")).doesNotExist();
        assertThat(data.resolve("calibration.json")).doesNotExist();
        assertThat(data.resolve("someone-elses-notes.txt")).hasContent("not FormCheck's");
        assertThat(CliRun.of("data", "--data", data.toString(), "delete").out()).startsWith("Nothing to delete");
    }

    @Test
    void anArchiveInsideTheDataFolderOrNotAZipIsRefused() {
        assertThat(CliRun.of("data", "--data", dir.toString(), "export", dir.resolve("x.zip").toString()).err())
                .contains("outside the data folder");
        assertThat(CliRun.of("data", "--data", dir.resolve("d").toString(), "export", dir.resolve("x.tar").toString()).err())
                .contains("is a .zip file");
    }
}
