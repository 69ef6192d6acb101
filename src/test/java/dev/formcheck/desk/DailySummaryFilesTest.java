package dev.formcheck.desk;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class DailySummaryFilesTest {
    @TempDir
    Path dir;

    static final LocalDate DAY = LocalDate.of(2026, 11, 25);

    static DailySummary day() {
        return new DailySummary(DAY, Map.of("UPRIGHT", 3_600_000L, "SLOUCHED", 600_000L), 2_700_000, 2, 1,
                List.of(new BreakEntry(BreakEntry.Kind.TAKEN, Instant.parse("2026-11-25T10:00:00Z"), 5.5)),
                Instant.parse("2026-11-25T11:00:00Z"));
    }

    @Test
    void aSavedDayReadsBackTheSame() throws Exception {
        DailySummaryFiles files = new DailySummaryFiles(dir.resolve("desk"));
        files.save(day());
        assertThat(files.load(DAY)).contains(day());
        String text = Files.readString(dir.resolve("desk/2026-11-25.json"));
        assertThat(text).contains("\"format\" : \"formcheck-desk-day\"", "\"schema_version\" : 1", "\"kind\" : \"taken\"");
        try (var s = Files.list(dir.resolve("desk"))) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactly("2026-11-25.json");
        }
    }

    @Test
    void aDayNeverSavedIsEmpty() {
        assertThat(new DailySummaryFiles(dir).load(DAY)).isEmpty();
    }

    @Test
    void anUnreadableFileIsMovedAsideWithAWarningAndTheDayStartsAfresh() throws Exception {
        Files.writeString(dir.resolve("2026-11-25.json"), "{\"format\": \"formcheck-desk-day\", \"schema_version\": 7}");
        DailySummaryFiles files = new DailySummaryFiles(dir);
        assertThat(files.load(DAY)).isEmpty();
        assertThat(dir.resolve("2026-11-25.json.unreadable")).exists();
        assertThat(files.warnings()).singleElement().asString()
                .contains("2026-11-25.json: not a readable daily summary (schema_version 7 is not 1); kept as 2026-11-25.json.unreadable");
    }
}
