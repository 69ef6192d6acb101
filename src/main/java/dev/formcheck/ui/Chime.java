package dev.formcheck.ui;

import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.SourceDataLine;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * A short, soft tone made in code (no audio files), played on its own thread so a notification
 * never waits for the sound card. Where there is no audio device the chime goes quiet for good and
 * says so once.
 */
public final class Chime implements AutoCloseable {
    /** CD rate, 16-bit mono: every Java sound mixer accepts it. */
    public static final AudioFormat FORMAT = new AudioFormat(44_100f, 16, 1, true, false);
    /** C5: clearly audible on laptop speakers without being shrill. */
    public static final double FREQUENCY_HZ = 523.25;
    /** Long enough to notice, short enough not to interrupt a call. */
    public static final double DURATION_S = 0.25;
    /** About -12 dBFS: soft beside system sounds, which usually peak near full scale. */
    public static final double PEAK_AMPLITUDE = 0.25;
    /** Raised-cosine fade in and out, so the tone starts and ends without a click. */
    public static final double FADE_S = 0.03;
    /** Four tones' length: a tone in progress ends well within it, a stuck sound driver does not hold up shutdown. */
    public static final Duration CLOSE_WAIT = Duration.ofMillis(1000);

    /** Plays PCM in {@link #FORMAT}; the default opens the system's default output line. */
    @FunctionalInterface
    public interface AudioOutput {
        void play(AudioFormat format, byte[] pcm) throws LineUnavailableException;
    }

    private final AudioOutput output;
    private final Consumer<String> notes;
    private final byte[] tone = tone();
    private final AtomicBoolean silenced = new AtomicBoolean();
    private final ExecutorService player = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "formcheck-chime");
        thread.setDaemon(true);
        return thread;
    });

    /**
     * @param output where the tone goes
     * @param notes  receives one line, once, if the tone cannot be played (called on the chime's thread)
     */
    public Chime(AudioOutput output, Consumer<String> notes) {
        this.output = Objects.requireNonNull(output, "output");
        this.notes = Objects.requireNonNull(notes, "notes");
    }

    /** A chime on the system's default audio output. */
    public static Chime onDefaultDevice(Consumer<String> notes) {
        return new Chime(Chime::playOnDefaultLine, notes);
    }

    /** Plays the tone without waiting for it; does nothing once closed or silenced. */
    public void ring() {
        if (silenced.get()) {
            return;
        }
        try {
            player.execute(this::playOnce);
        } catch (RejectedExecutionException closed) {
            // closed while a notification was on its way: nothing left to ring
        }
    }

    private void playOnce() {
        if (silenced.get()) {
            return;
        }
        try {
            output.play(FORMAT, tone);
        } catch (LineUnavailableException | IllegalArgumentException noDevice) {
            // AudioSystem throws IllegalArgumentException when no mixer supports the line at all.
            if (!silenced.getAndSet(true)) {
                notes.accept("sound off: no audio output device could play the reminder tone ("
                        + noDevice.getMessage() + ")");
            }
        }
    }

    /** The tone as signed 16-bit little-endian mono PCM in {@link #FORMAT}. */
    public static byte[] tone() {
        float rate = FORMAT.getSampleRate();
        int samples = (int) Math.round(DURATION_S * rate);
        int fadeSamples = (int) Math.round(FADE_S * rate);
        byte[] pcm = new byte[samples * 2];
        for (int i = 0; i < samples; i++) {
            double envelope = fade(i, fadeSamples) * fade(samples - 1 - i, fadeSamples);
            double value = PEAK_AMPLITUDE * envelope * Math.sin(2 * Math.PI * FREQUENCY_HZ * i / rate);
            short sample = (short) Math.round(value * Short.MAX_VALUE);
            pcm[2 * i] = (byte) sample;
            pcm[2 * i + 1] = (byte) (sample >> 8);
        }
        return pcm;
    }

    /** 0 at the edge, rising along half a cosine to 1 after {@code length} samples. */
    private static double fade(int fromEdge, int length) {
        if (fromEdge >= length) {
            return 1;
        }
        return 0.5 - 0.5 * Math.cos(Math.PI * fromEdge / length);
    }

    private static void playOnDefaultLine(AudioFormat format, byte[] pcm) throws LineUnavailableException {
        try (SourceDataLine line = AudioSystem.getSourceDataLine(format)) {
            line.open(format);
            line.start();
            line.write(pcm, 0, pcm.length);
            line.drain();
        }
    }

    /** Stops the chime's thread, letting a tone already playing finish (waiting {@link #CLOSE_WAIT} at most). */
    @Override
    public void close() {
        player.shutdown();
        try {
            player.awaitTermination(CLOSE_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
