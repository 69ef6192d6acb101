package dev.formcheck.records;

import dev.formcheck.common.AtomicFiles;
import dev.formcheck.common.FormCheckException;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Everything FormCheck keeps of a person, as one archive to take away, or gone in one action.
 * Only FormCheck's own entries of the data directory are touched ({@link #ENTRIES}): a data
 * directory pointed at a folder holding other files never loses them.
 */
public final class UserData {
    /** What FormCheck writes in the data directory (docs/privacy.md). */
    public static final List<String> ENTRIES = List.of("calibration.json", "sessions", "journal", "desk");

    private UserData() {
    }

    /** The files that would be exported or deleted, relative to {@code dataDirectory}, in a stable order. */
    public static List<Path> files(Path dataDirectory) {
        List<Path> out = new ArrayList<>();
        for (String entry : ENTRIES) {
            Path p = dataDirectory.resolve(entry);
            if (Files.isRegularFile(p)) {
                out.add(dataDirectory.relativize(p));
            } else if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    // dot files are locks and half-written temporaries: not the person's data
                    walk.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith("."))
                            .sorted().forEach(f -> out.add(dataDirectory.relativize(f)));
                } catch (IOException e) {
                    throw new FormCheckException(p + ": cannot be read (" + e.getMessage() + ")", e);
                }
            }
        }
        return out;
    }

    /** Writes every kept file into one zip archive, atomically; returns how many files went in. */
    public static int export(Path dataDirectory, Path archive) {
        List<Path> files = files(dataDirectory);
        AtomicFiles.write(archive, out -> {
            ZipOutputStream zip = new ZipOutputStream(out);
            for (Path f : files) {
                zip.putNextEntry(new ZipEntry("formcheck/" + f.toString().replace('\\', '/')));
                try {
                    Files.copy(dataDirectory.resolve(f), zip);
                } catch (NoSuchFileException gone) {
                    // removed while exporting (a journal entry deleted): the archive holds what exists
                }
                zip.closeEntry();
            }
            zip.finish();
        });
        return files.size();
    }

    /** Deletes every kept file and FormCheck's folders; returns how many files were deleted. */
    public static int deleteAll(Path dataDirectory) {
        int[] deleted = {0};
        for (String entry : ENTRIES) {
            Path p = dataDirectory.resolve(entry);
            try {
                if (Files.isDirectory(p)) {
                    Files.walkFileTree(p, new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                            if (Files.deleteIfExists(file) && !file.getFileName().toString().startsWith(".")) {
                                deleted[0]++;
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                            Files.deleteIfExists(dir);
                            return FileVisitResult.CONTINUE;
                        }
                    });
                } else if (Files.deleteIfExists(p)) {
                    deleted[0]++;
                }
            } catch (IOException e) {
                throw new FormCheckException(p + ": could not be deleted (" + e.getMessage() + "); " + deleted[0]
                        + " files were deleted before it", e);
            }
        }
        return deleted[0];
    }
}
