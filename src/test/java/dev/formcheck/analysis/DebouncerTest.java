package dev.formcheck.analysis;

import dev.formcheck.analysis.DebounceEvent.Ended;
import dev.formcheck.analysis.DebounceEvent.Fired;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DebouncerTest {
    private static final long PERSIST = Debouncer.MIN_PERSISTENCE_MICROS;
    private static final long RELEASE = 200_000;

    private static Debouncer rounded() {
        return new Debouncer("ROUNDED_BACK", PERSIST, RELEASE, Worse.HIGHER);
    }

    private static <T extends DebounceEvent> List<T> only(List<DebounceEvent> events, Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    @Test
    void theIssuesMinimumIs200Milliseconds() {
        assertThat(Debouncer.MIN_PERSISTENCE_MICROS).isEqualTo(200_000);
    }

    @Test
    void aConditionHeldFor199MillisecondsDoesNotFire() {
        Debouncer d = rounded();
        assertThat(d.update(1_000_000, true, 35)).isEmpty();
        assertThat(d.update(1_199_000, true, 36)).isEmpty();
        assertThat(d.update(1_230_000, false, 0)).isEmpty();
        assertThat(d.finish()).isEmpty();
    }

    @Test
    void aConditionHeldFor200MillisecondsFires() {
        Debouncer d = rounded();
        d.update(1_000_000, true, 35);
        d.update(1_100_000, true, 38);

        assertThat(d.update(1_200_000, true, 36)).containsExactly(
                new Fired(1_200_000, "ROUNDED_BACK", 1_000_000, new TimedValue(1_100_000, 38)));
        assertThat(d.isFiring()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(doubles = {5, 10, 15, 30, 60})
    void oneNoisyFrameNeverFlagsAtAnyFrameRate(double fps) {
        Debouncer d = rounded();
        List<DebounceEvent> events = new ArrayList<>();
        for (int i = 0; i < 10 * fps; i++) {
            long t = Math.round(i * 1e6 / fps);
            boolean noisy = i % (int) fps == 3; // one frame a second
            events.addAll(d.update(t, noisy, noisy ? 80 : 0));
        }
        events.addAll(d.finish());

        assertThat(events).isEmpty();
    }

    @Test
    void anInterruptionBeforeFiringStartsTheWaitAgain() {
        Debouncer d = rounded();
        List<DebounceEvent> events = new ArrayList<>();
        for (long ms = 0; ms <= 600; ms += 10) {
            events.addAll(d.update(ms * 1000, ms != 150, 40));
        }

        assertThat(only(events, Fired.class)).singleElement()
                .satisfies(f -> {
                    assertThat(f.startMicros()).isEqualTo(160_000);
                    assertThat(f.timestampMicros()).isEqualTo(360_000);
                });
    }

    @Test
    void anEpisodeReportsItsFirstAndLastHoldingSamplesAndItsWorstValue() {
        Debouncer d = rounded();
        List<DebounceEvent> events = new ArrayList<>();
        for (long ms = 0; ms <= 3000; ms += 10) {
            boolean holds = ms >= 1000 && ms <= 2000;
            double value = 30 + 20 - Math.abs(ms - 1500) / 25.0; // peaks at 50 at 1.5 s
            events.addAll(d.update(ms * 1000, holds, value));
        }

        Ended ended = only(events, Ended.class).get(0);
        assertThat(ended.timestampMicros()).as("decided once absent for the release time").isEqualTo(2_210_000);
        assertThat(ended.episode().condition()).isEqualTo("ROUNDED_BACK");
        assertThat(ended.episode().startMicros()).isEqualTo(1_000_000);
        assertThat(ended.episode().endMicros()).isEqualTo(2_000_000);
        assertThat(ended.episode().worst()).isEqualTo(new TimedValue(1_500_000, 50));
    }

    @Test
    void theWorstOfALowerIsWorseConditionIsItsLowestValue() {
        Debouncer d = new Debouncer("SHALLOW_DEPTH", PERSIST, RELEASE, Worse.LOWER);
        for (long ms = 0; ms <= 500; ms += 100) {
            d.update(ms * 1000, true, 20 - ms / 100.0);
        }
        List<DebounceEvent> end = d.finish();

        assertThat(only(end, Ended.class).get(0).episode().worst()).isEqualTo(new TimedValue(500_000, 15));
    }

    /** Holds from 0 to 1 s, is absent for {@code absentMs}, then holds to 2 s; sampled every 10 ms. */
    private static List<Ended> withAnAbsence(long absentMs) {
        Debouncer d = rounded();
        List<DebounceEvent> events = new ArrayList<>();
        for (long ms = 0; ms <= 2000; ms += 10) {
            events.addAll(d.update(ms * 1000, ms <= 1000 || ms > 1000 + absentMs, 40));
        }
        events.addAll(d.finish());
        return only(events, Ended.class);
    }

    @Test
    void anAbsenceShorterThanTheReleaseTimeDoesNotSplitAnEpisode() {
        assertThat(withAnAbsence(190)).singleElement().satisfies(e -> {
            assertThat(e.episode().startMicros()).isZero();
            assertThat(e.episode().endMicros()).isEqualTo(2_000_000);
        });
    }

    @Test
    void anAbsenceOfTheReleaseTimeEndsTheEpisodeAtItsLastHoldingSample() {
        assertThat(withAnAbsence(200)).extracting(e -> e.episode().startMicros() + ".." + e.episode().endMicros())
                .containsExactly("0..1000000", "1210000..2000000");
    }

    @Test
    void oneHoldingSampleDuringAnAbsenceDoesNotProlongTheEpisode() {
        Debouncer d = rounded();
        List<DebounceEvent> events = new ArrayList<>();
        for (long ms = 0; ms <= 2000; ms += 10) {
            events.addAll(d.update(ms * 1000, ms <= 1000 || ms == 1100, 40));
        }

        assertThat(only(events, Ended.class)).singleElement().satisfies(e -> {
            assertThat(e.timestampMicros()).isEqualTo(1_210_000);
            assertThat(e.episode().endMicros()).isEqualTo(1_000_000);
        });
    }

    @Test
    void aPauseBetweenSamplesLongerThanThePersistenceTimeIsAGap() {
        Debouncer d = rounded();
        d.update(0, true, 40);
        assertThat(d.update(PERSIST + 1, true, 40)).as("not seen to persist").isEmpty();
        assertThat(d.update(PERSIST + 1 + PERSIST, true, 40)).hasSize(1);
        assertThat(d.update(3 * PERSIST + 2, true, 40))
                .singleElement().isInstanceOfSatisfying(Ended.class,
                        e -> assertThat(e.episode().endMicros()).isEqualTo(2 * PERSIST + 1));
    }

    @Test
    void aRepeatedTimestampIsIgnoredAndAnEarlierOneEndsTheEpisode() {
        Debouncer d = rounded();
        for (long ms = 0; ms <= 500; ms += 50) {
            d.update(ms * 1000, true, 40);
            assertThat(d.update(ms * 1000, false, 0)).isEmpty();
        }

        assertThat(d.update(0, true, 40)).singleElement().isInstanceOfSatisfying(Ended.class, e -> {
            assertThat(e.timestampMicros()).isZero();
            assertThat(e.episode().endMicros()).isEqualTo(500_000);
        });
        assertThat(d.isFiring()).isFalse();
    }

    @Test
    void noiseAndSpikesAroundAGoodPositionNeverFlagButARealFaultFlagsOnce() {
        LongStream.range(0, 50).forEach(seed -> {
            Random random = new Random(seed);
            Debouncer d = rounded();
            List<DebounceEvent> events = new ArrayList<>();
            for (long t = 0; t <= 60_000_000; t += 33_333) {
                boolean fault = t >= 30_000_000 && t < 30_500_000;
                double flexion = (fault ? 45 : 18) + random.nextGaussian() * 4;
                if (random.nextDouble() < 0.02) {
                    flexion = random.nextDouble() * 90;
                }
                events.addAll(d.update(t, flexion > 30, flexion));
            }
            events.addAll(d.finish());

            // A wild frame inside the fault may restart the wait, never hide the fault or split it.
            assertThat(only(events, Fired.class)).as("seed %d", seed).singleElement()
                    .satisfies(f -> assertThat(f.startMicros()).isBetween(29_900_000L, 30_300_000L));
            assertThat(only(events, Ended.class)).as("seed %d", seed).singleElement()
                    .satisfies(e -> assertThat(e.episode().endMicros()).isBetween(30_300_000L, 30_600_000L));
        });
    }

    @Test
    void aPersistenceUnderTheIssuesMinimumIsRejected() {
        assertThatThrownBy(() -> new Debouncer("HEAD_DROP", 199_000, RELEASE, Worse.HIGHER))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("HEAD_DROP: a condition must persist at least 200 ms before it fires (issue 5), not 199 ms");
    }

    @Test
    void aHoldingConditionNeedsAValue() {
        assertThatThrownBy(() -> rounded().update(0, true, Double.NaN))
                .hasMessage("ROUNDED_BACK: a condition that holds needs a finite value, not NaN");
    }

    // unknown frames: the quantity could not be measured

    /** 30 fps, a fault from 1 s to 3 s; inside it every other frame cannot be measured (a hip flickering around the visibility threshold). */
    private static List<DebounceEvent> faultWithFlicker(Condition flicker) {
        Debouncer d = rounded();
        List<DebounceEvent> events = new ArrayList<>();
        for (int i = 0; i <= 150; i++) {
            long t = Math.round(i * 1e6 / 30);
            boolean fault = t >= 1_000_000 && t <= 3_000_000;
            Condition c = !fault ? Condition.CLEAR : i % 2 == 1 ? flicker : Condition.HOLDS;
            events.addAll(d.update(t, c, 40 + i % 7));
        }
        events.addAll(d.finish());
        return events;
    }

    @Test
    void aKeypointFlickeringOutOfSightDuringOneFaultGivesOneEpisode() {
        List<DebounceEvent> events = faultWithFlicker(Condition.UNKNOWN);

        assertThat(only(events, Fired.class)).singleElement()
                .satisfies(f -> assertThat(f.startMicros()).isBetween(1_000_000L, 1_040_000L));
        assertThat(only(events, Ended.class)).singleElement().satisfies(e -> {
            assertThat(e.episode().startMicros()).isBetween(1_000_000L, 1_040_000L);
            assertThat(e.episode().endMicros()).isBetween(2_960_000L, 3_000_000L);
        });
    }

    @Test
    void theSameFlickerTakenAsClearNeverLetsTheFaultPersist() {
        assertThat(faultWithFlicker(Condition.CLEAR)).as("what the boolean update did with unmeasurable frames").isEmpty();
    }

    @Test
    void theBooleanUpdateIsHoldsOrClear() {
        Debouncer viaBoolean = rounded();
        Debouncer viaCondition = rounded();
        List<DebounceEvent> a = new ArrayList<>();
        List<DebounceEvent> b = new ArrayList<>();
        for (long ms = 0; ms <= 1000; ms += 20) {
            boolean holds = ms >= 100 && ms < 600 && ms != 300;
            a.addAll(viaBoolean.update(ms * 1000, holds, 40));
            b.addAll(viaCondition.update(ms * 1000, holds ? Condition.HOLDS : Condition.CLEAR, 40));
        }
        assertThat(a).isEqualTo(b).isNotEmpty();
    }

    @Test
    void whatCannotBeMeasuredNeverFires() {
        Debouncer d = rounded();
        List<DebounceEvent> events = new ArrayList<>();
        for (long ms = 0; ms <= 5000; ms += 33) {
            events.addAll(d.update(ms * 1000, Condition.UNKNOWN, Double.NaN));
        }
        events.addAll(d.finish());
        assertThat(events).isEmpty();
    }

    @Test
    void onlyAHoldingSampleCompletesThePersistenceAcrossUnknownFrames() {
        Debouncer d = rounded();
        d.update(0, Condition.HOLDS, 40);
        assertThat(d.update(100_000, Condition.UNKNOWN, 0)).isEmpty();
        assertThat(d.update(PERSIST, Condition.UNKNOWN, 0)).as("an unknown frame does not fire").isEmpty();
        assertThat(d.update(PERSIST + 10_000, Condition.HOLDS, 45)).as("more than the persistence since the last measured sample: a gap").isEmpty();
        assertThat(d.update(PERSIST + 110_000, Condition.UNKNOWN, 0)).isEmpty();
        assertThat(d.update(2 * PERSIST + 10_000, Condition.HOLDS, 42)).singleElement()
                .isEqualTo(new Fired(2 * PERSIST + 10_000, "ROUNDED_BACK", PERSIST + 10_000, new TimedValue(PERSIST + 10_000, 45)));
    }

    @Test
    void unknownFramesLongerThanThePersistenceTimeEndAnEpisodeAtItsLastHoldingSample() {
        Debouncer d = rounded();
        List<DebounceEvent> events = new ArrayList<>();
        for (long ms = 0; ms <= 500; ms += 20) {
            events.addAll(d.update(ms * 1000, Condition.HOLDS, 40));
        }
        assertThat(only(events, Fired.class)).hasSize(1);
        for (long ms = 520; ms <= 700; ms += 20) {
            assertThat(d.update(ms * 1000, Condition.UNKNOWN, 0)).as("%d ms: within the persistence time", ms).isEmpty();
        }
        assertThat(d.isFiring()).isTrue();
        assertThat(d.update(720_000, Condition.UNKNOWN, 0)).singleElement().isInstanceOfSatisfying(Ended.class, e -> {
            assertThat(e.timestampMicros()).isEqualTo(720_000);
            assertThat(e.episode().endMicros()).isEqualTo(500_000);
        });
        assertThat(d.isFiring()).isFalse();
    }

    @Test
    void unknownFramesDoNotCompleteTheRelease() {
        Debouncer d = new Debouncer("ROUNDED_BACK", PERSIST, 100_000, Worse.HIGHER);
        for (long ms = 0; ms <= 300; ms += 20) {
            d.update(ms * 1000, Condition.HOLDS, 40);
        }
        assertThat(d.update(320_000, Condition.CLEAR, 0)).isEmpty();
        assertThat(d.update(420_000, Condition.UNKNOWN, 0)).as("the release time has passed, but nothing was seen clear").isEmpty();
        assertThat(d.update(440_000, Condition.CLEAR, 0)).singleElement().isInstanceOf(Ended.class);
    }
}
