package dev.formcheck.records;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** A real child process recording a session, killed with SIGKILL at several moments: nothing it wrote is lost. */
class KilledRecordingTest {
    @TempDir
    Path data;

    @ParameterizedTest
    @ValueSource(ints = {1, 40, 300})
    void everyEventWrittenBeforeAKillIsKept(int killAfter) throws Exception {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), RecordingChild.class.getName(), data.toString())
                .redirectErrorStream(true).start();
        int announced = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("wrote ")) {
                    announced = Integer.parseInt(line.substring(6));
                    if (announced >= killAfter) {
                        child.destroyForcibly(); // SIGKILL: no shutdown hook, no flush, no summary
                        break;
                    }
                } else if (!line.equals("started")) {
                    throw new AssertionError("the child said: " + line);
                }
            }
        } finally {
            child.destroyForcibly();
            assertThat(child.waitFor(20, TimeUnit.SECONDS)).isTrue();
        }

        SessionStore.Contents contents = new SessionStore(data).read();
        assertThat(contents.skipped()).isEmpty();
        assertThat(announced).isEqualTo(killAfter);
        SessionRecord r = contents.records().get(0);
        assertThat(contents.records()).hasSize(1);
        assertThat(r.complete()).isFalse();
        // everything announced is on disk, in order, with no gap; a few more may have been written before the kill landed
        assertThat(r.totalReps()).isGreaterThanOrEqualTo(announced);
        assertThat(r.reps()).extracting(SessionEvent.Rep::rep)
                .containsExactly(java.util.stream.IntStream.rangeClosed(1, r.totalReps()).boxed().toArray(Integer[]::new));
    }
}
