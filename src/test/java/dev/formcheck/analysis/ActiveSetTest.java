package dev.formcheck.analysis;

import dev.formcheck.analysis.ActiveSetEvent.DiscardReason;
import dev.formcheck.analysis.ActiveSetEvent.FlagDiscarded;
import dev.formcheck.analysis.ActiveSetEvent.FlagKept;
import dev.formcheck.analysis.ActiveSetEvent.SetClosed;
import dev.formcheck.analysis.ActiveSetEvent.SetOpened;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ActiveSetTest {
    private static final long MAX_BREAK = 10_000_000;
    private static final long LOOKBACK = 1_000_000;
    private static final long MIN_EPISODE = 200_000;

    private static ActiveSet activeSet() {
        return new ActiveSet(MAX_BREAK, LOOKBACK, MIN_EPISODE);
    }

    /** An episode of ROUNDED_BACK sampled every 100 ms from {@code fromMs} to {@code toMs}, worst at {@code worstMs}. */
    private static Episode episode(long fromMs, long toMs, long worstMs) {
        List<TimedValue> samples = new ArrayList<>();
        for (long ms = fromMs; ms <= toMs; ms += 100) {
            samples.add(new TimedValue(ms * 1000, ms == worstMs ? 60 : 40));
        }
        return new Episode("ROUNDED_BACK", Worse.HIGHER, samples);
    }

    private static <T extends ActiveSetEvent> List<T> only(List<ActiveSetEvent> events, Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    @Test
    void aFlagWhileWalkingInIsDiscardedWhenTheFirstSetOpens() {
        ActiveSet set = activeSet();
        List<ActiveSetEvent> events = new ArrayList<>(set.advance(1_000_000));
        events.addAll(set.offer(episode(1_000, 1_500, 1_200)));
        assertThat(events).as("a set may still reach back to it").isEmpty();

        events.addAll(set.advance(1_700_000));
        events.addAll(set.activityStarted(1_800_000));

        assertThat(events).containsExactly(new SetOpened(1_800_000),
                new FlagDiscarded(episode(1_000, 1_500, 1_200), DiscardReason.OUTSIDE_ACTIVE_SET));
    }

    @Test
    void aFlagNoSetCanReachAnyMoreIsDiscardedAfterTheLookBack() {
        ActiveSet set = activeSet();
        set.advance(1_000_000);
        set.offer(episode(1_000, 1_500, 1_200));

        assertThat(set.advance(2_500_000)).isEmpty();
        assertThat(set.advance(2_600_000)).containsExactly(
                new FlagDiscarded(episode(1_000, 1_500, 1_200), DiscardReason.OUTSIDE_ACTIVE_SET));
    }

    @Test
    void flagsDuringRepsAndThePausesBetweenThemAreKeptWhenTheSetCloses() {
        ActiveSet set = activeSet();
        List<ActiveSetEvent> events = new ArrayList<>();
        events.addAll(set.activityStarted(2_000_000));
        events.addAll(set.offer(episode(2_500, 3_000, 2_700)));   // in rep 1
        events.addAll(set.activityEnded(4_000_000));
        events.addAll(set.offer(episode(5_000, 6_000, 5_500)));   // in the 3 s pause at the top
        events.addAll(set.activityStarted(7_000_000));
        events.addAll(set.activityEnded(9_000_000));
        events.addAll(set.advance(19_000_000));
        assertThat(events).as("the set may still go on").containsExactly(new SetOpened(2_000_000));

        SetWindow window = new SetWindow(2_000_000, 9_000_000, 2);
        assertThat(set.advance(19_000_001)).containsExactly(new SetClosed(window),
                new FlagKept(episode(2_500, 3_000, 2_700), window),
                new FlagKept(episode(5_000, 6_000, 5_500), window));
    }

    @Test
    void restingAfterTheLastRepNeverFlags() {
        ActiveSet set = activeSet();
        set.activityStarted(2_000_000);
        set.activityEnded(4_000_000);
        List<ActiveSetEvent> events = new ArrayList<>(set.offer(episode(6_000, 9_000, 7_000))); // hands on knees, resting
        events.addAll(set.advance(15_000_000));
        events.addAll(set.offer(episode(20_000, 30_000, 25_000)));                           // walking out, bent over
        events.addAll(set.advance(31_500_000));

        assertThat(only(events, FlagKept.class)).isEmpty();
        assertThat(only(events, FlagDiscarded.class)).extracting(FlagDiscarded::reason)
                .containsExactly(DiscardReason.OUTSIDE_ACTIVE_SET, DiscardReason.OUTSIDE_ACTIVE_SET);
        assertThat(set.closedSets()).containsExactly(new SetWindow(2_000_000, 4_000_000, 1));
    }

    @Test
    void aFlagReachingIntoTheSetIsClippedToItAndReportsTheWorstValueInside() {
        ActiveSet set = activeSet();
        set.offer(episode(1_000, 2_500, 1_500));  // set-up, worst before the first rep
        set.activityStarted(2_000_000);
        set.activityEnded(4_000_000);

        List<FlagKept> kept = only(set.finish(), FlagKept.class);

        assertThat(kept).singleElement().satisfies(k -> {
            assertThat(k.episode().startMicros()).isEqualTo(2_000_000);
            assertThat(k.episode().endMicros()).isEqualTo(2_500_000);
            assertThat(k.episode().worst()).isEqualTo(new TimedValue(2_000_000, 40));
        });
    }

    @Test
    void aFlagWhosePartInsideTheSetIsShorterThanTheDebounceIsDiscarded() {
        ActiveSet set = activeSet();
        set.offer(episode(1_000, 2_100, 1_500));
        set.activityStarted(2_000_000);
        set.activityEnded(4_000_000);

        assertThat(only(set.finish(), FlagDiscarded.class)).extracting(FlagDiscarded::reason)
                .containsExactly(DiscardReason.TOO_SHORT_INSIDE_SET);
    }

    @Test
    void aHoldDatedFromWhenThePositionWasEnteredCoversFlagsBeforeItWasReported() {
        ActiveSet set = activeSet();
        set.advance(10_000_000);
        set.offer(episode(10_100, 10_500, 10_300));  // ended before the hold was reported
        set.advance(10_800_000);
        set.observe(new HoldEvent.HoldStarted(11_000_000, 10_000_000));
        set.observe(new HoldEvent.HoldEnded(40_000_000, new Hold(10_000_000, 40_000_000, 30_000_000, 30_000_000, 0)));

        List<ActiveSetEvent> events = set.finish();

        assertThat(only(events, FlagKept.class)).extracting(FlagKept::episode)
                .containsExactly(episode(10_100, 10_500, 10_300));
    }

    @Test
    void anActivityDatedFurtherBackThanTheLookBackStillOpensASetButDiscardedFlagsStayDiscarded() {
        ActiveSet set = activeSet();
        set.offer(episode(8_000, 8_500, 8_200));
        List<ActiveSetEvent> events = new ArrayList<>(set.advance(10_000_000));
        events.addAll(set.activityStarted(7_000_000));
        events.addAll(set.activityEnded(12_000_000));
        events.addAll(set.finish());

        assertThat(events).containsExactly(
                new FlagDiscarded(episode(8_000, 8_500, 8_200), DiscardReason.OUTSIDE_ACTIVE_SET),
                new SetOpened(7_000_000),
                new SetClosed(new SetWindow(7_000_000, 12_000_000, 1)));
    }

    @Test
    void activitiesComeInPairs() {
        ActiveSet set = activeSet();
        set.activityStarted(0);
        assertThatThrownBy(() -> set.activityStarted(1)).isInstanceOf(IllegalStateException.class);
        set.activityEnded(2);
        assertThatThrownBy(() -> set.activityEnded(3)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aFlagInABreakLongerThanTheMaximumBetweenTwoSetsIsDiscardedAndEachSetKeepsItsOwn() {
        ActiveSet set = activeSet();
        List<ActiveSetEvent> events = new ArrayList<>();
        events.addAll(set.activityStarted(0));
        events.addAll(set.offer(episode(500, 900, 700)));
        events.addAll(set.activityEnded(2_000_000));
        events.addAll(set.offer(episode(5_000, 9_000, 7_000)));       // resting between sets
        events.addAll(set.activityStarted(20_000_000));                // no advance() in between: still a new set
        events.addAll(set.offer(episode(20_500, 21_000, 20_700)));
        events.addAll(set.activityEnded(22_000_000));
        events.addAll(set.finish());

        assertThat(only(events, SetClosed.class)).extracting(SetClosed::set).containsExactly(
                new SetWindow(0, 2_000_000, 1), new SetWindow(20_000_000, 22_000_000, 1));
        assertThat(only(events, FlagKept.class)).extracting(k -> k.episode().startMicros())
                .containsExactly(500_000L, 20_500_000L);
        assertThat(only(events, FlagDiscarded.class)).extracting(d -> d.episode().startMicros())
                .containsExactly(5_000_000L);
    }

    @Test
    void liveCuesAskWhetherARepIsInProgress() {
        ActiveSet set = activeSet();
        assertThat(set.inActivity()).isFalse();
        set.activityStarted(0);
        assertThat(set.inActivity()).isTrue();
        assertThat(set.inSet()).isTrue();
        set.activityEnded(1_000_000);
        assertThat(set.inActivity()).isFalse();
        assertThat(set.inSet()).isTrue();
    }

    /**
     * A stream that restarts in the middle of a rep (a looped or re-opened video), driven the way
     * the engines are meant to run together: advance the set, then feed it the machine's events.
     * The machine abandons the rep the set has already closed; nothing throws and counting goes on.
     */
    @Test
    void aStreamRestartedMidRepEndsTheSetAndCountingGoesOnAfterIt() {
        PhaseMachine machine = new PhaseMachine(PhaseMachineTest.squat());
        ActiveSet set = new ActiveSet(MAX_BREAK, 1_100_000, 200_000);
        List<ActiveSetEvent> events = new ArrayList<>();
        java.util.function.LongToDoubleFunction knee = threeSquatsAfter(0);
        long[] times = restartedAfter(3_500_000, 7_000_000); // restarted in the 2nd rep
        for (long t : times) {
            events.addAll(set.advance(t));
            for (PhaseEvent e : machine.update(t, OptionalDouble.of(knee.applyAsDouble(t)))) {
                events.addAll(set.observe(e));
            }
        }
        events.addAll(set.finish());
        assertThat(events).filteredOn(e -> e instanceof ActiveSetEvent.SetOpened).hasSize(2);
        assertThat(machine.repCount()).as("reps completed before and after the restart").isPositive();
    }

    /**
     * The engine end to end on one synthetic session: walking in bent over, seven squats with the
     * back rounding in the fourth, resting 30 s hands on knees, five more squats, walking out bent
     * over. Only the fourth rep is flagged.
     */
    @Test
    void aWholeSessionFlagsOnlyTheFaultInsideTheSets() {
        PhaseMachine machine = new PhaseMachine(PhaseMachineTest.squat());
        Debouncer rounded = new Debouncer("ROUNDED_BACK", 200_000, 200_000, Worse.HIGHER);
        ActiveSet set = new ActiveSet(MAX_BREAK, 100_000 + 1_000_000, 200_000); // squat's minimum phase + gap hold
        List<ActiveSetEvent> decisions = new ArrayList<>();
        double rep = 2.3;    // seconds per rep in Trace.reps below
        double firstSet = 3 + 7 * rep;
        double secondSet = firstSet + 30;
        double end = secondSet + 5 * rep + 5;
        for (long t = 0; t <= end * 1e6; t += 33_333) {
            double s = t / 1e6;
            double knee;
            double flexion;
            if (s < 3) {                       // walking in, bending to set up
                knee = 172;
                flexion = s > 1 && s < 2.5 ? 45 : 10;
            } else if (s < firstSet) {
                knee = Trace.reps(7, 172, 65, 0, 1.0, 0.1, 0.8, 0.4).applyAsDouble(s - 3);
                int repIndex = (int) ((s - 3) / rep);
                flexion = repIndex == 3 && (s - 3) % rep > 0.6 && (s - 3) % rep < 1.4 ? 40 : 15;
            } else if (s < secondSet) {        // resting, hands on knees, back rounded
                knee = 165;
                flexion = s > firstSet + 12 && s < firstSet + 25 ? 50 : 10;
            } else if (s < secondSet + 5 * rep) {
                knee = Trace.reps(5, 172, 65, 0, 1.0, 0.1, 0.8, 0.4).applyAsDouble(s - secondSet);
                flexion = 15;
            } else {                           // walking out, picking up a bag
                knee = 172;
                flexion = s > end - 3 ? 60 : 10;
            }
            for (PhaseEvent e : machine.update(t, OptionalDouble.of(knee))) {
                decisions.addAll(set.observe(e));
            }
            for (DebounceEvent e : rounded.update(t, flexion > 30, flexion)) {
                if (e instanceof DebounceEvent.Ended ended) {
                    decisions.addAll(set.offer(ended.episode()));
                }
            }
            decisions.addAll(set.advance(t));
        }
        machine.finish().forEach(e -> decisions.addAll(set.observe(e)));
        rounded.finish().forEach(e -> decisions.addAll(set.offer(((DebounceEvent.Ended) e).episode())));
        decisions.addAll(set.finish());

        assertThat(machine.repCount()).isEqualTo(12);
        assertThat(only(decisions, SetClosed.class)).hasSize(2);
        assertThat(only(decisions, FlagKept.class)).singleElement().satisfies(k -> {
            double start = k.episode().startMicros() / 1e6;
            assertThat(start).isBetween(3 + 3 * rep + 0.6, 3 + 3 * rep + 0.7);
            assertThat(k.set().activities()).isEqualTo(7);
        });
        assertThat(only(decisions, FlagDiscarded.class)).hasSize(3)
                .allSatisfy(d -> assertThat(d.reason()).isEqualTo(DiscardReason.OUTSIDE_ACTIVE_SET));
    }

    // reps: a set opens when a rep completes, not when one starts

    private static PhaseEvent repStarted(long startMicros) {
        return new PhaseEvent.RepStarted(startMicros + 100_000, startMicros);
    }

    private static PhaseEvent repCompleted(long startMicros, long endMicros) {
        return new PhaseEvent.RepCompleted(endMicros, new Rep(1, startMicros, (startMicros + endMicros) / 2, endMicros, 172, 65, List.of()));
    }

    private static PhaseEvent repAbandoned(long startMicros, long endMicros) {
        return new PhaseEvent.RepAbandoned(endMicros, new Attempt(startMicros, endMicros, "descent", 172, 140, startMicros),
                PhaseEvent.AbandonReason.RETURNED_TO_REST);
    }

    @Test
    void anAbandonedRepBeforeTheFirstSetOpensNothingAndItsFlagsAreDiscarded() {
        ActiveSet set = activeSet();
        List<ActiveSetEvent> events = new ArrayList<>();
        events.addAll(set.advance(2_000_000));
        events.addAll(set.observe(repStarted(2_000_000)));      // crouching to adjust the camera
        assertThat(set.inActivity()).as("live cues may fire during a tentative rep").isTrue();
        assertThat(set.inSet()).isFalse();
        events.addAll(set.offer(episode(2_200, 2_800, 2_500)));
        events.addAll(set.advance(3_000_000));
        events.addAll(set.observe(repAbandoned(2_000_000, 3_000_000)));
        assertThat(set.inActivity()).isFalse();
        for (long t = 3_100_000; t <= 3_800_000; t += 100_000) {
            events.addAll(set.advance(t));
        }
        assertThat(events).as("kept while a hold dated back by the look-back could still reach it").isEmpty();

        assertThat(set.advance(3_800_001)).containsExactly(
                new FlagDiscarded(episode(2_200, 2_800, 2_500), DiscardReason.OUTSIDE_ACTIVE_SET));
        assertThat(set.finish()).isEmpty();
        assertThat(set.closedSets()).isEmpty();
    }

    @Test
    void theFirstCompletedRepOpensASetFromItsStartAndKeepsTheFlagsRaisedDuringIt() {
        ActiveSet set = activeSet();
        List<ActiveSetEvent> events = new ArrayList<>();
        events.addAll(set.offer(episode(1_000, 1_500, 1_200)));  // walking in
        events.addAll(set.advance(2_000_000));
        events.addAll(set.observe(repStarted(2_000_000)));
        events.addAll(set.offer(episode(2_200, 2_800, 2_500)));  // during the first rep
        for (long t = 2_100_000; t < 5_000_000; t += 100_000) {   // a slow rep: longer than the look-back after the flag
            events.addAll(set.advance(t));
        }
        assertThat(events).as("before the rep's start and past the look-back: no set can reach it").containsExactly(
                new FlagDiscarded(episode(1_000, 1_500, 1_200), DiscardReason.OUTSIDE_ACTIVE_SET));

        events.clear();
        events.addAll(set.observe(repCompleted(2_000_000, 5_000_000)));
        events.addAll(set.finish());

        SetWindow window = new SetWindow(2_000_000, 5_000_000, 1);
        assertThat(events).containsExactly(new SetOpened(2_000_000), new SetClosed(window),
                new FlagKept(episode(2_200, 2_800, 2_500), window));
    }

    @Test
    void anAbandonedRepInsideASetKeepsTheSetAliveWithoutStretchingItsWindow() {
        ActiveSet set = activeSet();
        set.observe(repStarted(0));
        set.observe(repCompleted(0, 2_000_000));
        set.advance(9_000_000);
        set.observe(repStarted(9_000_000));
        assertThat(set.inSet()).isTrue();
        set.observe(repAbandoned(9_000_000, 10_000_000));
        assertThat(set.advance(19_900_000)).as("the break counts from the abandoned rep").isEmpty();

        assertThat(set.advance(20_000_001)).as("the window ends with the last completed rep: getting up after a set "
                + "looks like half a rep").containsExactly(new SetClosed(new SetWindow(0, 2_000_000, 2)));
    }

    @Test
    void aRepAfterTheMaximumBreakIsTentativeAgain() {
        ActiveSet set = activeSet();
        set.observe(repStarted(0));
        set.observe(repCompleted(0, 2_000_000));
        List<ActiveSetEvent> events = new ArrayList<>(set.observe(repStarted(20_000_000)));  // no advance() in between
        events.addAll(set.observe(repAbandoned(20_000_000, 21_000_000)));
        events.addAll(set.finish());

        assertThat(events).containsExactly(new SetClosed(new SetWindow(0, 2_000_000, 1)));
    }

    @Test
    void aTentativeRepEndsOnlyThroughThePhaseMachinesEvents() {
        ActiveSet set = activeSet();
        set.observe(repStarted(0));
        assertThatThrownBy(() -> set.activityEnded(1_000_000)).isInstanceOf(IllegalStateException.class)
                .hasMessage("a rep outside a set ended at 1000000 us: it completes or is abandoned through observe(PhaseEvent)");
    }

    /** A video looped (or re-opened) during its very first rep: no set has opened yet, nothing throws, and the set opens after the restart. */
    @Test
    void aStreamRestartedDuringTheFirstRepDoesNotThrow() {
        PhaseMachine machine = new PhaseMachine(PhaseMachineTest.squat());
        ActiveSet set = new ActiveSet(MAX_BREAK, 1_100_000, 200_000);
        List<ActiveSetEvent> events = new ArrayList<>();
        java.util.function.LongToDoubleFunction knee = threeSquatsAfter(0.5);
        long[] times = restartedAfter(1_200_000, 8_000_000); // restarted in the 1st rep
        boolean sawTentativeRep = false;
        for (long t : times) {
            events.addAll(set.advance(t));
            for (PhaseEvent e : machine.update(t, OptionalDouble.of(knee.applyAsDouble(t)))) {
                events.addAll(set.observe(e));
            }
            sawTentativeRep |= set.inActivity() && !set.inSet();
        }
        events.addAll(set.finish());
        assertThat(sawTentativeRep).isTrue();
        assertThat(events).filteredOn(e -> e instanceof SetOpened).singleElement()
                .satisfies(o -> assertThat(((SetOpened) o).startMicros()).as("the first rep after the 0.5 s lead-in").isBetween(500_000L, 1_000_000L));
        assertThat(only(events, SetClosed.class)).singleElement().satisfies(c -> assertThat(c.set().activities()).isEqualTo(3));
    }

    /** The knee angle of three bodyweight squats after a lead-in standing, by time in microseconds. */
    private static java.util.function.LongToDoubleFunction threeSquatsAfter(double leadInSeconds) {
        return t -> Trace.reps(3, 172, 65, leadInSeconds, 1.0, 0.1, 0.8, 0.4).applyAsDouble(t / 1e6);
    }

    /** Frame times of a 30 fps stream played up to {@code restartMicros}, then again from 0 up to {@code endMicros}. */
    private static long[] restartedAfter(long restartMicros, long endMicros) {
        return java.util.stream.LongStream.concat(
                java.util.stream.LongStream.iterate(0, t -> t <= restartMicros, t -> t + 33_333),
                java.util.stream.LongStream.iterate(0, t -> t <= endMicros, t -> t + 33_333))
                .toArray();
    }
}
