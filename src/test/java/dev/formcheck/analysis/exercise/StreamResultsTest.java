package dev.formcheck.analysis.exercise;

import dev.formcheck.analysis.Episode;
import dev.formcheck.analysis.TimedValue;
import dev.formcheck.analysis.Worse;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;

class StreamResultsTest {
    private static final long S = 1_000_000;

    private static RepResult rep(int index, long startSeconds, long endSeconds) {
        return new RepResult(index, startSeconds * S, (startSeconds + endSeconds) * S / 2, endSeconds * S, "knee",
                90, 80, OptionalDouble.empty(), OptionalDouble.empty());
    }

    private static Episode episodeAt(long startMicros, long endMicros) {
        return new Episode("KNEE_VALGUS", Worse.HIGHER,
                List.of(new TimedValue(startMicros, 12), new TimedValue(endMicros, 14)));
    }

    @Test
    void aFlagIsGivenTheRepItOverlapsMost() {
        StreamResults results = new StreamResults();
        results.add(rep(1, 0, 2));
        results.add(rep(2, 2, 4));
        assertThat(results.repOf(S, 3 * S + S / 2)).isEqualTo(OptionalInt.of(2));
        assertThat(results.repOf(S / 2, 2 * S + S / 2)).isEqualTo(OptionalInt.of(1));
        assertThat(results.repOf(5 * S, 6 * S)).isEmpty();
    }

    @Test
    void afterANewSegmentAFlagIsNeverGivenARepOfAnEarlierSegment() {
        StreamResults results = new StreamResults();
        results.add(rep(1, 0, 2));
        results.startSegment();
        assertThat(results.nextRepIndex()).isEqualTo(2);
        assertThat(results.repOf(0, 2 * S)).isEmpty();
        results.add(rep(2, 0, 2));
        assertThat(results.repOf(0, 2 * S)).isEqualTo(OptionalInt.of(2));
    }

    @Test
    void anEpisodeStartingInTheLastMomentsOfAHoldIsItsExit() {
        StreamResults results = new StreamResults();
        results.add(new HoldResult(0, 30 * S, 30 * S, 30 * S, 0));
        long exit = 2 * S;
        assertThat(results.isHoldExit(episodeAt(29 * S, 31 * S), exit)).isTrue();
        assertThat(results.isHoldExit(episodeAt(27 * S, 31 * S), exit)).isFalse();
        assertThat(results.isHoldExit(episodeAt(31 * S, 32 * S), exit)).isFalse();
    }
}
