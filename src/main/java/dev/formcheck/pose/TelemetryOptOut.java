package dev.formcheck.pose;

import com.sun.jna.Library;
import com.sun.jna.Native;
import dev.formcheck.common.UserDataDirectory;

import java.util.Locale;

/**
 * Switches ONNX Runtime's own telemetry off for this process, before its environment exists.
 *
 * <p>ONNX Runtime 1.29's Linux and macOS builds start Microsoft's telemetry uploader (1DS) when
 * the first environment is created: a device id and an event database in the user's cache
 * ({@code Microsoft/DeveloperTools/.onnxruntime}), {@code mat-debug-PID.log} and {@code .ses} in
 * the temporary directory, and look-ups of the collector's host name. The Java API's
 * {@code OrtEnvironment.setTelemetry(false)} comes too late for that: it needs the environment
 * and only stops later events (measured: the files and look-ups remain). The complete switch is
 * the environment variable {@value #VARIABLE}, read once when the environment is created. Java
 * cannot change its own environment, so the variable is set in the C library's environment
 * ({@code setenv}) through JNA, before ONNX Runtime reads it (docs/decisions/0015).
 */
final class TelemetryOptOut {
    /** ONNX Runtime's documented opt-out on Linux and macOS; "1" switches all of it off. */
    static final String VARIABLE = "ORT_DISABLE_TELEMETRY";
    static final String VALUE = "1";

    private TelemetryOptOut() {
    }

    /** The C library's environment functions. */
    private interface CLibrary extends Library {
        int setenv(String name, String value, int overwrite);

        String getenv(String name);
    }

    /**
     * Sets the opt-out in the process environment; call before the first ONNX Runtime environment
     * is created. On Windows ONNX Runtime's telemetry is ETW events, which go nowhere unless a
     * tracing session listens; {@code setTelemetry(false)} stops those.
     *
     * @throws PoseException when the variable cannot be set: FormCheck does not run ONNX Runtime
     *                       with its telemetry on
     */
    static void apply() {
        if (System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows")) {
            return;
        }
        if (VALUE.equals(System.getenv(VARIABLE))) {
            return; // set by whoever started us; nothing to do
        }
        try {
            keepJnaInOurCache();
            CLibrary c = Native.load("c", CLibrary.class);
            if (c.setenv(VARIABLE, VALUE, 1) != 0 || !VALUE.equals(c.getenv(VARIABLE))) {
                throw new PoseException(cannotSwitchOff("setenv failed"));
            }
        } catch (UnsatisfiedLinkError e) {
            throw new PoseException(cannotSwitchOff(e.getMessage()), e);
        }
    }

    static String cannotSwitchOff(String reason) {
        return "could not switch ONNX Runtime's telemetry off (" + reason + "). Start FormCheck with the environment "
                + "variable " + VARIABLE + "=" + VALUE + " set, e.g. '" + VARIABLE + "=" + VALUE
                + " java -jar formcheck.jar ...'.";
    }

    /**
     * JNA unpacks its small native library to load it and deletes it again; it does so in
     * FormCheck's cache directory rather than in the temporary directory or a cache of its own.
     */
    private static void keepJnaInOurCache() {
        if (System.getProperty("jna.tmpdir") == null) {
            System.setProperty("jna.tmpdir", UserDataDirectory.cache().resolve("jna").toString());
        }
        if (System.getProperty("jna.nosys") == null) {
            System.setProperty("jna.nosys", "true"); // the jar's own library, not whatever version the system has
        }
    }
}
