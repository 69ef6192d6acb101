package dev.formcheck.capture;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The first seconds of a source, counted from its first frame, whatever its clock says. */
class TimeLimitedSourceTest {
    /** {@code count} frames 40 ms apart from {@code startMicros}, as a camera's clock would give them. */
    private static final class Frames implements FrameSource {
        final long startMicros;
        final int count;
        final EndOfStream end;
        final List<RgbImage> given = new ArrayList<>();
        boolean closed;

        Frames(long startMicros, int count, EndOfStream end) {
            this.startMicros = startMicros;
            this.count = count;
            this.end = end;
        }

        @Override
        public SourceInfo info() {
            return new SourceInfo("test", 2, 2, 25, count, count * 40_000L, false);
        }

        @Override
        public Optional<RgbImage> next() {
            if (given.size() == count) {
                return Optional.empty();
            }
            RgbImage frame = RgbImage.copyOf(2, 2, new byte[12], startMicros + 40_000L * given.size());
            given.add(frame);
            return Optional.of(frame);
        }

        @Override
        public EndOfStream endOfStream() {
            return end;
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    private static List<Long> drain(FrameSource source) {
        List<Long> out = new ArrayList<>();
        for (Optional<RgbImage> f = source.next(); f.isPresent(); f = source.next()) {
            out.add(f.get().timestampMicros());
        }
        return out;
    }

    @Test
    void aCameraClockThatDoesNotStartAtZeroGivesTheFirstSecondsAfterItsFirstFrame() {
        Frames camera = new Frames(7_000_000, 100, EndOfStream.COMPLETE);
        TimeLimitedSource first = new TimeLimitedSource(camera, 200_000);

        assertThat(drain(first)).containsExactly(7_000_000L, 7_040_000L, 7_080_000L, 7_120_000L, 7_160_000L);
        assertThat(first.next()).isEmpty();
        assertThat(camera.given).as("reads no further than the first frame past the limit").hasSize(6);
        assertThat(first.endOfStream().complete()).isTrue();
        assertThat(first.info().durationMicros()).isEqualTo(200_000);
        assertThat(first.info().frameCount()).isEqualTo(5);
        first.close();
        assertThat(camera.closed).isTrue();
    }

    @Test
    void aSourceShorterThanTheLimitEndsAsItsOwnEndSays() {
        Frames truncated = new Frames(0, 3, EndOfStream.early("the file is truncated"));
        TimeLimitedSource first = new TimeLimitedSource(truncated, 5_000_000);

        assertThat(drain(first)).hasSize(3);
        assertThat(first.endOfStream()).isEqualTo(EndOfStream.early("the file is truncated"));
        assertThat(first.info().durationMicros()).isEqualTo(120_000);
    }
}
