package dev.formcheck.ui.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The window's settings: versioned JSON written atomically, and never a crash over a bad file. */
class SettingsStoreTest {
    @TempDir
    Path dir;

    @Test
    void whatIsSavedIsWhatLoadsAndNoTemporaryFileIsLeft() throws Exception {
        SettingsStore store = new SettingsStore(dir.resolve("config").resolve("settings.json"));
        AppSettings s = AppSettings.defaults().withWindow(new AppSettings.Bounds(10, 20, 1200, 700), true)
                .withTheme(AppSettings.Theme.DARK).withExercise("push-up").withMuted(true).withNoticeSeen()
                .withLastDirectory("/videos").withRecordWorkouts(false);

        store.save(s);

        SettingsStore.Loaded loaded = store.load();
        assertThat(loaded.note()).isEmpty();
        assertThat(loaded.settings()).isEqualTo(s);
        assertThat(Files.readString(store.file())).contains("\"schemaVersion\" : 1").contains("\"theme\" : \"dark\"")
                .contains("\"recordWorkouts\" : false");
        try (Stream<Path> files = Files.list(store.file().getParent())) {
            assertThat(files).containsExactly(store.file());
        }
    }

    @Test
    void noFileGivesTheDefaultsQuietly() {
        SettingsStore.Loaded loaded = new SettingsStore(dir.resolve("settings.json")).load();
        assertThat(loaded.settings()).isEqualTo(AppSettings.defaults());
        assertThat(loaded.note()).isEmpty();
    }

    @Test
    void aBrokenOrForeignFileGivesTheDefaultsAndOneNoteNamingIt() throws Exception {
        Path file = dir.resolve("settings.json");
        Files.writeString(file, "{\"schemaVersion\": 1, \"theme\": ");
        assertThat(new SettingsStore(file).load()).satisfies(l -> {
            assertThat(l.settings()).isEqualTo(AppSettings.defaults());
            assertThat(l.note()).hasValue("Your settings file " + file
                    + " is not valid JSON (line 1); FormCheck started with its defaults and will write a fresh file.");
        });
        Files.writeString(file, "{\"schemaVersion\": 7}");
        assertThat(new SettingsStore(file).load().note()).hasValueSatisfying(n -> assertThat(n).contains("schemaVersion 7, expected 1"));
        Files.writeString(file, "{\"schemaVersion\": 1, \"theme\": \"purple\"}");
        assertThat(new SettingsStore(file).load().note()).isPresent();
    }
}
