package dev.formcheck.cli;

import dev.formcheck.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a run leaves on the machine, from the packaged jar in its own JVM with its own temporary,
 * cache and data directories: nothing in the temporary directory, nothing of ONNX Runtime's
 * telemetry anywhere (docs/privacy.md). The network side is checked by {@code .ci/run} under strace.
 */
class PrivacyIT {
    /** Variables under which ONNX Runtime switches its telemetry off by itself: removed, so the test sees ours. */
    private static final List<String> TELEMETRY_SWITCHES = List.of("ORT_DISABLE_TELEMETRY", "ORT_TELEMETRY_DISABLED",
            "ORT_RUNNING_UNIT_TESTS", "CI", "TF_BUILD", "GITHUB_ACTIONS", "GITLAB_CI", "CIRCLECI", "TRAVIS", "JENKINS_URL",
            "CODEBUILD_BUILD_ID", "BUILDKITE", "TEAMCITY_VERSION", "APPVEYOR", "BITBUCKET_BUILD_NUMBER",
            "SYSTEM_TEAMFOUNDATIONCOLLECTIONURI");

    @TempDir
    Path dir;

    record Result(int exitCode, String out, String err) {
    }

    /** Runs the jar with {@code tmp}, {@code cache}, {@code data} and {@code home} under {@link #dir}. */
    Result launch(String... args) throws IOException, InterruptedException {
        for (String sub : List.of("tmp", "cache", "data", "home")) {
            Files.createDirectories(dir.resolve(sub));
        }
        String jar = System.getProperty("formcheck.jar", SharedData.projectDir().resolve("target/formcheck.jar").toString());
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.io.tmpdir=" + dir.resolve("tmp"), "-Duser.home=" + dir.resolve("home"), "-jar", jar));
        command.addAll(List.of(args));
        Path out = dir.resolve("stdout.txt");
        Path err = dir.resolve("stderr.txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        Map<String, String> env = builder.environment();
        TELEMETRY_SWITCHES.forEach(env::remove);
        env.put("TMPDIR", dir.resolve("tmp").toString()); // where native code puts temporary files
        env.put("HOME", dir.resolve("home").toString());
        env.put("XDG_CACHE_HOME", dir.resolve("cache").toString());
        env.put("XDG_DATA_HOME", dir.resolve("data").toString());
        Process p = builder.start();
        p.getOutputStream().close();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    static List<String> filesUnder(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> !p.equals(root)).map(p -> root.relativize(p).toString()).sorted().toList();
        }
    }

    @Test
    void aPoseRunLeavesNothingInTheTemporaryDirectoryAndNoTelemetryAnywhere() throws Exception {
        Path image = dir.resolve("blank.png");
        ImageIO.write(new BufferedImage(256, 256, BufferedImage.TYPE_3BYTE_BGR), "png", image.toFile());

        Result r = launch("pose", "--model", "lightning", image.toString());

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(filesUnder(dir.resolve("tmp"))).as("temporary directory after the run").isEmpty();
        assertThat(filesUnder(dir.resolve("home"))).as("home directory after the run").isEmpty();
        assertThat(filesUnder(dir.resolve("cache")))
                .as("the cache holds FormCheck's unpacked libraries only, no telemetry device id or event database")
                .allMatch(path -> path.startsWith("formcheck"), "is under formcheck/")
                .noneMatch(path -> path.contains("Microsoft") || path.contains("onnxruntime.db") || path.contains("deviceid"));
        assertThat(filesUnder(dir.resolve("data"))).as("a pose run stores nothing").isEmpty();
    }

    @Test
    void aSecondRunUsesTheCachedLibrariesAndStillLeavesNothingBehind() throws Exception {
        Path image = dir.resolve("blank.png");
        ImageIO.write(new BufferedImage(64, 64, BufferedImage.TYPE_3BYTE_BGR), "png", image.toFile());
        assertThat(launch("pose", image.toString()).exitCode()).isZero();
        List<String> cacheAfterFirst = filesUnder(dir.resolve("cache"));

        Result second = launch("pose", image.toString());

        assertThat(second.exitCode()).as(second.err()).isZero();
        assertThat(filesUnder(dir.resolve("cache"))).isEqualTo(cacheAfterFirst);
        assertThat(filesUnder(dir.resolve("tmp"))).isEmpty();
    }
}
