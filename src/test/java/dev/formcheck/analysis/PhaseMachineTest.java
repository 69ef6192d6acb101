package dev.formcheck.analysis;

import dev.formcheck.analysis.PhaseEvent.AbandonReason;
import dev.formcheck.analysis.PhaseEvent.PhaseChanged;
import dev.formcheck.analysis.PhaseEvent.RepAbandoned;
import dev.formcheck.analysis.PhaseEvent.RepCompleted;
import dev.formcheck.analysis.PhaseEvent.RepStarted;
import dev.formcheck.analysis.PhaseEvent.Reset;
import dev.formcheck.analysis.PhaseEvent.ResetReason;
import dev.formcheck.analysis.Trace.Sample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import java.util.stream.LongStream;

import static dev.formcheck.analysis.Crossing.atOrAbove;
import static dev.formcheck.analysis.Crossing.atOrBelow;
import static dev.formcheck.analysis.Trace.only;
import static dev.formcheck.analysis.Trace.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class PhaseMachineTest {
    private static final long MIN_PHASE = 100_000;
    private static final long GAP_HOLD = 1_000_000;

    /** The squat's knee angle as the shipped defaults have it; the engine itself knows no exercise. */
    static PhaseCycle squat() {
        return PhaseCycle.startingAt("standing", atOrAbove(160), MIN_PHASE)
                .then("descent", atOrBelow(150), MIN_PHASE)
                .then("bottom", atOrBelow(110), MIN_PHASE)
                .then("ascent", atOrAbove(120), MIN_PHASE)
                .build(GAP_HOLD);
    }

    private static final int REPS = 7;
    /** Seven bodyweight squats, 172 to 65 degrees: 1 s down, 0.1 s at the bottom, 0.8 s up, 0.4 s standing. */
    private static final DoubleUnaryOperator SQUATS = Trace.reps(REPS, 172, 65, 1.0, 1.0, 0.1, 0.8, 0.4);
    private static final double SQUATS_S = Trace.duration(REPS, 1.0, 1.0, 0.1, 0.8, 0.4);

    @ParameterizedTest
    @ValueSource(doubles = {10, 15, 24, 29.97, 30, 60, 120})
    void countsEveryRepOfACleanTraceAtAnyFrameRate(double fps) {
        List<PhaseEvent> events = run(new PhaseMachine(squat()), Trace.sample(SQUATS, SQUATS_S, fps));

        assertThat(only(events, RepCompleted.class)).hasSize(REPS);
        assertThat(only(events, RepStarted.class)).hasSize(REPS);
        assertThat(only(events, RepAbandoned.class)).isEmpty();
        assertThat(only(events, RepCompleted.class).stream().map(r -> r.rep().index()))
                .containsExactly(1, 2, 3, 4, 5, 6, 7);
    }

    @Test
    void realisticNoiseSpikesDropoutsAndUnevenFrameTimesGiveTheExactCount() {
        List<Sample> clean = Trace.sample(SQUATS, SQUATS_S, 30);
        LongStream.range(0, 300).forEach(seed -> {
            PhaseMachine machine = new PhaseMachine(squat());
            List<PhaseEvent> events = run(machine, Trace.jittery(clean, Trace.Jitter.REALISTIC, seed));
            assertThat(only(events, RepCompleted.class)).as("seed %d", seed).hasSize(REPS);
            assertThat(machine.repCount()).as("seed %d", seed).isEqualTo(REPS);
        });
    }

    /**
     * Harsher jitter may hide a rep's top or bottom behind dropouts, and a rep not seen is not
     * counted (HARSH: 997 seeds of 1000 still exact; EXTREME: 789), but no jitter ever adds one.
     */
    @Test
    void harshAndExtremeJitterNeverAddARep() {
        List<Sample> clean = Trace.sample(SQUATS, SQUATS_S, 30);
        for (Trace.Jitter jitter : List.of(Trace.Jitter.HARSH, Trace.Jitter.EXTREME)) {
            LongStream.range(0, 300).forEach(seed -> {
                List<RepCompleted> reps = only(run(new PhaseMachine(squat()), Trace.jittery(clean, jitter, seed)),
                        RepCompleted.class);
                assertThat(reps).as("%s, seed %d", jitter, seed).hasSizeLessThanOrEqualTo(REPS);
                assertThat(reps).allSatisfy(r -> assertThat(r.rep().bottom()).isLessThanOrEqualTo(110));
            });
        }
    }

    @Test
    void standingStillWithNoiseAndSpikesNeverStartsARep() {
        List<Sample> standing = Trace.sample(t -> 172, 120, 30);
        LongStream.range(0, 20).forEach(seed -> {
            List<PhaseEvent> events = run(new PhaseMachine(squat()),
                    Trace.jittery(standing, new Trace.Jitter(4, 0.05, 20, 180, 0.03, 300_000, 0.3), seed));
            assertThat(only(events, RepStarted.class)).as("seed %d", seed).isEmpty();
            assertThat(only(events, RepCompleted.class)).as("seed %d", seed).isEmpty();
        });
    }

    @Test
    void aSignalHoveringAtAThresholdDoesNotSwitchPhases() {
        // Standing, down to the bottom, then flickering 105/115 degrees across the bottom's 110 for 2 s
        // (the way out of the bottom is at the ascent's 120), then up.
        List<Sample> samples = new ArrayList<>();
        long t = 0;
        for (; t < 1_000_000; t += 33_333) {
            samples.add(Sample.of(t, 172));
        }
        for (; t < 1_300_000; t += 33_333) {
            samples.add(Sample.of(t, 130));
        }
        for (; t < 1_600_000; t += 33_333) {
            samples.add(Sample.of(t, 90));
        }
        int i = 0;
        for (; t < 3_600_000; t += 33_333) {
            samples.add(Sample.of(t, i++ % 2 == 0 ? 105 : 115));
        }
        for (; t < 5_000_000; t += 33_333) {
            samples.add(Sample.of(t, 172));
        }

        List<PhaseEvent> events = run(new PhaseMachine(squat()), samples);

        assertThat(only(events, PhaseChanged.class).stream().map(PhaseChanged::to))
                .containsExactly("standing", "descent", "bottom", "ascent", "standing");
        assertThat(only(events, RepCompleted.class)).hasSize(1);
    }

    @Test
    void aRepIsCountedWhenItsLastPhaseIsLeftAndNotBefore() {
        PhaseMachine machine = new PhaseMachine(squat());
        List<Sample> samples = Trace.sample(Trace.reps(1, 172, 65, 1.0, 1.0, 0.1, 0.8, 0.4), 4.5, 100);
        List<PhaseEvent> events = new ArrayList<>();
        for (Sample s : samples) {
            List<PhaseEvent> now = machine.update(s.micros(), s.value());
            events.addAll(now);
            if (now.stream().anyMatch(e -> e instanceof RepCompleted)) {
                break;
            }
            assertThat(machine.repCount()).isZero();
        }

        assertThat(events).extracting(e -> e.getClass().getSimpleName() + (e instanceof PhaseChanged c ? " " + c.to() : ""))
                .containsExactly("PhaseChanged standing", "PhaseChanged descent", "RepStarted", "PhaseChanged bottom",
                        "PhaseChanged ascent", "PhaseChanged standing", "RepCompleted");
        RepCompleted completed = only(events, RepCompleted.class).get(0);
        // Decided once standing has held for the minimum phase time; dated from its first sample.
        assertThat(completed.timestampMicros() - completed.rep().endMicros()).isEqualTo(MIN_PHASE);
        assertThat(machine.repCount()).isEqualTo(1);
    }

    /** Standing 1 s, descending 0.2 s at 140, then {@code bottomMicros} at 90 sampled every millisecond, then back up to standing. */
    private static List<Sample> dipOf(long bottomMicros) {
        List<Sample> samples = new ArrayList<>();
        long t = 0;
        for (; t <= 1_000_000; t += 10_000) {
            samples.add(Sample.of(t, 172));
        }
        for (; t <= 1_200_000; t += 10_000) {
            samples.add(Sample.of(t, 140));
        }
        long bottomStart = t;
        for (; t <= bottomStart + bottomMicros; t += 1_000) {
            samples.add(Sample.of(t, 90));
        }
        for (long end = t + 200_000; t <= end; t += 10_000) {
            samples.add(Sample.of(t, 140));
        }
        for (long end = t + 500_000; t <= end; t += 10_000) {
            samples.add(Sample.of(t, 172));
        }
        return samples;
    }

    @Test
    void aBottomHeldOneMillisecondLessThanTheMinimumIsNotReached() {
        List<PhaseEvent> events = run(new PhaseMachine(squat()), dipOf(MIN_PHASE - 1_000));

        assertThat(only(events, PhaseChanged.class).stream().map(PhaseChanged::to)).doesNotContain("bottom");
        assertThat(only(events, RepCompleted.class)).isEmpty();
        assertThat(only(events, RepAbandoned.class)).singleElement()
                .satisfies(a -> {
                    assertThat(a.reason()).isEqualTo(AbandonReason.RETURNED_TO_REST);
                    assertThat(a.attempt().reachedPhase()).isEqualTo("descent");
                    assertThat(a.attempt().extreme()).isEqualTo(90);
                });
    }

    @Test
    void aBottomHeldForTheMinimumIsReachedAndTheRepCounts() {
        List<PhaseEvent> events = run(new PhaseMachine(squat()), dipOf(MIN_PHASE));

        assertThat(only(events, PhaseChanged.class).stream().map(PhaseChanged::to))
                .containsExactly("standing", "descent", "bottom", "ascent", "standing");
        assertThat(only(events, RepCompleted.class)).hasSize(1);
    }

    @Test
    void aShortSpikeToTheBottomFromStandingStartsNothing() {
        List<Sample> samples = new ArrayList<>();
        for (long t = 0; t <= 3_000_000; t += 33_333) {
            boolean spike = t >= 1_500_000 && t < 1_566_666; // two frames, 67 ms
            samples.add(Sample.of(t, spike ? 60 : 172));
        }
        List<PhaseEvent> events = run(new PhaseMachine(squat()), samples);

        assertThat(only(events, PhaseChanged.class).stream().map(PhaseChanged::to)).containsExactly("standing");
    }

    @Test
    void aPartialRepIsReportedAsAbandonedAndNotCounted() {
        List<Sample> samples = Trace.sample(Trace.reps(1, 172, 125, 1.0, 1.0, 0.2, 0.8, 1.0), 5, 30);

        List<PhaseEvent> events = run(new PhaseMachine(squat()), samples);

        assertThat(only(events, RepCompleted.class)).isEmpty();
        RepAbandoned abandoned = only(events, RepAbandoned.class).get(0);
        assertThat(abandoned.reason()).isEqualTo(AbandonReason.RETURNED_TO_REST);
        assertThat(abandoned.attempt().reachedPhase()).isEqualTo("descent");
        assertThat(abandoned.attempt().extreme()).isCloseTo(125, org.assertj.core.data.Offset.offset(0.5));
    }

    /** Knee angle in whole degrees from integer milliseconds: standing 172 until 1 s, down 1 degree per 10 ms to 72 at 2 s, up again to 172 at 3 s. */
    private static double vee(long ms) {
        if (ms <= 1000 || ms >= 3000) {
            return 172;
        }
        return ms <= 2000 ? 172 - (ms - 1000) / 10 : 72 + (ms - 2000) / 10;
    }

    @Test
    void reportsStartBottomEndDepthRangeOfMotionTempoAndPhasesOfARep() {
        List<Sample> samples = new ArrayList<>();
        for (long ms = 0; ms <= 4000; ms += 10) {
            samples.add(Sample.of(ms * 1000, vee(ms)));
        }

        Rep rep = only(run(new PhaseMachine(squat()), samples), RepCompleted.class).get(0).rep();

        assertThat(rep.index()).isEqualTo(1);
        assertThat(rep.startMicros()).isEqualTo(1_220_000);   // first sample at or below 150
        assertThat(rep.bottomMicros()).isEqualTo(2_000_000);  // the lowest angle
        assertThat(rep.endMicros()).isEqualTo(2_880_000);     // first sample back at or above 160
        assertThat(rep.top()).isEqualTo(172);
        assertThat(rep.bottom()).isEqualTo(72);
        assertThat(rep.rangeOfMotion()).isEqualTo(100);
        assertThat(rep.downMicros()).isEqualTo(780_000);
        assertThat(rep.upMicros()).isEqualTo(880_000);
        assertThat(rep.phases()).containsExactly(
                new PhaseSpan("descent", 1_220_000, 1_620_000),
                new PhaseSpan("bottom", 1_620_000, 2_480_000),
                new PhaseSpan("ascent", 2_480_000, 2_880_000));
    }

    /** Frame {@code i} of a 30 fps stream, in whole microseconds. */
    /** 50 frames at 30 fps: standing at 172 degrees, the knee angles given from frame 30, then standing again. */
    private static List<Sample> standingAround(double[] knee) {
        List<Sample> samples = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            int k = i - 30;
            samples.add(Sample.of(frame(i), k >= 0 && k < knee.length ? knee[k] : 172));
        }
        return samples;
    }

    /** Each phase change as "PHASE at MICROS since MICROS". */
    private static List<String> phaseChanges(List<PhaseEvent> events) {
        return only(events, PhaseChanged.class).stream()
                .map(c -> c.to() + " at " + c.timestampMicros() + " since " + c.sinceMicros())
                .toList();
    }

    private static long frame(int i) {
        return Math.round(i * 1e6 / 30);
    }

    /**
     * A very fast squat at 30 fps: one frame jumps from 155 past both 150 and 110, so descent and
     * bottom begin on the same sample and are confirmed on the same later sample, once each has
     * held for its minimum time (100 ms, three frames). Each phase is dated from its own first
     * sample, so the descent, seen on no sample of its own, lasts 0, and the tempo is what the
     * frames show: down 67 ms (two frames to the lowest angle), up 200 ms.
     */
    @Test
    void aFastRepConfirmsTwoPhasesOnOneSampleAndDatesEachFromItsOwnFirstSample() {
        double[] knee = {155, 100, 75, 68, 68, 75, 100, 125, 150, 165};
        List<PhaseEvent> events = run(new PhaseMachine(squat()), standingAround(knee));

        assertThat(phaseChanges(events))
                .containsExactly(
                        "standing at " + frame(3) + " since " + frame(0),
                        "descent at " + frame(34) + " since " + frame(31),
                        "bottom at " + frame(34) + " since " + frame(31),
                        "ascent at " + frame(40) + " since " + frame(37),
                        "standing at " + frame(42) + " since " + frame(39));
        Rep rep = only(events, RepCompleted.class).get(0).rep();
        assertThat(rep.startMicros()).isEqualTo(frame(31));
        assertThat(rep.bottomMicros()).isEqualTo(frame(33));
        assertThat(rep.endMicros()).isEqualTo(frame(39));
        assertThat(rep.downMicros()).isEqualTo(66_667);
        assertThat(rep.upMicros()).isEqualTo(200_000);
        assertThat(rep.phases()).containsExactly(
                new PhaseSpan("descent", frame(31), frame(31)),
                new PhaseSpan("bottom", frame(31), frame(37)),
                new PhaseSpan("ascent", frame(37), frame(39)));
    }

    /**
     * The same fast rep one frame slower on the way down: the two phases begin on different
     * samples and are confirmed on different samples, each dated from its own first sample. The
     * descent lasts one frame, less than its minimum time: the minimum is how long its crossing
     * (at or below 150) must hold before it counts, and that crossing goes on holding in the bottom.
     */
    @Test
    void aPhaseShorterThanItsMinimumTimeIsDatedAsSeenWhenTheNextPhaseLiesBeyondIt() {
        double[] knee = {155, 130, 100, 75, 68, 68, 75, 100, 125, 150, 165};
        List<PhaseEvent> events = run(new PhaseMachine(squat()), standingAround(knee));

        assertThat(phaseChanges(events))
                .contains("descent at " + frame(34) + " since " + frame(31), "bottom at " + frame(35) + " since " + frame(32));
        Rep rep = only(events, RepCompleted.class).get(0).rep();
        assertThat(rep.phases().get(0)).isEqualTo(new PhaseSpan("descent", frame(31), frame(32)));
        assertThat(rep.downMicros()).isEqualTo(frame(34) - frame(31));
    }


    static PhaseCycle bridge() {
        return PhaseCycle.startingAt("down", atOrBelow(0.2), MIN_PHASE)
                .then("rising", atOrAbove(0.3), MIN_PHASE)
                .then("top", atOrAbove(0.7), MIN_PHASE)
                .then("lowering", atOrBelow(0.6), MIN_PHASE)
                .build(GAP_HOLD);
    }

    @Test
    void countsASignalThatRisesThenFallsTheSameWay() {
        DoubleUnaryOperator bridges = Trace.reps(5, 0.1, 0.9, 1.0, 1.0, 0.5, 1.0, 0.5);
        List<Sample> clean = Trace.sample(bridges, Trace.duration(5, 1.0, 1.0, 0.5, 1.0, 0.5), 30);

        List<RepCompleted> reps = only(run(new PhaseMachine(bridge()), clean), RepCompleted.class);

        assertThat(bridge().fallsFirst()).isFalse();
        assertThat(reps).hasSize(5);
        Rep first = reps.get(0).rep();
        assertThat(first.bottom()).as("the turning point is the highest value").isCloseTo(0.9, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(first.top()).as("the rest value is the lowest").isCloseTo(0.1, org.assertj.core.data.Offset.offset(1e-9));
        LongStream.range(0, 50).forEach(seed -> assertThat(only(run(new PhaseMachine(bridge()),
                Trace.jittery(clean, new Trace.Jitter(0.02, 0.02, 0, 1, 0.03, 300_000, 0.3), seed)), RepCompleted.class))
                .as("seed %d", seed).hasSize(5));
    }

    @Test
    void aStreamThatStartsAtTheTurningPointCountsItsFirstRepOnlyWhenRepsMayStartThere() {
        // The seven squats' trace seen from the first bottom on (1.0 s lead-in and 1.0 s down):
        // as a lift from the floor is first seen with the bar there.
        List<Sample> fromBottom = Trace.sample(SQUATS, SQUATS_S, 30).stream().filter(s -> s.micros() >= 2_000_000).toList();

        List<PhaseEvent> atRestOnly = run(new PhaseMachine(squat()), fromBottom);
        List<PhaseEvent> atTurnToo = run(new PhaseMachine(squat(), PhaseMachine.RepStart.AT_REST_OR_TURN), fromBottom);

        assertThat(only(atRestOnly, RepCompleted.class)).as("rest first: the first rep is lost").hasSize(REPS - 1);
        assertThat(only(atTurnToo, RepCompleted.class)).hasSize(REPS);
        Rep first = only(atTurnToo, RepCompleted.class).get(0).rep();
        assertThat(first.startMicros()).as("dated from the first sample at the bottom").isEqualTo(fromBottom.get(0).micros());
        assertThat(first.bottom()).isLessThan(110);
        assertThat(first.top()).as("no rest seen before it: the rest threshold").isEqualTo(160);
        assertThat(only(run(new PhaseMachine(squat(), PhaseMachine.RepStart.AT_REST_OR_TURN), Trace.sample(SQUATS, SQUATS_S, 30)),
                RepCompleted.class)).as("a stream that starts at rest counts as before").hasSize(REPS);
    }

    /**
     * A deadlift walked into standing (issue 12, class 1): set up (down to the floor), five pulls each
     * lowered back to the floor, then standing up without the bar and staying there: six descents and
     * six rises. Counted top, bottom, top that is six reps; floor, lockout, floor it is the five pulls.
     */
    @Test
    void aLiftCountedFloorToFloorCountsEveryPullAndNeitherTheSetUpNorStandingUpAfterwards() {
        int descents = 6;
        List<Sample> walkedIn = Trace.sample(Trace.reps(descents, 172, 65, 1.0, 1.0, 0.4, 0.8, 0.6),
                Trace.duration(descents, 1.0, 1.0, 0.4, 0.8, 0.6) + 2, 30);

        assertThat(only(run(new PhaseMachine(squat(), PhaseMachine.RepStart.AT_REST_OR_TURN), walkedIn), RepCompleted.class))
                .as("top, bottom, top: the set-up and the stand-up make one rep too many").hasSize(descents);
        List<PhaseEvent> events = run(new PhaseMachine(squat(), PhaseMachine.RepStart.AT_TURN), walkedIn);
        List<RepCompleted> pulls = only(events, RepCompleted.class);
        assertThat(pulls).as("floor, lockout, floor").hasSize(descents - 1);
        assertThat(pulls.stream().map(r -> r.rep().index())).containsExactly(1, 2, 3, 4, 5);
        for (int i = 0; i + 1 < pulls.size(); i++) {
            Rep rep = pulls.get(i).rep();
            assertThat(rep.bottom()).as("its bottom is the floor it started from").isLessThan(110);
            assertThat(rep.top()).as("its top the lockout").isGreaterThanOrEqualTo(160);
            assertThat(rep.bottomMicros()).isLessThan(rep.startMicros() + 500_000);
            assertThat(pulls.get(i + 1).rep().startMicros()).as("the next pull starts where it ends").isEqualTo(rep.endMicros());
        }
        assertThat(only(events, RepAbandoned.class)).as("standing up after the set: locked out, never back down")
                .singleElement().satisfies(a -> assertThat(a.attempt().reachedPhase()).isEqualTo("standing"));

        List<Sample> fromTheFloor = walkedIn.stream().filter(x -> x.micros() >= 2_000_000).toList(); // seen first at the floor
        assertThat(only(run(new PhaseMachine(squat(), PhaseMachine.RepStart.AT_TURN), fromTheFloor), RepCompleted.class))
                .as("first seen with the bar on the floor: every pull").hasSize(descents - 1);
        for (long seed = 1; seed <= 20; seed++) {
            assertThat(only(run(new PhaseMachine(squat(), PhaseMachine.RepStart.AT_TURN),
                    Trace.jittery(walkedIn, Trace.Jitter.REALISTIC, seed)), RepCompleted.class)).as("seed %d", seed)
                    .hasSize(descents - 1);
        }
    }

    /**
     * Set up to the floor, three pulls of 1.2 s each held 0.5 s at lockout, lowered over 1.8 s and
     * still 1 s on the floor, then standing up: all at a steady speed, 65 to 172 degrees.
     */
    private static double threePulls(double t) {
        double floor = 65;
        double lockout = 172;
        double range = lockout - floor;
        if (t < 1) {
            return lockout;
        }
        if (t < 2) {
            return lockout - range * (t - 1);
        }
        if (t < 3) {
            return floor;
        }
        double r = t - 3;
        double period = 1.2 + 0.5 + 1.8 + 1.0;
        if (r >= 3 * period) {
            return Math.min(lockout, floor + range * (r - 3 * period) / 1.2); // standing up after the set
        }
        r %= period;
        if (r < 1.2) {
            return floor + range * r / 1.2;
        }
        if (r < 1.7) {
            return lockout;
        }
        if (r < 3.5) {
            return lockout - range * (r - 1.7) / 1.8;
        }
        return floor;
    }

    /**
     * A rep counted floor to floor starts at its bottom, so "down" (start to bottom) is about 0 and
     * "up" the whole rep. The rep keeps when it left the floor, locked out and left lockout: on the
     * steady trace above, the pull runs from the last moment within the band of the floor (the
     * shipped 15% of the 50 degrees between the floor's and the lockout's thresholds: 7.5 degrees,
     * 0.08 s into the pull) to lockout's threshold (160, 1.07 s in): 0.98 s; lockout is left at
     * the descent's 150 (0.37 s into the lowering) and the lowering ends at the first moment within
     * the band of the floor (1.67 s in): 1.30 s. Jitter (noise, wild frames, dropouts) moves them by
     * a few frames, never onto the set-up or the stop on the floor.
     */
    /**
     * Jitter moves the pull and the lowering by its dropouts (up to 200 ms) where the body arrives at
     * or leaves the floor or lockout, two frames that must agree, and a wild frame in lockout's first
     * 100 ms, which restarts the machine's own dating of it: measured, 0.06 s on average, 111 of 112
     * within 0.25 s, the worst 0.35 s.
     */
    private static final double MOST_JITTERED_S = 0.25;
    private static final double WORST_JITTERED_S = 0.4;

    @Test
    void aRepCountedFloorToFloorKeepsItsPullLockoutAndLoweringApart() {
        List<Sample> clean = Trace.sample(PhaseMachineTest::threePulls, 3 + 3 * 4.5 + 3, 30);
        double pull = 95.0 / 107 * 1.2 - 7.5 / 107 * 1.2;
        double lower = (172 - 72.5) / 107 * 1.8 - 22.0 / 107 * 1.8;
        double held = 1.2 - 95.0 / 107 * 1.2 + 0.5 + 22.0 / 107 * 1.8;

        List<RepCompleted> reps = only(run(new PhaseMachine(squat(), PhaseMachine.RepStart.AT_TURN, SET_BREAK), clean),
                RepCompleted.class);
        assertThat(reps).hasSize(3);
        for (RepCompleted r : reps) {
            Rep rep = r.rep();
            Rep.Lockout l = rep.lockout().orElseThrow();
            assertThat(rep.upMicros()).as("bottom (the floor it starts from) to end: the whole rep, no tempo")
                    .isGreaterThan(l.pullMicros() + l.lowerMicros());
            assertThat(l.pullMicros() / 1e6).as("pull").isCloseTo(pull, within(2 / 30.0));
            assertThat(l.heldMicros() / 1e6).as("at lockout").isCloseTo(held, within(2 / 30.0));
            assertThat(l.lowerMicros() / 1e6).as("lowering").isCloseTo(lower, within(2 / 30.0));
            assertThat(l.leftTurnMicros()).as("not the stop on the floor").isGreaterThan(rep.startMicros() + 900_000);
        }
        assertThat(only(run(new PhaseMachine(squat()), Trace.sample(SQUATS, SQUATS_S, 30)), RepCompleted.class))
                .as("a rep from rest has no lockout in its middle").allSatisfy(r -> assertThat(r.rep().lockout()).isEmpty());

        List<Double> errors = new ArrayList<>();
        for (long seed = 1; seed <= 30; seed++) {
            List<RepCompleted> jittered = only(run(new PhaseMachine(squat(), PhaseMachine.RepStart.AT_TURN, SET_BREAK),
                    Trace.jittery(clean, Trace.Jitter.REALISTIC, seed)), RepCompleted.class);
            assertThat(jittered).as("seed %d", seed).hasSize(3);
            for (RepCompleted r : jittered) {
                Rep.Lockout l = r.rep().lockout().orElseThrow();
                errors.add(Math.abs(l.pullMicros() / 1e6 - pull));
                errors.add(Math.abs(l.lowerMicros() / 1e6 - lower));
            }
        }
        assertThat(errors).as("pull and lowering under jitter, 30 seeds").allSatisfy(e -> assertThat(e).isLessThan(WORST_JITTERED_S));
        assertThat(errors.stream().filter(e -> e < MOST_JITTERED_S).count()).as("most within %.2f s", MOST_JITTERED_S)
                .isGreaterThanOrEqualTo(Math.round(errors.size() * 0.95));
    }

    /** The set break the shipped defaults have ({@code sets.max_break}). */
    private static final long SET_BREAK = 10_000_000;
    /** Set up, five pulls each lowered to the floor, stand up without the bar: six descents (as above). */
    private static final int DESCENTS = 6;
    private static final DoubleUnaryOperator FIVE_PULLS = Trace.reps(DESCENTS, 172, 65, 1.0, 1.0, 0.4, 0.8, 0.6);
    private static final double FIVE_PULLS_S = Trace.duration(DESCENTS, 1.0, 1.0, 0.4, 0.8, 0.6);

    /**
     * Two sets of five pulls with 60 s standing between them. Standing up after the first set locks
     * out a rep that never comes back down before the next set-up; kept open, it joined the two sets
     * and the set-up of the second counted it (11). Resting at lockout longer than the set break, it
     * is dropped as the stand-up it was.
     */
    @Test
    void aLockoutHeldLongerThanTheSetBreakWasTheStandUpAfterASetAndTheNextSetStartsAfresh() {
        double second = FIVE_PULLS_S + 60;
        List<Sample> twoSets = Trace.sample(t -> t < second ? FIVE_PULLS.applyAsDouble(t) : FIVE_PULLS.applyAsDouble(t - second),
                2 * FIVE_PULLS_S + 60, 30);

        assertThat(only(run(new PhaseMachine(squat(), PhaseMachine.RepStart.AT_TURN), twoSets), RepCompleted.class))
                .as("no set break: the stand-up and the next set-up make a rep").hasSize(11);
        List<PhaseEvent> events = run(new PhaseMachine(squat(), PhaseMachine.RepStart.AT_TURN, SET_BREAK), twoSets);
        List<RepCompleted> pulls = only(events, RepCompleted.class);
        assertThat(pulls).hasSize(2 * (DESCENTS - 1));
        assertThat(pulls).allSatisfy(r -> assertThat(r.rep().endMicros() - r.rep().startMicros())
                .as("floor to floor, never across the break").isLessThan(4_000_000));
        assertThat(only(events, RepAbandoned.class)).extracting(RepAbandoned::reason)
                .containsExactly(AbandonReason.RESTED_AT_LOCKOUT, AbandonReason.END_OF_STREAM);
        RepAbandoned standUp = only(events, RepAbandoned.class).get(0);
        assertThat(standUp.attempt().endMicros()).as("dated to the lockout, the set break measured from there")
                .isLessThan(Trace.micros(FIVE_PULLS_S));
        for (long seed = 1; seed <= 10; seed++) {
            assertThat(only(run(new PhaseMachine(squat(), PhaseMachine.RepStart.AT_TURN, SET_BREAK),
                    Trace.jittery(twoSets, Trace.Jitter.REALISTIC, seed)), RepCompleted.class)).as("seed %d", seed)
                    .hasSize(2 * (DESCENTS - 1));
        }
    }

    /**
     * Five pulls, the clip cut after the last lockout. Pull five locks out at 14.4 s and its
     * lowering runs 15.0-16.0 s. Cut while lowering (15.55 s, 110 degrees, past the way out of the floor at 120) the
     * pull is done and counted; cut standing at lockout (14.8 s) it cannot be told from standing up
     * after a set, and is abandoned at rest for the analyzer to report.
     */
    @Test
    void aClipEndingAfterTheLastLockoutCountsAPullOnItsWayDownAndLeavesOneStillStandingOpen() {
        List<Sample> all = Trace.sample(FIVE_PULLS, FIVE_PULLS_S, 30);
        List<Sample> cutLowering = all.stream().filter(x -> x.micros() <= 15_550_000).toList();
        List<Sample> cutStanding = all.stream().filter(x -> x.micros() <= 14_800_000).toList();

        List<PhaseEvent> lowering = run(new PhaseMachine(squat(), PhaseMachine.RepStart.AT_TURN, SET_BREAK), cutLowering);
        assertThat(only(lowering, RepCompleted.class)).hasSize(5);
        Rep last = only(lowering, RepCompleted.class).get(4).rep();
        assertThat(last.endMicros()).as("ending at the last measurement").isEqualTo(cutLowering.get(cutLowering.size() - 1).micros());
        assertThat(last.bottom()).as("its bottom is the floor it started from").isLessThan(110);
        assertThat(only(lowering, RepAbandoned.class)).isEmpty();

        List<PhaseEvent> standing = run(new PhaseMachine(squat(), PhaseMachine.RepStart.AT_TURN, SET_BREAK), cutStanding);
        assertThat(only(standing, RepCompleted.class)).hasSize(4);
        assertThat(only(standing, RepAbandoned.class)).singleElement().satisfies(a -> {
            assertThat(a.reason()).isEqualTo(AbandonReason.END_OF_STREAM);
            assertThat(a.attempt().reachedPhase()).isEqualTo("standing");
        });

        // 135 degrees: lowering, but no lower than a step while walking off may look
        List<Sample> justStartingDown = all.stream().filter(x -> x.micros() <= 15_400_000).toList();
        assertThat(only(run(new PhaseMachine(squat(), PhaseMachine.RepStart.AT_TURN, SET_BREAK), justStartingDown),
                RepCompleted.class)).as("not yet past the way out of the floor: not told from walking off").hasSize(4);
    }

    /**
     * After a gap (out of view or out of the exercise's position) the machine settles again, but a
     * rep may start at the turning point only where the stream first settled (decision 0038):
     * standing up from a crouch after the set, with no bar, is no pull.
     */
    @Test
    void aRepStartsAtTheTurningPointOnlyWhereTheStreamFirstSettles() {
        List<Sample> samples = new ArrayList<>(Trace.sample(SQUATS, SQUATS_S, 30));
        long end = samples.get(samples.size() - 1).micros();
        long t = end + 2_000_000; // 2 s with no sample: longer than the gap hold
        for (int i = 0; i < 30; i++, t += 33_333) {
            samples.add(Sample.of(t, 90)); // seen again at the bottom
        }
        for (int i = 0; i <= 30; i++, t += 33_333) {
            samples.add(Sample.of(t, 90 + 80.0 * i / 30)); // then up to standing
        }

        List<PhaseEvent> events = run(new PhaseMachine(squat(), PhaseMachine.RepStart.AT_REST_OR_TURN), samples);

        assertThat(only(events, RepCompleted.class)).as("the reps of the set, none added after the gap").hasSize(REPS);
        assertThat(only(events, PhaseEvent.Reset.class)).as("the gap reset the machine").isNotEmpty();
    }

    @Test
    void aGapShorterThanTheHoldKeepsTheRepInProgress() {
        List<Sample> samples = new ArrayList<>();
        for (long ms = 0; ms <= 4000; ms += 10) {
            boolean lost = ms > 1330 && ms < 1330 + 900; // 890 ms without a measurement, most of the bottom
            samples.add(lost ? Sample.missing(ms * 1000) : Sample.of(ms * 1000, vee(ms)));
        }

        List<PhaseEvent> events = run(new PhaseMachine(squat()), samples);

        assertThat(only(events, RepCompleted.class)).hasSize(1);
        assertThat(only(events, Reset.class)).isEmpty();
    }

    @Test
    void aGapLongerThanTheHoldAbandonsTheRepResetsAndWaitsForStandingButKeepsTheCount() {
        PhaseMachine machine = new PhaseMachine(squat());
        List<Sample> samples = new ArrayList<>();
        for (long ms = 0; ms <= 4000; ms += 10) {
            samples.add(Sample.of(ms * 1000, vee(ms)));                 // rep 1
        }
        for (long ms = 4000; ms <= 6000; ms += 10) {
            boolean lost = ms > 4500 && ms <= 5600;                     // 1.1 s without a measurement
            samples.add(lost ? Sample.missing((ms + 1000) * 1000) : Sample.of((ms + 1000) * 1000, vee(ms - 3000)));
        }
        for (long ms = 6000; ms <= 10000; ms += 10) {
            samples.add(Sample.of((ms + 1000) * 1000, vee(ms - 6000)));  // rep 2
        }

        List<PhaseEvent> events = run(machine, samples);

        assertThat(only(events, RepAbandoned.class)).singleElement()
                .satisfies(a -> assertThat(a.reason()).isEqualTo(AbandonReason.GAP));
        assertThat(only(events, Reset.class)).singleElement()
                .satisfies(r -> {
                    assertThat(r.reason()).isEqualTo(ResetReason.GAP);
                    assertThat(r.timestampMicros()).isEqualTo(6_510_000); // the first sample after the hold ran out
                });
        assertThat(only(events, RepCompleted.class).stream().map(r -> r.rep().index())).containsExactly(1, 2);
    }

    @Test
    void noSampleAtAllForLongerThanTheHoldIsAGapToo() {
        PhaseMachine machine = new PhaseMachine(squat());
        List<Sample> samples = new ArrayList<>();
        for (long ms = 0; ms <= 1500; ms += 10) {
            samples.add(Sample.of(ms * 1000, vee(ms)));
        }
        samples.add(Sample.of(3_000_000, 172)); // the camera stalled for 1.5 s mid-rep

        List<PhaseEvent> events = run(machine, samples);

        assertThat(only(events, RepAbandoned.class)).singleElement()
                .satisfies(a -> assertThat(a.reason()).isEqualTo(AbandonReason.GAP));
        assertThat(machine.repCount()).isZero();
    }

    @Test
    void aPersonWhoAppearsMidRepIsNotCountedHalfARep() {
        List<Sample> samples = new ArrayList<>();
        for (long ms = 1700; ms <= 4000; ms += 10) { // from the way down, past the bottom, up
            samples.add(Sample.of(ms * 1000, vee(ms)));
        }

        List<PhaseEvent> events = run(new PhaseMachine(squat()), samples);

        assertThat(only(events, PhaseChanged.class).stream().map(PhaseChanged::to)).containsExactly("standing");
        assertThat(only(events, RepCompleted.class)).isEmpty();
    }

    @Test
    void aRepeatedTimestampIsIgnored() {
        List<Sample> once = Trace.sample(SQUATS, SQUATS_S, 30);
        List<Sample> twice = new ArrayList<>();
        for (Sample s : once) {
            twice.add(s);
            twice.add(Sample.of(s.micros(), 20)); // a duplicated frame with a wild value
        }

        assertThat(run(new PhaseMachine(squat()), twice)).isEqualTo(run(new PhaseMachine(squat()), once));
    }

    @Test
    void anEarlierTimestampStartsOverFromZero() {
        PhaseMachine machine = new PhaseMachine(squat());
        List<Sample> clean = Trace.sample(SQUATS, SQUATS_S, 30);
        List<Sample> looped = new ArrayList<>(clean.subList(0, clean.size() / 2));
        looped.addAll(clean); // the file looped back to 0 in the middle of a rep

        List<PhaseEvent> events = run(machine, looped);

        Reset reset = only(events, Reset.class).get(0);
        assertThat(reset.reason()).isEqualTo(ResetReason.STREAM_RESTARTED);
        assertThat(reset.timestampMicros()).isZero();
        assertThat(machine.repCount()).isEqualTo(REPS);
        List<RepCompleted> completed = only(events, RepCompleted.class);
        assertThat(completed.get(completed.size() - 1).rep().index()).isEqualTo(REPS);
    }

    @Test
    void aNanMeasurementIsAMissingOne() {
        List<Sample> samples = new ArrayList<>();
        for (long ms = 0; ms <= 4000; ms += 10) {
            samples.add(ms % 100 == 50 ? Sample.of(ms * 1000, Double.NaN) : Sample.of(ms * 1000, vee(ms)));
        }
        assertThat(only(run(new PhaseMachine(squat()), samples), RepCompleted.class)).hasSize(1);
    }

    @Test
    void finishingMidRepAbandonsIt() {
        PhaseMachine machine = new PhaseMachine(squat());
        for (long ms = 0; ms <= 1800; ms += 10) {
            machine.update(ms * 1000, vee(ms));
        }
        assertThat(machine.phase()).isEqualTo("bottom");
        assertThat(machine.inRep()).isTrue();

        assertThat(machine.finish()).singleElement().isInstanceOfSatisfying(RepAbandoned.class, a -> {
            assertThat(a.reason()).isEqualTo(AbandonReason.END_OF_STREAM);
            assertThat(a.attempt().endMicros()).isEqualTo(1_800_000);
        });
        assertThat(machine.phase()).isEqualTo(PhaseMachine.UNSETTLED);
    }

    @Test
    void aCycleWithoutADeadBandIsRejectedWhenBuilt() {
        assertThatThrownBy(() -> PhaseCycle.startingAt("standing", atOrAbove(160), 0)
                .then("descent", atOrBelow(160), 0)
                .then("ascent", atOrAbove(170), 0)
                .build(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'descent' (entered at <= 160) must lie beyond 'standing' (entered at >= 160): below 160, "
                        + "so that a value between the two thresholds changes nothing (hysteresis)");
    }

    @Test
    void aCycleThatTurnsTwiceIsRejected() {
        assertThatThrownBy(() -> PhaseCycle.startingAt("standing", atOrAbove(160), 0)
                .then("descent", atOrBelow(150), 0)
                .then("up", atOrAbove(155), 0)
                .then("down again", atOrBelow(100), 0)
                .build(0))
                .hasMessage("'down again' (entered at <= 100) goes back in the working direction after the rep has "
                        + "turned; a cycle goes one way, turns once and comes back");
    }

    @Test
    void aRestPhaseOnTheWorkingSideIsRejected() {
        assertThatThrownBy(() -> PhaseCycle.startingAt("standing", atOrBelow(160), 0)
                .then("descent", atOrBelow(150), 0)
                .build(0))
                .hasMessage("the first working phase 'descent' (entered at <= 150) must leave the rest phase "
                        + "'standing' (entered at <= 160) in the other direction");
    }

    @Test
    void theSmallestCycleIsRestAndOnePhase() {
        PhaseCycle upDown = PhaseCycle.startingAt("up", atOrAbove(160), MIN_PHASE)
                .then("down", atOrBelow(100), MIN_PHASE)
                .build(GAP_HOLD);

        assertThat(only(run(new PhaseMachine(upDown), Trace.sample(SQUATS, SQUATS_S, 30)), RepCompleted.class))
                .hasSize(REPS);
    }
}
