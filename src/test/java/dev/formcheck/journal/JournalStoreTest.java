package dev.formcheck.journal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class JournalStoreTest {
    @TempDir
    Path data;

    private static JournalEntry full(Instant at) {
        return JournalEntry.builder(at).areas(Set.of(BodyArea.LOWER_BACK, BodyArea.LEFT_BUTTOCK))
                .qualities(Set.of(PainQuality.DULL_ACHE, PainQuality.STIFFNESS)).intensity(4).onset(Onset.HOURS_AFTER_EXERCISE)
                .hoursAfterExercise(14.5).daysLasting(2).easesWithMovement(true).triggers(List.of("deadlift", "sitting an hour"))
                .relievedBy(List.of("walking")).symptoms(Set.of(Symptom.MORNING_STIFFNESS)).redFlags(Set.of(RedFlag.FEVER_WITH_BACK_PAIN))
                .exercise("deadlift 3 x 5 at 60 kg").sessionId("2026-12-06-workout-1").medications(List.of("ibuprofen 200 mg"))
                .notes("better after a walk").build();
    }

    @Test
    void anEntryReadsBackAsItWasWrittenWithEveryField() {
        JournalStore store = new JournalStore(data);
        JournalEntry entry = full(Instant.parse("2026-12-07T08:30:00Z"));

        Path file = store.add(entry);

        assertThat(file).hasParent(data.resolve("journal"));
        assertThat(store.read().entries()).containsExactly(entry);
        assertThat(store.read().skipped()).isEmpty();
    }

    @Test
    void damagedTruncatedAndFutureFilesAreNamedSkippedAndLeftAsTheyAre() throws Exception {
        JournalStore store = new JournalStore(data);
        JournalEntry good = full(Instant.parse("2026-12-07T08:30:00Z"));
        store.add(good);
        byte[] whole = JournalFiles.toBytes(full(Instant.parse("2026-12-06T08:30:00Z")));
        Path truncated = store.directory().resolve("entry-20261206T083000Z-truncated.json");
        Files.write(truncated, java.util.Arrays.copyOf(whole, whole.length / 2));
        Path future = store.directory().resolve("entry-20261205T083000Z-future.json");
        Files.writeString(future, new String(whole, StandardCharsets.UTF_8).replace("\"schema_version\" : 1", "\"schema_version\" : 7"));
        Path wrongWord = store.directory().resolve("entry-20261204T083000Z-word.json");
        Files.writeString(wrongWord, new String(whole, StandardCharsets.UTF_8).replace("lower-back", "lumbar"));
        byte[] truncatedBefore = Files.readAllBytes(truncated);

        JournalStore.Contents contents = store.read();

        assertThat(contents.entries()).containsExactly(good);
        assertThat(contents.skipped()).hasSize(3);
        assertThat(contents.skipped()).anyMatch(s -> s.startsWith(truncated.getFileName() + ": not readable JSON"));
        assertThat(contents.skipped()).anyMatch(s -> s.contains("newer FormCheck (entry schema 7"));
        assertThat(contents.skipped()).anyMatch(s -> s.contains("field \"areas\" has \"lumbar\""));
        assertThat(contents.skipped()).allMatch(s -> s.endsWith("skipped, left as it is"));
        assertThat(Files.readAllBytes(truncated)).isEqualTo(truncatedBefore);
    }

    @Test
    void twoWritersAddingAtOnceLoseNothing() throws Exception {
        JournalStore one = new JournalStore(data);
        JournalStore two = new JournalStore(data);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        Instant at = Instant.parse("2026-12-07T08:30:00Z");
        try {
            Future<?> a = pool.submit(() -> { for (int i = 0; i < 40; i++) { one.add(full(at)); } });
            Future<?> b = pool.submit(() -> { for (int i = 0; i < 40; i++) { two.add(full(at)); } });
            a.get(30, TimeUnit.SECONDS);
            b.get(30, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }

        assertThat(one.read().entries()).hasSize(80).doesNotHaveDuplicates();
        try (var files = Files.list(one.directory())) {
            assertThat(files.filter(p -> p.getFileName().toString().endsWith(".part"))).isEmpty();
        }
    }

    @Test
    void deleteRemovesOnlyThatEntry() {
        JournalStore store = new JournalStore(data);
        JournalEntry keep = full(Instant.parse("2026-12-07T08:30:00Z"));
        JournalEntry gone = full(Instant.parse("2026-12-07T09:30:00Z"));
        store.add(keep);
        store.add(gone);

        assertThat(store.delete(gone.id())).isTrue();
        assertThat(store.delete(gone.id())).isFalse();
        assertThat(store.read().entries()).containsExactly(keep);
    }

    @Test
    void aJournalNotStartedYetReadsAsEmpty() {
        assertThat(new JournalStore(data.resolve("never")).read().entries()).isEmpty();
    }
}
