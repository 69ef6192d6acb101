package dev.formcheck.common;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The build points every test's data and config directories into target/, so no test writes into a real user's history. */
class TestsKeepOutOfUserDataTest {
    @Test
    void theDataAndConfigDirectoriesOfTestsAreInsideTheBuildFolder() {
        Path target = Path.of(System.getProperty("formcheck.project.dir", ".")).toAbsolutePath().normalize().resolve("target");

        assertThat(UserDataDirectory.resolve().toAbsolutePath().normalize().startsWith(target)).as(UserDataDirectory.resolve().toString()).isTrue();
        assertThat(UserDataDirectory.config().toAbsolutePath().normalize().startsWith(target)).as(UserDataDirectory.config().toString()).isTrue();
    }
}
