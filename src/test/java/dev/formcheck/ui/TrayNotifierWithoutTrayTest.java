package dev.formcheck.ui;

import dev.formcheck.testing.WithXvfbDisplay;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Under Xvfb with no system tray running: a desktop without a notification area. */
@WithXvfbDisplay(systemTray = false)
class TrayNotifierWithoutTrayTest {
    @Test
    void createsNothingAndSaysWhySoTheCallerCanFallBackToTheConsole() {
        List<String> notes = new ArrayList<>();

        assertThat(TrayNotifier.create(TraySettings.defaults(), notes::add)).isEmpty();

        assertThat(notes).containsExactly(
                "system tray unavailable: this desktop has no system tray (no notification area is running)");
    }
}
