package dev.formcheck.capture;

import dev.formcheck.testing.RequiresSharedData;
import dev.formcheck.testing.SharedData;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

@RequiresSharedData
class LoopingSourceTest {
    static final Path SQUAT = SharedData.resolve("videos/squat-side.mp4");

    @Test
    void aShortVideoLoopsWithTimestampsRunningOnUntilTheTotalDuration() {
        long total = 45_000_000;
        int loopsOpened;
        long frames = 0;
        long last = -1;
        int[] opened = {0};
        try (LoopingSource source = new LoopingSource(() -> {
            opened[0]++;
            return VideoFileSource.open(SQUAT, 10);
        }, total)) {
            Optional<RgbImage> frame;
            while ((frame = source.next()).isPresent()) {
                assertThat(frame.get().timestampMicros()).isGreaterThan(last).isLessThanOrEqualTo(total);
                last = frame.get().timestampMicros();
                frames++;
            }
        }
        loopsOpened = opened[0];
        assertThat(loopsOpened).as("20.5 s video, 45 s wanted").isEqualTo(3);
        assertThat(last).isGreaterThan(total - 1_000_000);
        // one frame in 10 of a 29.97 fps video: about 3 a second
        assertThat(frames).isBetween(130L, 137L);
    }
}
