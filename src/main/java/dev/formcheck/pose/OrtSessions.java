package dev.formcheck.pose;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtLoggingLevel;
import ai.onnxruntime.OrtSession;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The one ONNX Runtime environment of the process and the session options every FormCheck model
 * runs with, shared by the pose model and the person segmentation model.
 */
public final class OrtSessions {
    private OrtSessions() {
    }

    private static OrtEnvironment environment;

    /**
     * The process's environment, created quiet and with ONNX Runtime's telemetry off on first use.
     * Every FormCheck class that needs ONNX Runtime comes here first: before it, no ONNX Runtime
     * class may be touched, or the native libraries load from a fresh temporary directory and the
     * telemetry switch comes too late.
     */
    public static synchronized OrtEnvironment environment() {
        if (environment == null) {
            environment = create();
        }
        return environment;
    }

    /** Opens {@code modelFile} with FormCheck's options; the caller checks the signature and closes it. */
    public static OrtSession open(Path modelFile, InferenceSettings settings) throws OrtException {
        OrtEnvironment env = environment(); // before SessionOptions, whose class loads ONNX Runtime
        try (OrtSession.SessionOptions options = options(settings)) {
            return env.createSession(modelFile.toString(), options);
        }
    }

    /** Checks an opened session's inputs and outputs, throwing a {@link PoseException} that says what it expected. */
    @FunctionalInterface
    public interface SignatureCheck {
        void check(OrtSession session) throws OrtException;
    }

    /** Builds the user of a checked session; the session is closed if this fails. */
    @FunctionalInterface
    public interface SessionUser<T> {
        T use(OrtSession session) throws OrtException;
    }

    /**
     * Opens a shipped model, checks it and hands it over; every failure is a {@link PoseException}
     * that names the file and says how to restore it, and leaves no session open.
     *
     * @param what the file in the user's words, e.g. "model file" or "segmentation model file"
     */
    public static <T> T openChecked(Path modelFile, String what, InferenceSettings settings,
                                    SignatureCheck check, SessionUser<T> user) {
        if (!Files.isRegularFile(modelFile)) {
            throw new PoseException(modelFile + ": " + what + " not found. " + ModelFiles.RESTORE_HINT);
        }
        // Altered weights load and run: only the hash tells. It is computed while ONNX Runtime
        // reads the model (the first hash of a run is mostly JIT warm-up), and decides first.
        CompletableFuture<Void> hash = CompletableFuture.runAsync(() -> ModelChecksums.verify(modelFile, what));
        OrtSession session = null;
        try {
            session = open(modelFile, settings);
            awaitChecksum(hash);
            check.check(session);
            return user.use(session);
        } catch (OrtException e) {
            closeQuietly(session);
            awaitChecksum(hash); // a file that is not the shipped one says so first
            throw new PoseException(modelFile + ": not a valid ONNX model (damaged or truncated?). "
                    + ModelFiles.RESTORE_HINT, e);
        } catch (PoseException e) {
            closeQuietly(session);
            throw e;
        }
    }

    private static void awaitChecksum(CompletableFuture<Void> hash) {
        try {
            hash.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof PoseException p) {
                throw p;
            }
            throw e;
        }
    }

    /** Closes after a failure: the original error is what the user needs to see. */
    public static void closeQuietly(OrtSession session) {
        if (session != null) {
            try {
                session.close();
            } catch (OrtException ignored) {
                // the first failure is the one reported
            }
        }
    }

    private static OrtSession.SessionOptions options(InferenceSettings settings) throws OrtException {
        OrtSession.SessionOptions options = new OrtSession.SessionOptions();
        options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
        options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
        options.setIntraOpNumThreads(settings.intraOpThreads());
        options.addConfigEntry("session.intra_op.allow_spinning", settings.spinning() ? "1" : "0");
        options.setSessionLogLevel(settings.verboseLogging()
                ? OrtLoggingLevel.ORT_LOGGING_LEVEL_WARNING : OrtLoggingLevel.ORT_LOGGING_LEVEL_FATAL);
        return options;
    }

    /**
     * One environment per process. Asking again with another logging level would only draw a
     * warning, so verbosity is set per session instead. Telemetry: the environment variable stops
     * all of it on Linux and macOS; {@code setTelemetry(false)} also stops Windows' ETW events.
     */
    private static OrtEnvironment create() {
        OnnxRuntimeLibraries.prepare(); // before ONNX Runtime loads its native code
        TelemetryOptOut.apply(); // before the environment is created: ONNX Runtime reads it then
        OrtEnvironment env = OrtEnvironment.getEnvironment(OrtLoggingLevel.ORT_LOGGING_LEVEL_FATAL, "formcheck");
        try {
            env.setTelemetry(false);
        } catch (OrtException e) {
            throw new PoseException(TelemetryOptOut.cannotSwitchOff(e.getMessage()), e);
        }
        return env;
    }
}
