package dev.formcheck.common;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class UserDataDirectoryTest {
    @Test
    void thePropertyOverridesThePlatformDefault() {
        assertThat(UserDataDirectory.resolve("/tmp/fc", "Linux", "/home/a", Map.of())).isEqualTo(Path.of("/tmp/fc"));
    }

    @Test
    void linuxFollowsXdgDataHomeAndFallsBackToLocalShare() {
        assertThat(UserDataDirectory.resolve(null, "Linux", "/home/a", Map.of("XDG_DATA_HOME", "/data")))
                .isEqualTo(Path.of("/data/formcheck"));
        assertThat(UserDataDirectory.resolve(null, "Linux", "/home/a", Map.of("XDG_DATA_HOME", "relative")))
                .isEqualTo(Path.of("/home/a/.local/share/formcheck"));
        assertThat(UserDataDirectory.resolve(null, "Linux", "/home/a", Map.of()))
                .isEqualTo(Path.of("/home/a/.local/share/formcheck"));
    }

    @Test
    void macAndWindowsUseTheirApplicationDataFolders() {
        assertThat(UserDataDirectory.resolve(null, "Mac OS X", "/Users/a", Map.of()))
                .isEqualTo(Path.of("/Users/a/Library/Application Support/FormCheck"));
        assertThat(UserDataDirectory.resolve(null, "Windows 11", "/home/a", Map.of("APPDATA", "/appdata")))
                .isEqualTo(Path.of("/appdata/FormCheck"));
    }

    @Test
    void theCacheFollowsEachPlatformsConvention() {
        assertThat(UserDataDirectory.cache("Linux", "/home/a", Map.of("XDG_CACHE_HOME", "/c"))).isEqualTo(Path.of("/c/formcheck"));
        assertThat(UserDataDirectory.cache("Linux", "/home/a", Map.of())).isEqualTo(Path.of("/home/a/.cache/formcheck"));
        assertThat(UserDataDirectory.cache("Mac OS X", "/Users/a", Map.of())).isEqualTo(Path.of("/Users/a/Library/Caches/FormCheck"));
        assertThat(UserDataDirectory.cache("Windows 11", "/h", Map.of("LOCALAPPDATA", "/l"))).isEqualTo(Path.of("/l/FormCheck/cache"));
    }

    @Test
    void settingsGoToEachPlatformsConfigDirectory() {
        assertThat(UserDataDirectory.config("Linux", "/home/a", Map.of("XDG_CONFIG_HOME", "/x"))).isEqualTo(Path.of("/x/formcheck"));
        assertThat(UserDataDirectory.config("Linux", "/home/a", Map.of("XDG_CONFIG_HOME", "rel")))
                .isEqualTo(Path.of("/home/a/.config/formcheck"));
        assertThat(UserDataDirectory.config("Mac OS X", "/Users/a", Map.of()))
                .isEqualTo(Path.of("/Users/a/Library/Preferences/FormCheck"));
        assertThat(UserDataDirectory.config("Windows 11", "/h", Map.of("APPDATA", "/r"))).isEqualTo(Path.of("/r/FormCheck"));
    }
}
