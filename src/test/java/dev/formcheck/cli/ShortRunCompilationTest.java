package dev.formcheck.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class ShortRunCompilationTest {
    @TempDir
    Path dir;

    @Test
    void onlyCommandsThatReadARecordingAndEndAskForIt() {
        assertThat(Main.runsForSeconds(new String[] {"analyze", "v.mp4", "--exercise", "squat"})).isTrue();
        assertThat(Main.runsForSeconds(new String[] {"--verbose", "evaluate", "x"})).isTrue();
        assertThat(Main.runsForSeconds(new String[] {"report", "last"})).isTrue();
        assertThat(Main.runsForSeconds(new String[] {"posture", "--camera", "0"})).as("runs for hours").isFalse();
        assertThat(Main.runsForSeconds(new String[] {"bench", "analyze"})).as("a benchmark measures the JVM as it is").isFalse();
        assertThat(Main.runsForSeconds(new String[] {})).as("the window").isFalse();
    }

    @Test
    void hotSpotAcceptsTheDirective() throws Exception {
        assertThat(startsWith(ShortRunCompilation.DIRECTIVE)).isZero();
        // and refuses one it cannot read, so the check above can fail
        assertThat(startsWith("[{ match: \"*.*\", c2: { Exclude: maybe } }]")).isNotZero();
    }

    @Test
    void theRunningJvmTakesTheDirectiveAtRunTime() throws IOException {
        // this test class runs in a JVM of its own (surefire does not reuse forks), so its compilers may change
        assertThat(ShortRunCompilation.request(dir)).as("the reply HotSpot gives, as the code reads it").isTrue();
        assertThat(Files.readString(dir.resolve("jit").resolve(ShortRunCompilation.FILE_NAME), StandardCharsets.UTF_8))
                .isEqualTo(ShortRunCompilation.DIRECTIVE);
    }

    @Test
    void theHelpBeforeACommandStillListsEveryCommand() {
        CliRun run = CliRun.of("--help", "analyze");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("analyze").contains("posture").contains("licenses").contains("journal");
        for (Class<?> command : Main.COMMANDS) {
            String name = command.getAnnotation(picocli.CommandLine.Command.class).name();
            CliRun help = CliRun.of(name, "--help");
            assertThat(help.exitCode()).as(name + " --help: " + help.err()).isZero();
            assertThat(help.out()).as(name).contains("Usage: formcheck " + name);
        }
    }

    /** The exit code of a JVM started with {@code directive} as its compiler directives file. */
    private int startsWith(String directive) throws IOException, InterruptedException {
        Path file = dir.resolve("directive-" + directive.hashCode() + ".json");
        Files.writeString(file, directive, StandardCharsets.UTF_8);
        Process p = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+UnlockDiagnosticVMOptions", "-XX:CompilerDirectivesFile=" + file, "-version"))
                .redirectErrorStream(true).redirectOutput(dir.resolve("out.txt").toFile()).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return p.exitValue();
    }
}
