package dev.formcheck.desk;

import dev.formcheck.analysis.thresholds.CalibrationFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ReminderSettingsFileTest {
    private static final ReminderSettings DEFAULTS = ReminderSettings.from(CalibrationFiles.defaults());

    @Test
    void aMissingFileGivesTheShippedDefaultsWithoutANote(@TempDir Path dir) {
        ReminderSettingsFile.Loaded loaded = new ReminderSettingsFile(dir.resolve("desk-reminders.json")).load(DEFAULTS);

        assertThat(loaded.settings()).isEqualTo(DEFAULTS);
        assertThat(loaded.note()).isEmpty();
    }

    @Test
    void savedChoicesComeBackExactlyAndTheFileSaysItsVersion(@TempDir Path dir) throws IOException {
        ReminderSettings chosen = DEFAULTS.withSound(0).withPanel(3).withPraise(false)
                .withQuietHours(Optional.of(new QuietHours(LocalTime.of(22, 0), LocalTime.of(7, 30))))
                .withSitStand(Optional.of(new ReminderSettings.SitStand(Duration.ofMinutes(45), Duration.ofMinutes(15))));
        Path file = dir.resolve("config/formcheck/desk-reminders.json"); // the folder is made on the first save
        new ReminderSettingsFile(file).save(chosen);

        ReminderSettingsFile.Loaded loaded = new ReminderSettingsFile(file).load(DEFAULTS);

        assertThat(loaded.settings()).isEqualTo(chosen);
        assertThat(loaded.note()).isEmpty();
        assertThat(Files.readString(file)).contains("\"schemaVersion\" : 1", "\"quietHours\" : \"22:00-07:30\"");
        try (var files = Files.list(file.getParent())) {
            assertThat(files).containsExactly(file); // no temporary file left beside it
        }
    }

    @Test
    void noStandingDeskAndNoQuietHoursAreSavedAsAbsent(@TempDir Path dir) {
        Path file = dir.resolve("desk-reminders.json");
        new ReminderSettingsFile(file).save(DEFAULTS);

        assertThat(new ReminderSettingsFile(file).load(DEFAULTS).settings()).isEqualTo(DEFAULTS);
    }

    @Test
    void aDamagedFileGivesTheDefaultsANoteNamingItAndIsLeftUntouched(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("desk-reminders.json");
        String damaged = "{\"schemaVersion\": 1, \"soundFrom\": 2, \"praise\": tr";
        Files.writeString(file, damaged, StandardCharsets.UTF_8);

        ReminderSettingsFile.Loaded loaded = new ReminderSettingsFile(file).load(DEFAULTS);

        assertThat(loaded.settings()).isEqualTo(DEFAULTS);
        assertThat(loaded.note()).hasValueSatisfying(n -> assertThat(n).contains(file.toString(), "is not valid JSON",
                "uses the defaults"));
        assertThat(Files.readString(file)).isEqualTo(damaged);
    }

    @Test
    void aFileFromANewerFormCheckOrWithAnImpossibleValueIsNamedAndNotUsed(@TempDir Path dir) throws IOException {
        Path newer = dir.resolve("newer.json");
        Files.writeString(newer, "{\"schemaVersion\": 2, \"soundFrom\": 1}");
        Path badQuiet = dir.resolve("quiet.json");
        Files.writeString(badQuiet, "{\"schemaVersion\": 1, \"quietHours\": \"late-early\"}");
        Path badSitStand = dir.resolve("sitstand.json");
        Files.writeString(badSitStand, "{\"schemaVersion\": 1, \"sitStand\": {\"sitMinutes\": 0, \"standMinutes\": 10}}");

        assertThat(new ReminderSettingsFile(newer).load(DEFAULTS).note())
                .hasValueSatisfying(n -> assertThat(n).contains("from a newer FormCheck"));
        assertThat(new ReminderSettingsFile(badQuiet).load(DEFAULTS).note())
                .hasValueSatisfying(n -> assertThat(n).contains("HH:MM-HH:MM"));
        ReminderSettingsFile.Loaded sitStand = new ReminderSettingsFile(badSitStand).load(DEFAULTS);
        assertThat(sitStand.note()).hasValueSatisfying(n -> assertThat(n).contains("sitStand.sitMinutes"));
        assertThat(sitStand.settings()).isEqualTo(DEFAULTS);
    }

    @Test
    void theWindowsSwitchesKeepSavedNumbersAndTakeTheDefaultsOnlyForWhatWasOff() {
        ReminderSettings.SitStand defaultSchedule = ReminderSettings.defaultSitStand(CalibrationFiles.defaults());
        ReminderSettings.SitStand mine = new ReminderSettings.SitStand(Duration.ofMinutes(50), Duration.ofMinutes(10));
        ReminderSettings saved = DEFAULTS.withSound(0).withPanel(5).withSitStand(Optional.of(mine));

        ReminderSettings allOn = saved.withChoices(true, true, true, true, Optional.empty(), DEFAULTS, defaultSchedule);
        assertThat(allOn.soundFrom()).isEqualTo(DEFAULTS.soundFrom()); // was off: the default step
        assertThat(allOn.panelFrom()).isEqualTo(5); // kept
        assertThat(allOn.sitStand()).contains(mine);

        ReminderSettings allOff = saved.withChoices(false, false, false, false, Optional.empty(), DEFAULTS, defaultSchedule);
        assertThat(allOff.soundFrom()).isZero();
        assertThat(allOff.panelFrom()).isZero();
        assertThat(allOff.praise()).isFalse();
        assertThat(allOff.sitStand()).isEmpty();
        assertThat(DEFAULTS.withChoices(true, true, true, true, Optional.empty(), DEFAULTS, defaultSchedule).sitStand())
                .contains(defaultSchedule);
    }
}
