package dev.formcheck.kinematics;

import dev.formcheck.testing.SharedData;
import org.junit.jupiter.api.TestReporter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where measured tables go: published through JUnit's {@link TestReporter} and written to
 * {@code target/kinematics-reports/<name>.md}, so a run leaves the numbers docs/kinematics.md quotes.
 */
final class Reports {
    private Reports() {
    }

    static void publish(TestReporter reporter, String name, String text) {
        reporter.publishEntry(name, text);
        Path dir = SharedData.projectDir().resolve("target/kinematics-reports");
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(name + ".md"), text);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report " + name, e);
        }
    }
}
