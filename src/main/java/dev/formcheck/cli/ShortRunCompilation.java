package dev.formcheck.cli;

import dev.formcheck.common.AtomicFiles;
import dev.formcheck.common.FormCheckException;
import dev.formcheck.common.UserDataDirectory;

import javax.management.JMException;
import javax.management.ObjectName;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Asks the JVM to compile with its quick compiler (C1) only, for a command that runs for seconds
 * and whose heavy work is native (ONNX Runtime, FFmpeg): the optimising compiler (C2) spent 2.5-3.6
 * CPU seconds of an analysis on code that then ran for seconds only (docs/decisions/0075).
 * {@code -XX:TieredStopAtLevel=1} would say the same, but {@code java -jar} cannot carry JVM
 * options, so it is said at run time as a compiler directive (the JDK's DiagnosticCommand
 * {@code compilerDirectivesAdd}, what {@code jcmd PID Compiler.directives_add} sends) that excludes
 * methods from C2; HotSpot then compiles them with C1 without profiling. Results do not
 * change: Java's floating point is the same whichever compiler ran the code.
 *
 * <p>Done on a daemon thread: the management classes take a few hundred milliseconds to load,
 * which overlaps the command's own start. Anything in the way (no directive support in this JVM,
 * a read-only cache) leaves the JVM as it is: this can only save work.
 */
final class ShortRunCompilation {
    /**
     * No C2 but for the few Java loops that run for the whole video (the models' crop resampling)
     * and the models' checksum (SHA-256, whose C2 intrinsic is far faster): the first directive
     * that matches a method is the one HotSpot follows. The file name carries a version so that a
     * changed directive is written anew.
     */
    static final String DIRECTIVE = """
            [
              { match: ["dev/formcheck/pose/CropResizer.*", "dev/formcheck/pose/silhouette/BlazePoseSegmenter.fill",
                        "sun/security/provider/SHA2.implCompress*"],
                c2: { Exclude: false } },
              { match: "*.*", c2: { Exclude: true } }
            ]
            """;
    static final String FILE_NAME = "c1-mostly-1.json";

    private ShortRunCompilation() {
    }

    /** Starts asking for C1-only compilation, in the background; returns at once. */
    static Thread requestInBackground() {
        Thread t = new Thread(() -> request(UserDataDirectory.cache()), "formcheck-jit-directive");
        t.setDaemon(true);
        t.start();
        return t;
    }

    /** Whether the JVM compiles in tiers (C1 then C2): the directive only makes sense then. */
    private static boolean tieredCompilation() {
        try {
            return ManagementFactory.getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class)
                    .getVMOption("TieredCompilation").getValue().equals("true");
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    /** Adds the directive, written once under {@code cache}; true when the JVM took it. */
    static boolean request(Path cache) {
        if (!tieredCompilation()) {
            return false; // without tiers, no C2 would leave every method interpreted
        }
        try {
            Path file = cache.resolve("jit").resolve(FILE_NAME);
            if (!Files.isRegularFile(file)) {
                Files.createDirectories(file.getParent());
                AtomicFiles.writeSmall(file, DIRECTIVE.getBytes(StandardCharsets.UTF_8));
            }
            Object answer = ManagementFactory.getPlatformMBeanServer().invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"), "compilerDirectivesAdd",
                    new Object[] {new String[] {file.toString()}}, new String[] {String[].class.getName()});
            // "N compiler directives added": one per entry of the file
            java.util.regex.Matcher added = java.util.regex.Pattern.compile("(\\d+) compiler directives? added").matcher(String.valueOf(answer));
            return added.find() && Integer.parseInt(added.group(1)) > 0;
        } catch (JMException | javax.management.JMRuntimeException | java.io.IOException | java.nio.file.InvalidPathException
                 | FormCheckException | SecurityException | UnsupportedOperationException
                 | LinkageError e) { // LinkageError: a runtime image without the management modules
            return false; // the JVM compiles as it would anyway
        }
    }
}
