package dev.formcheck.feedback;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.io.TempDir;

import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OS voice on Linux: espeak-ng speaks a cue into a WAV file, which must hold speech (bursts of
 * energy well above silence), not silence or noise. Skipped, with the reason, without espeak-ng.
 */
class SpeechTest {
    @TempDir
    Path dir;

    @Test
    void espeakSpeaksACueIntoAWaveFileThatHoldsSpeech(TestReporter reporter) throws Exception {
        Assumptions.assumeTrue(Speech.onPath("espeak-ng").isPresent(), "espeak-ng is not installed: skipped");
        Path wav = dir.resolve("cue.wav");

        Speech.espeakToWave("Keep your back flat", wav);

        try (AudioInputStream in = AudioSystem.getAudioInputStream(wav.toFile())) {
            AudioFormat f = in.getFormat();
            assertThat(f.getSampleSizeInBits()).isEqualTo(16);
            byte[] bytes = in.readAllBytes();
            int frames = bytes.length / 2;
            double seconds = frames / f.getSampleRate();
            // energy in 20 ms windows: speech alternates loud syllables and near-silent gaps
            int window = (int) (f.getSampleRate() / 50);
            int loud = 0;
            int quiet = 0;
            double peakRms = 0;
            for (int start = 0; start + window <= frames; start += window) {
                double sum = 0;
                for (int i = start; i < start + window; i++) {
                    int lo = bytes[2 * i] & 0xFF;
                    int hi = bytes[2 * i + 1];
                    double s = (f.isBigEndian() ? ((lo << 8) | (hi & 0xFF)) : ((hi << 8) | lo)) / 32768.0;
                    sum += s * s;
                }
                double rms = Math.sqrt(sum / window);
                peakRms = Math.max(peakRms, rms);
                if (rms > 0.05) {
                    loud++;
                } else if (rms < 0.01) {
                    quiet++;
                }
            }
            reporter.publishEntry("wav", String.format("%.2f s, peak RMS %.3f, %d loud and %d quiet 20 ms windows",
                    seconds, peakRms, loud, quiet));
            assertThat(seconds).as("four words take about a second").isBetween(0.6, 4.0);
            assertThat(loud).as("voiced syllables").isGreaterThan(10);
            assertThat(quiet).as("gaps between words").isGreaterThan(2);
        }
        assertThat(Files.size(wav)).isGreaterThan(10_000);
    }

    @Test
    void writingWithoutEspeakOrToAnUnwritablePlaceSaysSo() {
        Assumptions.assumeTrue(Speech.onPath("espeak-ng").isPresent(), "espeak-ng is not installed: skipped");
        Path nowhere = dir.resolve("missing-dir").resolve("cue.wav");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Speech.espeakToWave("Hello", nowhere))
                .isInstanceOf(Speech.SpeechException.class).hasMessage("espeak-ng did not write " + nowhere);
    }
}
