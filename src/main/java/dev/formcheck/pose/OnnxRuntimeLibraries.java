package dev.formcheck.pose;

import ai.onnxruntime.OrtEnvironment;
import dev.formcheck.common.AtomicFiles;
import dev.formcheck.common.UserDataDirectory;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.CodeSource;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Where ONNX Runtime loads its native libraries from. Left to itself, its Java binding unpacks
 * them into a new temporary directory on every start and leaves that directory behind, empty:
 * one more in {@code /tmp} per run. Instead they are unpacked once per ONNX Runtime version into
 * the user's cache directory and ONNX Runtime is pointed there through its own
 * {@value #NATIVE_PATH_PROPERTY} property. Anything unexpected (an unknown platform, a read-only
 * home) leaves ONNX Runtime to its default, so this can only save work, never break loading.
 */
final class OnnxRuntimeLibraries {
    /** The property ONNX Runtime's Java binding reads for a directory holding its native libraries. */
    static final String NATIVE_PATH_PROPERTY = "onnxruntime.native.path";
    /** The prefix of the temporary folder ONNX Runtime's Java binding makes as it loads. */
    static final String TEMP_PREFIX = "onnxruntime-java";
    /** Loading takes well under a second; a folder this old belongs to no process still loading. */
    static final Duration STALE_AFTER = Duration.ofMinutes(10);

    private OnnxRuntimeLibraries() {
    }

    /** Call before the first ONNX Runtime class loads its libraries. */
    static void prepare() {
        sweepStaleTemporaryFolders(Path.of(System.getProperty("java.io.tmpdir")), Instant.now());
        if (System.getProperty(NATIVE_PATH_PROPERTY) != null) {
            return; // the user chose a location
        }
        Optional<Platform> platform = Platform.current();
        Optional<String> version = ortJarName();
        if (platform.isEmpty() || version.isEmpty()) {
            return;
        }
        Path dir = cacheDirectory().resolve(version.get().replace(".jar", "") + "-" + platform.get().folder);
        try {
            for (String library : platform.get().libraries) {
                unpack(platform.get().folder + "/" + library, dir.resolve(library));
            }
            System.setProperty(NATIVE_PATH_PROPERTY, dir.toString());
        } catch (IOException | RuntimeException e) {
            // fall back to ONNX Runtime's own unpacking
        }
    }

    /**
     * ONNX Runtime still makes an empty {@value #TEMP_PREFIX}* folder each start and removes it only
     * at a normal exit, so a process killed with SIGKILL leaves one behind. Empty ones older than
     * {@link #STALE_AFTER} are removed here: a younger one may belong to another FormCheck that is
     * loading right now.
     */
    static void sweepStaleTemporaryFolders(Path temp, Instant now) {
        try (DirectoryStream<Path> folders = Files.newDirectoryStream(temp, TEMP_PREFIX + "*")) {
            for (Path folder : folders) {
                try {
                    if (Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)
                            && Files.getLastModifiedTime(folder).toInstant().isBefore(now.minus(STALE_AFTER))) {
                        Files.delete(folder); // refuses a folder that is not empty: only empty ones go
                    }
                } catch (IOException e) {
                    // not ours to force: someone else's, not empty, or already gone
                }
            }
        } catch (IOException | RuntimeException e) {
            // no temporary folder to look in: nothing to sweep
        }
    }

    /** Copies a library out of the jar unless an identical-sized copy is already there; atomically. */
    private static void unpack(String resource, Path target) throws IOException {
        String path = "/ai/onnxruntime/native/" + resource;
        URL url = OrtEnvironment.class.getResource(path);
        if (url == null) {
            throw new IOException("no " + path + " in the ONNX Runtime jar");
        }
        if (Files.isRegularFile(target) && Files.size(target) == url.openConnection().getContentLengthLong()) {
            return;
        }
        Files.createDirectories(target.getParent());
        AtomicFiles.write(target, out -> {
            try (InputStream in = url.openStream()) {
                in.transferTo(out);
            }
        });
    }

    /** The ONNX Runtime jar's file name ("onnxruntime-1.29.0.jar"): one cache per version. */
    private static Optional<String> ortJarName() {
        CodeSource source = OrtEnvironment.class.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return Optional.empty();
        }
        try {
            String name = Path.of(source.getLocation().toURI()).getFileName().toString();
            return name.endsWith(".jar") ? Optional.of(name) : Optional.empty();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    static Path cacheDirectory() {
        return UserDataDirectory.cache();
    }

    /** The jar's folder for this platform and the libraries in it, in loading order. */
    private record Platform(String folder, List<String> libraries) {
        static Optional<Platform> current() {
            String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
            String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
            String cpu = arch.equals("amd64") || arch.equals("x86_64") ? "x64"
                    : arch.equals("aarch64") || arch.equals("arm64") ? "aarch64" : null;
            if (cpu == null) {
                return Optional.empty();
            }
            if (os.startsWith("linux")) {
                return Optional.of(new Platform("linux-" + cpu, List.of("libonnxruntime.so", "libonnxruntime4j_jni.so")));
            }
            if (os.startsWith("mac")) {
                return Optional.of(new Platform("osx-" + cpu, List.of("libonnxruntime.dylib", "libonnxruntime4j_jni.dylib")));
            }
            if (os.startsWith("windows") && cpu.equals("x64")) {
                return Optional.of(new Platform("win-x64", List.of("onnxruntime.dll", "onnxruntime4j_jni.dll")));
            }
            return Optional.empty();
        }
    }
}
