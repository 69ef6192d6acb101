package dev.formcheck.capture;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** A file standing in for a camera releases each frame when the clock reaches its timestamp. */
class PacedSourceTest {
    /** Frames at 0, 40 and 80 ms. */
    private static FrameSource threeFrames() {
        return new FrameSource() {
            private int next;

            @Override
            public SourceInfo info() {
                return new SourceInfo("test", 2, 2, 25, 3, 120_000, false);
            }

            @Override
            public Optional<RgbImage> next() {
                return next < 3 ? Optional.of(RgbImage.copyOf(2, 2, new byte[12], 40_000L * next++)) : Optional.empty();
            }

            @Override
            public void close() {
            }
        };
    }

    /** A clock that only moves when the source sleeps, recording each sleep. */
    private static final class FakeClock implements PacedSource.Clock {
        long now = 5_000_000;
        final List<Long> sleeps = new ArrayList<>();

        @Override
        public long nanoTime() {
            return now;
        }

        @Override
        public void sleepNanos(long nanos) {
            sleeps.add(nanos);
            now += nanos;
        }
    }

    @Test
    void framesAreReleasedAtTheirTimestampsMeasuredFromTheFirst() {
        FakeClock clock = new FakeClock();
        try (PacedSource paced = new PacedSource(threeFrames(), clock)) {
            assertThat(paced.info().live()).isTrue();
            assertThat(paced.next()).isPresent();
            clock.now += 10_000_000; // the consumer took 10 ms over the first frame
            assertThat(paced.next()).isPresent();
            assertThat(paced.next()).isPresent();
            assertThat(paced.next()).isEmpty();
        }
        // 40 ms after the first frame, 10 ms of which the consumer already spent; then 40 ms more
        assertThat(clock.sleeps).containsExactly(30_000_000L, 40_000_000L);
    }

    @Test
    void aConsumerRunningLateIsNotMadeToWait() {
        FakeClock clock = new FakeClock();
        try (PacedSource paced = new PacedSource(threeFrames(), clock)) {
            paced.next();
            clock.now += 200_000_000; // far behind
            paced.next();
            paced.next();
        }
        assertThat(clock.sleeps).isEmpty();
    }
}
