package dev.formcheck.ui;

import org.junit.jupiter.api.Test;

import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.LineUnavailableException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class ChimeTest {
    private static final double FULL_SCALE = Short.MAX_VALUE;
    /** A click is a jump at the first or last sample; 1 % of full scale is inaudible at this level. */
    private static final double SILENT_EDGE = 0.01;

    @Test
    void toneIsAQuarterSecondOfSoftSineThatStartsAndEndsInSilence() {
        short[] samples = samples(Chime.tone());

        assertThat(samples.length / (double) Chime.FORMAT.getSampleRate()).isEqualTo(Chime.DURATION_S, within(1e-3));
        double peak = 0;
        for (short s : samples) {
            peak = Math.max(peak, Math.abs(s) / FULL_SCALE);
        }
        assertThat(peak).isBetween(0.95 * Chime.PEAK_AMPLITUDE, Chime.PEAK_AMPLITUDE + 1 / FULL_SCALE);
        assertThat(Math.abs(samples[0]) / FULL_SCALE).isLessThan(SILENT_EDGE);
        assertThat(Math.abs(samples[samples.length - 1]) / FULL_SCALE).isLessThan(SILENT_EDGE);
    }

    @Test
    void toneHasItsPitch() {
        short[] samples = samples(Chime.tone());
        int upwardCrossings = 0;
        for (int i = 1; i < samples.length; i++) {
            if (samples[i - 1] < 0 && samples[i] >= 0) {
                upwardCrossings++;
            }
        }
        // One upward zero crossing per period; the faded ends can lose at most one each.
        double periods = Chime.FREQUENCY_HZ * Chime.DURATION_S;
        assertThat((double) upwardCrossings).isBetween(periods - 2, periods + 1);
    }

    @Test
    void ringsTheToneThroughItsOutput() {
        List<byte[]> played = new CopyOnWriteArrayList<>();
        List<AudioFormat> formats = new CopyOnWriteArrayList<>();
        List<String> notes = new CopyOnWriteArrayList<>();
        try (Chime chime = new Chime((format, pcm) -> {
            formats.add(format);
            played.add(pcm);
        }, notes::add)) {
            chime.ring();
            chime.ring();
        }

        assertThat(played).hasSize(2).allSatisfy(pcm -> assertThat(pcm).isEqualTo(Chime.tone()));
        assertThat(formats).containsOnly(Chime.FORMAT);
        assertThat(notes).isEmpty();
    }

    @Test
    void withoutAnAudioDeviceItSaysSoOnceAndStopsTrying() {
        AtomicInteger attempts = new AtomicInteger();
        List<String> notes = new CopyOnWriteArrayList<>();
        try (Chime chime = new Chime((format, pcm) -> {
            attempts.incrementAndGet();
            throw new LineUnavailableException("no sound card");
        }, notes::add)) {
            chime.ring();
            chime.ring();
            chime.ring();
        }

        assertThat(attempts).hasValue(1);
        assertThat(notes).containsExactly(
                "sound off: no audio output device could play the reminder tone (no sound card)");
    }

    @Test
    void ringingAfterCloseDoesNothing() {
        AtomicInteger attempts = new AtomicInteger();
        Chime chime = new Chime((format, pcm) -> attempts.incrementAndGet(), note -> { });
        chime.close();

        chime.ring();

        assertThat(attempts).hasValue(0);
    }

    private static short[] samples(byte[] pcm) {
        short[] samples = new short[pcm.length / 2];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = (short) ((pcm[2 * i] & 0xff) | (pcm[2 * i + 1] << 8));
        }
        return samples;
    }

    private static org.assertj.core.data.Offset<Double> within(double tolerance) {
        return org.assertj.core.data.Offset.offset(tolerance);
    }
}
