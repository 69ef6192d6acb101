package dev.formcheck.analysis;

import dev.formcheck.analysis.HoldEvent.HoldEnded;
import dev.formcheck.analysis.HoldEvent.HoldStarted;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.LongFunction;
import java.util.stream.LongStream;

import static dev.formcheck.analysis.HoldObservation.IN_POSITION_GOOD_FORM;
import static dev.formcheck.analysis.HoldObservation.IN_POSITION_POOR_FORM;
import static dev.formcheck.analysis.HoldObservation.NOT_VISIBLE;
import static dev.formcheck.analysis.HoldObservation.OUT_OF_POSITION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HoldTimerTest {
    private static final long MIN_HOLD = 1_000_000;
    private static final long GRACE = 1_000_000;
    private static final long FRAME = 100_000;

    private static HoldTimer timer() {
        return new HoldTimer(MIN_HOLD, GRACE);
    }

    /** Samples every 100 ms from 0 to {@code endMicros} inclusive, observed as {@code script} says, then finished. */
    private static List<HoldEvent> run(HoldTimer timer, long endMicros, LongFunction<HoldObservation> script) {
        List<HoldEvent> events = new ArrayList<>();
        for (long t = 0; t <= endMicros; t += FRAME) {
            events.addAll(timer.update(t, script.apply(t)));
        }
        events.addAll(timer.finish());
        return events;
    }

    private static <T extends HoldEvent> List<T> only(List<HoldEvent> events, Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    @Test
    void aPositionHeldJustUnderTheMinimumNeverStartsAHold() {
        HoldTimer timer = timer();
        assertThat(timer.update(0, IN_POSITION_GOOD_FORM)).isEmpty();
        assertThat(timer.update(MIN_HOLD - 1, IN_POSITION_GOOD_FORM)).isEmpty();
        assertThat(timer.update(MIN_HOLD + 100_000, OUT_OF_POSITION)).isEmpty();
        assertThat(timer.finish()).isEmpty();
    }

    @Test
    void aPositionHeldForTheMinimumStartsAHoldDatedFromWhenItWasEntered() {
        HoldTimer timer = timer();
        timer.update(0, OUT_OF_POSITION);
        timer.update(200_000, IN_POSITION_GOOD_FORM);

        assertThat(timer.update(200_000 + MIN_HOLD, IN_POSITION_GOOD_FORM))
                .containsExactly(new HoldStarted(200_000 + MIN_HOLD, 200_000));
        assertThat(timer.current()).hasValueSatisfying(h -> {
            assertThat(h.startMicros()).isEqualTo(200_000);
            assertThat(h.inPositionMicros()).isEqualTo(MIN_HOLD);
        });
    }

    @Test
    void goodFormTimeCountsOnlyTheFramesWithGoodForm() {
        // In position from 1 s to 11 s: good form until 7 s, then poor; out from 11 s.
        List<HoldEvent> events = run(timer(), 14_000_000, t -> t < 1_000_000 || t >= 11_000_000 ? OUT_OF_POSITION
                : t < 7_000_000 ? IN_POSITION_GOOD_FORM : IN_POSITION_POOR_FORM);

        assertThat(only(events, HoldStarted.class)).containsExactly(new HoldStarted(2_000_000, 1_000_000));
        assertThat(only(events, HoldEnded.class)).containsExactly(
                new HoldEnded(12_100_000, new Hold(1_000_000, 11_000_000, 10_000_000, 6_000_000, 0)));
    }

    @Test
    void aBriefExitWithinTheGraceKeepsTheHoldButIsNotTimeInPosition() {
        List<HoldEvent> events = run(timer(), 14_000_000, t -> t < 1_000_000 || t >= 11_000_000 ? OUT_OF_POSITION
                : t >= 5_000_000 && t < 5_500_000 ? OUT_OF_POSITION : IN_POSITION_GOOD_FORM);

        assertThat(only(events, HoldEnded.class)).singleElement().satisfies(e -> {
            assertThat(e.hold()).isEqualTo(new Hold(1_000_000, 11_000_000, 9_500_000, 9_500_000, 0));
            assertThat(e.hold().durationMicros()).isEqualTo(10_000_000);
        });
    }

    @Test
    void anExitLongerThanTheGraceEndsTheHoldWhereTheExitBegan() {
        List<HoldEvent> events = run(timer(), 14_000_000, t -> t < 1_000_000 || t >= 11_000_000 ? OUT_OF_POSITION
                : t >= 5_000_000 && t < 6_500_000 ? OUT_OF_POSITION : IN_POSITION_GOOD_FORM);

        assertThat(only(events, HoldEnded.class)).extracting(HoldEnded::hold).containsExactly(
                new Hold(1_000_000, 5_000_000, 4_000_000, 4_000_000, 0),
                new Hold(6_500_000, 11_000_000, 4_500_000, 4_500_000, 0));
        assertThat(only(events, HoldEnded.class).get(0).timestampMicros()).isEqualTo(6_100_000);
    }

    @Test
    void notVisibleIsCountedApartAndEndsTheHoldOnlyAfterTheGrace() {
        // Unseen for 0.6 s at 4 s (the hold goes on), then from 8 s for good.
        List<HoldEvent> events = run(timer(), 12_000_000, t -> t < 1_000_000 ? OUT_OF_POSITION
                : (t >= 4_000_000 && t < 4_600_000) || t >= 8_000_000 ? NOT_VISIBLE : IN_POSITION_GOOD_FORM);

        assertThat(only(events, HoldEnded.class)).extracting(HoldEnded::hold)
                .containsExactly(new Hold(1_000_000, 8_000_000, 6_400_000, 6_400_000, 600_000));
    }

    @Test
    void aPauseBetweenSamplesLongerThanTheGraceEndsTheHoldWhereItWasLastSeen() {
        HoldTimer timer = timer();
        List<HoldEvent> events = new ArrayList<>();
        for (long t = 0; t <= 5_000_000; t += FRAME) {
            events.addAll(timer.update(t, IN_POSITION_GOOD_FORM));
        }
        events.addAll(timer.update(5_000_000 + GRACE + 1, IN_POSITION_GOOD_FORM)); // the camera stalled

        assertThat(only(events, HoldEnded.class)).extracting(HoldEnded::hold)
                .containsExactly(new Hold(0, 5_000_000, 5_000_000, 5_000_000, 0));
        assertThat(timer.current()).as("a new position, not yet held for the minimum").isEmpty();
    }

    @Test
    void aRepeatedTimestampIsIgnored() {
        HoldTimer timer = timer();
        List<HoldEvent> events = new ArrayList<>();
        for (long t = 0; t <= 5_000_000; t += FRAME) {
            events.addAll(timer.update(t, IN_POSITION_GOOD_FORM));
            events.addAll(timer.update(t, OUT_OF_POSITION)); // a duplicated frame, judged otherwise
        }
        events.addAll(timer.finish());

        assertThat(only(events, HoldEnded.class)).extracting(HoldEnded::hold)
                .containsExactly(new Hold(0, 5_000_000, 5_000_000, 5_000_000, 0));
    }

    @Test
    void anEarlierTimestampEndsTheHoldAndStartsAfresh() {
        HoldTimer timer = timer();
        for (long t = 0; t <= 3_000_000; t += FRAME) {
            timer.update(t, IN_POSITION_GOOD_FORM);
        }

        assertThat(timer.update(0, IN_POSITION_GOOD_FORM)).containsExactly(
                new HoldEnded(0, new Hold(0, 3_000_000, 3_000_000, 3_000_000, 0)));
        assertThat(timer.current()).isEmpty();
    }

    @Test
    void finishingEndsTheHoldInProgress() {
        HoldTimer timer = timer();
        for (long t = 0; t <= 3_000_000; t += FRAME) {
            timer.update(t, IN_POSITION_POOR_FORM);
        }
        assertThat(timer.finish()).containsExactly(
                new HoldEnded(3_000_000, new Hold(0, 3_000_000, 3_000_000, 0, 0)));
        assertThat(timer.finish()).isEmpty();
    }

    @Test
    void aJitteryPlankBetweenWalkingInAndOutIsOneHoldOfTheRightLength() {
        // Body incline from horizontal: standing (90) until 3 s, lying in a forearm plank (12) from 4 s to 24 s, up again after 25 s.
        // The plank's thresholds as shipped: in position at 35 or less, out at 45 or more.
        LongStream.range(0, 100).forEach(seed -> {
            Random random = new Random(seed);
            HysteresisSwitch inPosition = new HysteresisSwitch(Crossing.atOrBelow(35), Crossing.atOrAbove(45));
            HoldTimer timer = timer();
            List<HoldEvent> events = new ArrayList<>();
            for (long t = 0; t <= 30_000_000; t += 33_333) {
                double s = t / 1e6;
                double incline = s < 3 ? 90 : s < 4 ? 90 - 78 * (s - 3) : s < 24 ? 12 : s < 25 ? 12 + 78 * (s - 24) : 90;
                double measured = random.nextDouble() < 0.02 ? random.nextDouble() * 90 : incline + random.nextGaussian() * 3;
                boolean visible = random.nextDouble() >= 0.03;
                HoldObservation o = !visible ? NOT_VISIBLE
                        : HoldObservation.of(inPosition.update(measured), random.nextDouble() < 0.9);
                events.addAll(timer.update(t, o));
            }
            events.addAll(timer.finish());

            assertThat(only(events, HoldEnded.class)).as("seed %d", seed).singleElement().satisfies(e -> {
                // in position (at 35 or less) from about 3.7 s to about 24.3 s
                assertThat(e.hold().startMicros()).isBetween(3_500_000L, 3_900_000L);
                assertThat(e.hold().endMicros()).isBetween(24_100_000L, 24_500_000L);
                assertThat((double) e.hold().goodFormMicros() / e.hold().inPositionMicros()).isBetween(0.8, 1.0);
            });
        });
    }

    @Test
    void negativeTimesAreRejected() {
        assertThatThrownBy(() -> new HoldTimer(-1, GRACE)).hasMessage(
                "the minimum hold (-1 us) and the grace period (1000000 us) cannot be negative");
    }
}
