package dev.formcheck.capture;

import dev.formcheck.testing.SharedData;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** A report's key frames found by seeking are the very frames reading the video from its start delivers. */
class VideoFileSourceFramesAtTest {
    private static final Path SAMPLE = SharedData.projectDir().resolve("test-videos/squat-side-synthetic.mp4");

    @Test
    void framesFoundBySeekingEqualTheFramesReadInOrder() {
        List<Integer> indexes = List.of(0, 1, 149, 150, 333, 490, 599);
        Map<Long, byte[]> expected = new HashMap<>();
        try (VideoFileSource source = VideoFileSource.open(SAMPLE)) {
            for (int i = 0; i <= 599; i++) {
                RgbImage f = source.next().orElseThrow();
                if (indexes.contains(i)) {
                    byte[] rgb = new byte[f.width() * f.height() * 3];
                    f.pixels().get(0, rgb);
                    expected.put(f.timestampMicros(), rgb);
                }
                f.release();
            }
        }
        Map<Long, RgbImage> found;
        try (VideoFileSource source = VideoFileSource.open(SAMPLE)) {
            found = source.framesAt(new TreeSet<>(expected.keySet()));
        }

        assertThat(found.keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet());
        expected.forEach((t, rgb) -> {
            byte[] seeked = new byte[rgb.length];
            found.get(t).pixels().get(0, seeked);
            assertThat(seeked).as("frame at %d us", t).isEqualTo(rgb);
        });
        assertThat(Optional.ofNullable(found.get(-1L))).isEmpty();
    }

    @Test
    void aTimestampPastTheEndFindsNothing() {
        try (VideoFileSource source = VideoFileSource.open(SAMPLE)) {
            assertThat(source.framesAt(new TreeSet<>(List.of(3_600_000_000L)))).isEmpty();
        }
    }
}
