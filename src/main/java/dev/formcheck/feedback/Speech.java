package dev.formcheck.feedback;

import dev.formcheck.common.FormCheckException;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The operating system's own voice: {@code espeak-ng} or {@code spd-say} on Linux, {@code say} on
 * macOS, the .NET speech synthesizer through PowerShell on Windows. One utterance at a time on a
 * thread of its own: a cue that arrives while another is spoken is dropped, never queued (a late
 * cue describes a rep that is over). The caller never waits.
 */
public final class Speech implements AutoCloseable {
    /** The longest an utterance may take before it is cut off. */
    private static final long MAX_SECONDS = 10;

    private final List<String> command;
    private final ExecutorService voice = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "formcheck-speech");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean speaking = new AtomicBoolean();

    private Speech(List<String> command) {
        this.command = List.copyOf(command);
    }

    /** The platform's voice, or empty when none is installed. */
    public static Optional<Speech> find() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.startsWith("mac")) {
            return onPath("say").map(p -> new Speech(List.of(p)));
        }
        if (os.startsWith("windows")) {
            return onPath("powershell.exe").map(p -> new Speech(List.of(p, "-NoProfile", "-Command",
                    "Add-Type -AssemblyName System.Speech; "
                            + "(New-Object System.Speech.Synthesis.SpeechSynthesizer).Speak($args[0])")));
        }
        Optional<String> espeak = onPath("espeak-ng");
        if (espeak.isPresent()) {
            return Optional.of(new Speech(List.of(espeak.get(), "-s", "165")));
        }
        return onPath("spd-say").map(p -> new Speech(List.of(p, "--wait")));
    }

    /** The program that speaks, for a note on screen. */
    public String program() {
        return Path.of(command.get(0)).getFileName().toString();
    }

    /** Says {@code text} unless something is being said; returns whether it will be said. */
    public boolean say(String text) {
        if (!speaking.compareAndSet(false, true)) {
            return false;
        }
        voice.execute(() -> {
            try {
                run(withText(text));
            } finally {
                speaking.set(false);
            }
        });
        return true;
    }

    public boolean isSpeaking() {
        return speaking.get();
    }

    private List<String> withText(String text) {
        List<String> c = new ArrayList<>(command);
        c.add(text);
        return c;
    }

    private static void run(List<String> cmd) {
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (!p.waitFor(MAX_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        } catch (IOException e) {
            // the voice went away (uninstalled mid-run): this cue is lost, the next one tries again
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Writes {@code text} spoken by espeak-ng to a WAV file (for checking that the voice works);
     * throws when espeak-ng is missing or fails.
     */
    public static void espeakToWave(String text, Path wav) {
        String espeak = onPath("espeak-ng").orElseThrow(() -> new SpeechException("espeak-ng is not installed"));
        try {
            Process p = new ProcessBuilder(espeak, "-w", wav.toString(), text).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            // espeak-ng exits 0 even when it could not write the file: the file itself is the proof
            if (!p.waitFor(MAX_SECONDS, TimeUnit.SECONDS) || p.exitValue() != 0 || !Files.isRegularFile(wav)
                    || Files.size(wav) == 0) {
                p.destroyForcibly();
                throw new SpeechException("espeak-ng did not write " + wav);
            }
        } catch (IOException e) {
            throw new SpeechException("espeak-ng could not run (" + e.getMessage() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SpeechException("interrupted while espeak-ng was writing " + wav);
        }
    }

    static Optional<String> onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            Path p = Path.of(dir, program);
            if (Files.isExecutable(p)) {
                return Optional.of(p.toString());
            }
        }
        return Optional.empty();
    }

    @Override
    public void close() {
        voice.shutdownNow();
    }

    /** The voice could not be used. */
    public static final class SpeechException extends FormCheckException {
        public SpeechException(String message) {
            super(message);
        }
    }
}
