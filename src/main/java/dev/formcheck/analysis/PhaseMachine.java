package dev.formcheck.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Counts reps of one movement from one scalar signal (a knee angle, an elbow angle, a hip height)
 * sampled at timestamps, following a {@link PhaseCycle}. It is the whole engine of rep counting:
 * an exercise is a cycle (data) plus the function that takes its signal from a frame.
 *
 * <p>How it decides, and what makes it immune to jitter:
 * <ul>
 *   <li><b>Dwell.</b> A phase is entered only when its crossing has held, sample after sample, for
 *       its minimum time; it is then dated from the first of those samples. A noisy sample or a
 *       short spike changes nothing.</li>
 *   <li><b>Several phases on one sample.</b> Phases entered in the same direction overlap (a squat's
 *       bottom, at or below 110, lies inside its descent, at or below 150), so their runs go on side
 *       by side, and one sample can confirm several of them: in a very fast rep, or after a dropout.
 *       They are entered in order, each dated from its own first sample
 *       ({@link PhaseEvent.PhaseChanged#sinceMicros()}, {@link PhaseSpan}), never from the sample that
 *       decided it, so tempo is what the frames show. A phase's span can therefore be shorter than its
 *       minimum time, and 0 when one frame jumps past it: the minimum is how long its crossing must
 *       hold to count (it keeps holding in the next phase), not a length imposed on the span. This is
 *       deliberate: waiting for each phase to last its minimum before the next may begin would date
 *       the next one late, by up to that minimum, and bend every tempo of a fast rep
 *       ({@code PhaseMachineTest} checks a fast rep's numbers frame by frame).</li>
 *   <li><b>Hysteresis.</b> The cycle puts a dead band between each exit and the next entry
 *       (checked by {@link PhaseCycle}), so a signal hovering at a threshold stays where it is.</li>
 *   <li><b>Count on exit.</b> A rep is counted only when its last working phase is left for the
 *       rest phase, having passed through every working phase in order. A rep that returns to
 *       rest before its turning point is reported as abandoned, never counted.</li>
 *   <li><b>Rest first.</b> The machine starts {@link #UNSETTLED}: it counts nothing until it has
 *       seen the rest phase, so a person who appears mid-rep is not counted half a rep. A movement
 *       whose rep starts at its turning point (a deadlift from the floor: floor, lockout, floor)
 *       is built with {@link RepStart#AT_REST_OR_TURN}: there the turning point seen before any
 *       rest is a rep's start too, and the first lockout counts it
 *       ({@link #PhaseMachine(PhaseCycle, RepStart)}). Only where the stream (or a restarted one)
 *       first settles: after a gap, rest comes first again, so standing up from a crouch after
 *       the set, with no bar, is no pull (decision 0038). A movement built with
 *       {@link RepStart#AT_TURN} counts turning point to turning point instead: floor, lockout,
 *       floor, so neither the set-up nor standing up after the set is a rep.</li>
 * </ul>
 *
 * <p>Policies, all driven by timestamps, never by frame counts:
 * <ul>
 *   <li><b>Gap</b> (a missing or NaN measurement, or no sample at all): the machine holds its phase
 *       for the cycle's gap hold after the last measurement; once a sample arrives later than that,
 *       a rep in progress is abandoned ({@link PhaseEvent.AbandonReason#GAP}), the machine resets to
 *       {@link #UNSETTLED} and the count is kept. Within the hold, a crossing being confirmed is held
 *       too: its clock runs on across missing samples, but it confirms a phase only once two
 *       consecutive samples have both been seen to hold, so wrong values on either side of a
 *       dropout cannot (a contrary value restarts it).</li>
 *   <li><b>Repeated timestamp</b>: a duplicated frame, ignored.</li>
 *   <li><b>Earlier timestamp</b>: the stream started over (a looped or seeked file): a rep in progress
 *       is abandoned, the count returns to 0 and the sample is processed as the first one.</li>
 * </ul>
 *
 * <p>Not thread-safe: one machine per stream, fed in timestamp order by one thread.
 */
public final class PhaseMachine {
    /** Where a stream's first rep may start. */
    public enum RepStart {
        /** Only at rest: a person first seen mid-rep is not counted (a squat, a push-up). */
        AT_REST,
        /**
         * At rest, or at the turning point when that is what the stream settles in first: a lift
         * from the floor whose first pull starts there (its rep is floor, lockout, floor).
         */
        AT_REST_OR_TURN,
        /**
         * A rep runs from the turning point through rest and back to the turning point: a deadlift's
         * floor, lockout, floor (issue 12, class 1). Walking in and setting up to the bar (rest to
         * floor) starts the first rep and adds none; standing up after the bar is set down (floor
         * to rest, never back down) completes none. Reps may start at the turning point where the
         * stream first settles, as with {@link #AT_REST_OR_TURN}. A rep locked out and back at the
         * floor is counted when the body leaves the floor upwards (the next pull, or standing up
         * after the bar is set down) or the stream ends there, dated from reaching the floor; a
         * "floor" left by a gap (out of view, or out of the exercise's position: a crouch to rest on
         * the hands after the set) was no floor, and that rep is abandoned. Its bottom is the floor it
         * started from. A rep that stays locked out longer than the set break was the stand-up after
         * a set, not a pull: it is abandoned ({@link PhaseEvent.AbandonReason#RESTED_AT_LOCKOUT}) and
         * the next set-up starts a fresh rep. At the end of the stream a rep on its way down from
         * lockout is counted; one still at lockout is abandoned (decision 0018).
         */
        AT_TURN
    }

    /** The phase name before the rest phase has been seen, and after a reset. */
    public static final String UNSETTLED = "unsettled";

    private static final int UNSETTLED_INDEX = -1;
    private static final int REST_INDEX = 0;

    private final PhaseCycle cycle;
    /** Rest at 0, then the working phases. */
    private final List<Phase> phases;
    private final int lastIndex;
    /** Index in {@link #phases} of the turning point. */
    private final int turnIndex;
    private final boolean fallsFirst;
    private final RepStart repStart;
    /** {@link RepStart#AT_TURN}: a locked-out rep resting at rest longer than this was the stand-up after a set. */
    private final long setBreakMicros;
    private final StreamClock clock = new StreamClock();
    /** The shipped {@code tempo.turn_band}, for machines built without settings (tests, synthetic clips). */
    public static final double DEFAULT_TURN_BAND_SHARE = 0.15;
    /** {@link RepStart#AT_TURN}: within this of the turning point's extreme the body is still at it (signal units). */
    private final double turnBand;
    /** {@link RepStart#AT_TURN}: the samples while at the turning point (the floor), to time the pull and the lowering. */
    private final TurnSamples atTurn = new TurnSamples();

    /** One run per phase (rest first): the samples on which its crossing has held. */
    private final Run[] runs;

    private int phase = UNSETTLED_INDEX;
    private long phaseSinceMicros;
    private long lastValidMicros;
    private int count;
    private double top = Double.NaN;

    private boolean inRep;
    /** {@link RepStart#AT_TURN}: the rep in progress has reached rest (locked out) since it started at the turning point. */
    private boolean lockedOut;
    /**
     * {@link RepStart#AT_TURN}: the rep in progress locked out and is back at the turning point, since
     * {@link #floorMicros}; it is counted when the body leaves it upwards or the stream ends there.
     */
    private boolean backAtFloor;
    private long floorMicros;
    /** The floor's deepest value and its time while {@link #backAtFloor}: the next rep's bottom. */
    private double floorExtreme;
    private long floorExtremeMicros;
    private long repStartMicros;
    /** {@link RepStart#AT_TURN}: the rep in progress left the turning point, first reached rest, last left rest. */
    private long leftTurnMicros;
    private long lockoutReachedMicros;
    private long lockoutLeftMicros;
    private double repTop;
    private double repExtreme;
    private long repExtremeMicros;
    private final List<PhaseSpan> spans = new ArrayList<>();

    /** A machine whose reps start at rest ({@link RepStart#AT_REST}). */
    public PhaseMachine(PhaseCycle cycle) {
        this(cycle, RepStart.AT_REST);
    }

    /** Whether a rep may still start at the turning point: until the stream first settles (decision 0038). */
    private boolean turnStartOpen = true;

    /** A machine with no set break: a locked-out {@link RepStart#AT_TURN} rep stays open at rest until the stream ends. */
    public PhaseMachine(PhaseCycle cycle, RepStart repStart) {
        this(cycle, repStart, Long.MAX_VALUE);
    }

    /**
     * @param setBreakMicros for {@link RepStart#AT_TURN}: a rep locked out and resting at rest for
     *     longer than this is dropped, as the stand-up after a set ({@code sets.max_break})
     */
    public PhaseMachine(PhaseCycle cycle, RepStart repStart, long setBreakMicros) {
        this(cycle, repStart, setBreakMicros, DEFAULT_TURN_BAND_SHARE);
    }

    /**
     * @param turnBandShare for {@link RepStart#AT_TURN}: how near the turning point's extreme, as a
     *     share of the cycle's span (rest threshold to turning threshold), still counts as being at
     *     it when a rep's pull and lowering are timed ({@code tempo.turn_band}, decision 0084)
     */
    public PhaseMachine(PhaseCycle cycle, RepStart repStart, long setBreakMicros, double turnBandShare) {
        if (setBreakMicros < 0) {
            throw new IllegalArgumentException("the set break must not be negative, was " + setBreakMicros + " us");
        }
        if (!(turnBandShare >= 0 && turnBandShare <= 1)) {
            throw new IllegalArgumentException("the turning point's band is a share of the cycle's span, 0 to 1, not " + turnBandShare);
        }
        this.setBreakMicros = setBreakMicros;
        this.turnBand = turnBandShare * Math.abs(cycle.rest().enter().threshold()
                - cycle.working().get(cycle.turnIndex()).enter().threshold());
        this.cycle = Objects.requireNonNull(cycle, "cycle");
        this.repStart = Objects.requireNonNull(repStart, "repStart");
        this.phases = cycle.phases();
        this.lastIndex = phases.size() - 1;
        this.turnIndex = cycle.turnIndex() + 1;
        this.fallsFirst = cycle.fallsFirst();
        this.runs = new Run[phases.size()];
        for (int i = 0; i < runs.length; i++) {
            runs[i] = new Run();
        }
    }

    /** A sample with a measurement. NaN or infinite counts as missing. */
    public List<PhaseEvent> update(long timestampMicros, double value) {
        return update(timestampMicros, Double.isFinite(value) ? OptionalDouble.of(value) : OptionalDouble.empty());
    }

    /** A sample without a measurement: the person or the keypoints the signal needs were not seen. */
    public List<PhaseEvent> missing(long timestampMicros) {
        return update(timestampMicros, OptionalDouble.empty());
    }

    /** One sample; empty {@code value} means no measurement at this timestamp. */
    public List<PhaseEvent> update(long timestampMicros, OptionalDouble value) {
        List<PhaseEvent> out = new ArrayList<>(2);
        switch (clock.advance(timestampMicros)) {
            case REPEATED -> {
                return List.of();
            }
            case BACKWARD -> {
                drop(timestampMicros, PhaseEvent.AbandonReason.STREAM_RESTARTED, out);
                out.add(new PhaseEvent.Reset(timestampMicros, PhaseEvent.ResetReason.STREAM_RESTARTED));
                count = 0;
                turnStartOpen = true;
            }
            case FIRST, FORWARD -> {
                if (phase != UNSETTLED_INDEX && timestampMicros - lastValidMicros > cycle.gapHoldMicros()) {
                    drop(timestampMicros, PhaseEvent.AbandonReason.GAP, out);
                    out.add(new PhaseEvent.Reset(timestampMicros, PhaseEvent.ResetReason.GAP));
                }
            }
        }
        double v = value.isPresent() && Double.isFinite(value.getAsDouble()) ? value.getAsDouble() : Double.NaN;
        if (Double.isNaN(v)) {
            for (Run r : runs) {
                r.pause();
            }
        } else {
            lastValidMicros = timestampMicros;
            step(timestampMicros, v, out);
        }
        return List.copyOf(out);
    }

    /**
     * The end of the stream: a rep in progress is abandoned ({@link PhaseEvent.AbandonReason#END_OF_STREAM}),
     * except a {@link RepStart#AT_TURN} rep that locked out and is back at the turning point or on
     * its way down to it: that one is counted, ending at the last measurement.
     * The count is kept; the machine is then {@link #UNSETTLED} and accepts any timestamp.
     */
    public List<PhaseEvent> finish() {
        List<PhaseEvent> out = new ArrayList<>(1);
        if (backAtFloor) {
            atTurn.settle(fallsFirst, turnBand, phaseSinceMicros, lastValidMicros + 1);
            completeAtFloor(lastValidMicros, atTurn.firstNearMicros, out); // the stream ends with the bar set down
        } else if (repStart == RepStart.AT_TURN && inRep && lockedOut && phase > REST_INDEX && phase < turnIndex
                && loweredPastTheWayOut()) {
            // The stream ends as the bar is lowered: the pull is done, only its way back to the floor is cut.
            spans.add(new PhaseSpan(phases.get(phase).name(), phaseSinceMicros, Math.max(phaseSinceMicros, lastValidMicros)));
            floorMicros = Math.max(phaseSinceMicros, lastValidMicros);
            completeAtFloor(lastValidMicros, floorMicros, out);
        }
        if (clock.started()) {
            drop(lastValidMicros, PhaseEvent.AbandonReason.END_OF_STREAM, out);
        }
        clock.reset();
        turnStartOpen = true;
        return List.copyOf(out);
    }

    /** Forgets everything, the count included, without reporting. */
    public void reset() {
        toUnsettled();
        clock.reset();
        count = 0;
        lastValidMicros = 0;
        turnStartOpen = true;
    }

    /** The current phase's name, or {@link #UNSETTLED}. */
    public String phase() {
        return phase == UNSETTLED_INDEX ? UNSETTLED : phases.get(phase).name();
    }

    /** Whether a rep has started and not yet ended. */
    public boolean inRep() {
        return inRep;
    }

    /** Reps counted since construction, {@link #reset()} or a stream restart. */
    public int repCount() {
        return count;
    }

    public PhaseCycle cycle() {
        return cycle;
    }

    private void step(long t, double v, List<PhaseEvent> out) {
        for (int i = 0; i < runs.length; i++) {
            runs[i].feed(phases.get(i).enter().isMetBy(v), t, v, cycle.gapHoldMicros());
        }
        if (inRep && !lockedOut && (fallsFirst ? v < repExtreme : v > repExtreme)) {
            repExtreme = v;
            repExtremeMicros = t;
        }
        if (backAtFloor && (fallsFirst ? v < floorExtreme : v > floorExtreme)) {
            floorExtreme = v;
            floorExtremeMicros = t;
        }
        if (phase == REST_INDEX) {
            top = fallsFirst ? Math.max(top, v) : Math.min(top, v);
        }
        if (repStart == RepStart.AT_TURN) {
            atTurn.add(t, v, phase == REST_INDEX);
        }
        // After a dropout one sample may confirm several phases: each is entered in order, at most once round the cycle.
        for (int i = 0; i <= phases.size(); i++) {
            if (!move(t, out)) {
                break;
            }
        }
        if (repStart == RepStart.AT_TURN && inRep && lockedOut && phase == REST_INDEX
                && t - phaseSinceMicros > setBreakMicros) {
            // Standing at lockout longer than a set break: the stand-up after the set, not a pull. Dated
            // to the lockout, so the set's break is measured from there; the next set-up starts afresh.
            out.add(new PhaseEvent.RepAbandoned(t, attempt(phaseSinceMicros), PhaseEvent.AbandonReason.RESTED_AT_LOCKOUT));
            inRep = false;
            lockedOut = false;
            spans.clear();
        }
    }

    /** Makes the one transition the runs now confirm, if any. */
    private boolean move(long t, List<PhaseEvent> out) {
        if (phase == UNSETTLED_INDEX) {
            if (!confirmed(REST_INDEX, Long.MIN_VALUE)) {
                return repStart != RepStart.AT_REST && turnStartOpen && startAtTurn(t, out);
            }
            turnStartOpen = false;
            out.add(new PhaseEvent.PhaseChanged(t, UNSETTLED, phases.get(REST_INDEX).name(), runs[REST_INDEX].sinceMicros));
            enter(REST_INDEX);
            return true;
        }
        int target = phase == lastIndex ? REST_INDEX : phase + 1;
        if (repStart == RepStart.AT_TURN) {
            return moveTurnToTurn(t, target, out);
        }
        if (confirmed(target, phaseSinceMicros)) {
            long since = runs[target].sinceMicros;
            Phase current = phases.get(phase);
            out.add(new PhaseEvent.PhaseChanged(t, current.name(), phases.get(target).name(), since));
            if (phase == REST_INDEX) {
                Run first = runs[1];
                inRep = true;
                repStartMicros = since;
                repTop = top;
                repExtreme = fallsFirst ? first.min : first.max;
                repExtremeMicros = fallsFirst ? first.minMicros : first.maxMicros;
                spans.clear();
                out.add(new PhaseEvent.RepStarted(t, since));
            } else {
                spans.add(new PhaseSpan(current.name(), phaseSinceMicros, since));
            }
            if (target == REST_INDEX) {
                count++;
                out.add(new PhaseEvent.RepCompleted(t,
                        new Rep(count, repStartMicros, repExtremeMicros, since, repTop, repExtreme, spans)));
                inRep = false;
            }
            enter(target);
            return true;
        }
        // Before the turning point the signal may go back to rest: the rep is abandoned, not counted.
        if (phase != REST_INDEX && phase < turnIndex && confirmed(REST_INDEX, phaseSinceMicros)) {
            long since = runs[REST_INDEX].sinceMicros;
            out.add(new PhaseEvent.PhaseChanged(t, phases.get(phase).name(), phases.get(REST_INDEX).name(), since));
            out.add(new PhaseEvent.RepAbandoned(t, attempt(since), PhaseEvent.AbandonReason.RETURNED_TO_REST));
            inRep = false;
            enter(REST_INDEX);
            return true;
        }
        return false;
    }

    /**
     * {@link #move} for {@link RepStart#AT_TURN}: a rep starts as the turning point is entered,
     * locks out at rest, and is counted as the turning point is entered again, where the next one
     * starts. Going back to rest before the turning point abandons nothing: out of a rep it was no
     * rep (a set-up, a bow), within one the rep goes on (a lowering stopped short).
     */
    private boolean moveTurnToTurn(long t, int target, List<PhaseEvent> out) {
        if (confirmed(target, phaseSinceMicros)) {
            long since = runs[target].sinceMicros;
            Phase current = phases.get(phase);
            out.add(new PhaseEvent.PhaseChanged(t, current.name(), phases.get(target).name(), since));
            boolean leavingFloor = phase == turnIndex;
            if (leavingFloor) {
                atTurn.settle(fallsFirst, turnBand, phaseSinceMicros, since);
            }
            if (backAtFloor) {
                completeAtFloor(t, Math.max(floorMicros, atTurn.firstNearMicros), out);
                startRep(t, floorMicros, floorExtreme, floorExtremeMicros, out); // leaving the floor upwards: the next pull
            }
            if (inRep && phase != REST_INDEX) {
                spans.add(new PhaseSpan(current.name(), phaseSinceMicros, since));
            }
            if (inRep && !lockedOut && leavingFloor) {
                leftTurnMicros = Math.max(repStartMicros, atTurn.lastNearMicros); // the pull leaves the floor
            }
            if (inRep && lockedOut && phase == REST_INDEX) {
                lockoutLeftMicros = since; // the lowering begins (again, after a lowering stopped short)
            }
            if (target == REST_INDEX && inRep) {
                if (!lockedOut) {
                    lockoutReachedMicros = since;
                }
                lockedOut = true;
            }
            if (target == turnIndex) {
                Run turn = runs[turnIndex];
                if (inRep && lockedOut) {
                    backAtFloor = true;
                    floorMicros = since;
                    floorExtreme = fallsFirst ? turn.min : turn.max;
                    floorExtremeMicros = fallsFirst ? turn.minMicros : turn.maxMicros;
                } else if (!inRep) {
                    startRep(t, since, fallsFirst ? turn.min : turn.max, fallsFirst ? turn.minMicros : turn.maxMicros, out);
                }
            }
            enter(target);
            return true;
        }
        if (phase != REST_INDEX && phase < turnIndex && confirmed(REST_INDEX, phaseSinceMicros)) {
            long since = runs[REST_INDEX].sinceMicros;
            out.add(new PhaseEvent.PhaseChanged(t, phases.get(phase).name(), phases.get(REST_INDEX).name(), since));
            if (inRep) {
                spans.add(new PhaseSpan(phases.get(phase).name(), phaseSinceMicros, since));
            }
            enter(REST_INDEX);
            return true;
        }
        return false;
    }

    /**
     * Whether the lowering in progress has gone as far down as the way out of the turning point (the
     * phase after it, a deadlift's ascent): deep in the lift's range, where a step while walking off
     * after the set (which can cross the descent's threshold) does not reach.
     */
    private boolean loweredPastTheWayOut() {
        Run lowering = runs[phase];
        if (!lowering.active) {
            return false;
        }
        Crossing wayOut = phases.get(Math.min(turnIndex + 1, lastIndex)).enter();
        double deepest = fallsFirst ? lowering.min : lowering.max;
        return fallsFirst ? deepest <= wayOut.threshold() : deepest >= wayOut.threshold();
    }

    /**
     * Counts the rep that locked out and came back to the floor ({@link #backAtFloor}), ending where it
     * reached the floor; its lowering ends at {@code backMicros}, where it first came near the floor's deepest.
     */
    private void completeAtFloor(long t, long backMicros, List<PhaseEvent> out) {
        count++;
        long back = Math.max(floorMicros, backMicros);
        out.add(new PhaseEvent.RepCompleted(t, new Rep(count, repStartMicros, repExtremeMicros, floorMicros, top, repExtreme, spans,
                Optional.of(new Rep.Lockout(Math.min(leftTurnMicros, lockoutReachedMicros), lockoutReachedMicros,
                        lockoutLeftMicros, Math.max(lockoutLeftMicros, back))))));
        inRep = false;
        backAtFloor = false;
    }

    private void startRep(long t, long startMicros, double extreme, long extremeMicros, List<PhaseEvent> out) {
        inRep = true;
        lockedOut = false;
        repStartMicros = startMicros;
        repExtreme = extreme;
        repExtremeMicros = extremeMicros;
        spans.clear();
        out.add(new PhaseEvent.RepStarted(t, startMicros));
    }

    /**
     * Settles at the turning point, a rep under way from there: the stream began at the bottom (the
     * bar on the floor). No rest was seen before it, so the rep's top is the rest phase's threshold.
     */
    private boolean startAtTurn(long t, List<PhaseEvent> out) {
        if (!confirmed(turnIndex, Long.MIN_VALUE)) {
            return false;
        }
        Run turn = runs[turnIndex];
        turnStartOpen = false;
        out.add(new PhaseEvent.PhaseChanged(t, UNSETTLED, phases.get(turnIndex).name(), turn.sinceMicros));
        inRep = true;
        repStartMicros = turn.sinceMicros;
        repTop = cycle.rest().enter().threshold();
        repExtreme = fallsFirst ? turn.min : turn.max;
        repExtremeMicros = fallsFirst ? turn.minMicros : turn.maxMicros;
        spans.clear();
        out.add(new PhaseEvent.RepStarted(t, turn.sinceMicros));
        lockedOut = false;
        phase = turnIndex;
        phaseSinceMicros = turn.sinceMicros;
        return true;
    }

    /** Whether phase {@code index}'s crossing has held for its minimum time, on a run that began at or after {@code notBeforeMicros}. */
    private boolean confirmed(int index, long notBeforeMicros) {
        Run r = runs[index];
        return r.sinceMicros >= notBeforeMicros && r.held(phases.get(index).minDurationMicros());
    }

    /** Abandons a rep in progress (reporting it) and goes back to {@link #UNSETTLED}. */
    private void drop(long t, PhaseEvent.AbandonReason reason, List<PhaseEvent> out) {
        if (inRep) {
            out.add(new PhaseEvent.RepAbandoned(t, attempt(lastValidMicros), reason));
        }
        toUnsettled();
    }

    private Attempt attempt(long endMicros) {
        return new Attempt(repStartMicros, Math.max(repStartMicros, endMicros), phases.get(phase).name(), repTop,
                repExtreme, repExtremeMicros);
    }

    /** Enters phase {@code index}, dated from the first sample of its run. */
    private void enter(int index) {
        Run r = runs[index];
        phase = index;
        phaseSinceMicros = r.sinceMicros;
        if (index == REST_INDEX) {
            top = fallsFirst ? r.max : r.min;
        }
    }

    private void toUnsettled() {
        phase = UNSETTLED_INDEX;
        inRep = false;
        lockedOut = false;
        backAtFloor = false;
        top = Double.NaN;
        spans.clear();
        atTurn.clear();
        for (Run r : runs) {
            r.clear();
        }
    }

    /**
     * The samples of one stay at the turning point (a deadlift's floor), in order: when the body
     * first came near its deepest there (the lowering's end) and last left it (the pull's start).
     * "Near" is within the band of the deepest, so a still set-up or a dead stop on the floor is
     * neither pull nor lowering, and the floor threshold's crossing (well above the floor) is neither's end.
     */
    private static final class TurnSamples {
        private final List<Long> times = new ArrayList<>();
        private final List<Double> values = new ArrayList<>();
        long firstNearMicros;
        long lastNearMicros;

        /** A sample; one at rest (lockout, standing) drops those before it, which no floor can need. */
        void add(long t, double v, boolean atRest) {
            if (atRest) {
                clear();
            }
            times.add(t);
            values.add(v);
        }

        /**
         * The stay at the turning point from {@code fromMicros} ends as the body leaves it at
         * {@code leftMicros}: finds the first and last samples near its deepest (the stay's own
         * bounds when it had no sample), then forgets the samples.
         */
        void settle(boolean fallsFirst, double band, long fromMicros, long leftMicros) {
            // the deepest level held on two samples in a row: one wild frame (a keypoint's spike) sets no floor
            double deepest = Double.NaN;
            double only = Double.NaN;
            Double previous = null;
            for (int i = 0; i < values.size(); i++) {
                if (times.get(i) < fromMicros || times.get(i) >= leftMicros) {
                    continue;
                }
                double v = values.get(i);
                if (previous == null) {
                    only = v;
                } else {
                    double level = fallsFirst ? Math.max(v, previous) : Math.min(v, previous);
                    deepest = Double.isNaN(deepest) || (fallsFirst ? level < deepest : level > deepest) ? level : deepest;
                }
                previous = v;
            }
            deepest = Double.isNaN(deepest) ? only : deepest;
            // the floor's level: the median of the samples near that deepest, which noise does not pull below the floor
            double limit = deepest;
            List<Double> low = new ArrayList<>();
            for (int i = 0; i < values.size(); i++) {
                if (times.get(i) >= fromMicros && times.get(i) < leftMicros && Math.abs(values.get(i) - limit) <= band) {
                    low.add(values.get(i));
                }
            }
            if (!low.isEmpty()) {
                low.sort(null);
                deepest = low.get(low.size() / 2);
            }
            // near on two samples in a row, likewise: a wild frame near the floor while still lowering is not the floor
            firstNearMicros = fromMicros;
            lastNearMicros = fromMicros;
            boolean found = false;
            boolean previousNear = false;
            long previousMicros = fromMicros;
            for (int i = 0; i < values.size(); i++) {
                long t = times.get(i);
                if (t < fromMicros || t >= leftMicros) {
                    continue;
                }
                boolean near = Math.abs(values.get(i) - deepest) <= band;
                if (near && previousNear) {
                    if (!found) {
                        firstNearMicros = previousMicros;
                        found = true;
                    }
                    lastNearMicros = t;
                }
                previousNear = near;
                previousMicros = t;
            }
            clear();
        }

        void clear() {
            times.clear();
            values.clear();
        }
    }

    /**
     * The samples on which one crossing has held since it last did not, with their extremes. A
     * missing sample is no evidence either way: the run's clock keeps running across it, but the
     * run only counts once two consecutive samples have both been seen to hold, so wrong values on
     * either side of a dropout cannot confirm a phase. A contrary sample ends the run.
     */
    private static final class Run {
        boolean active;
        /** A sample without a measurement came after the last one that held. */
        boolean paused;
        /** Two consecutive samples, nothing missing between them, have both held. */
        boolean seenTwice;
        long sinceMicros;
        long lastMicros;
        long heldMicros;
        double min;
        double max;
        long minMicros;
        long maxMicros;

        /**
         * Adds a sample with a measurement. A pause between samples longer than
         * {@code maxIntervalMicros} starts the run afresh (it was not seen to hold).
         */
        void feed(boolean holds, long t, double v, long maxIntervalMicros) {
            if (!holds) {
                clear();
                return;
            }
            if (!active || t - lastMicros > maxIntervalMicros) {
                active = true;
                seenTwice = false;
                sinceMicros = t;
                heldMicros = 0;
                min = v;
                max = v;
                minMicros = t;
                maxMicros = t;
            } else {
                heldMicros = t - sinceMicros;
                seenTwice |= !paused;
                if (v < min) {
                    min = v;
                    minMicros = t;
                }
                if (v > max) {
                    max = v;
                    maxMicros = t;
                }
            }
            paused = false;
            lastMicros = t;
        }

        /** Whether the run has held for {@code minDurationMicros}, seen on consecutive samples (unless the minimum is 0). */
        boolean held(long minDurationMicros) {
            return active && heldMicros >= minDurationMicros && (seenTwice || minDurationMicros == 0);
        }

        /** A sample without a measurement. */
        void pause() {
            paused = true;
        }

        void clear() {
            active = false;
            paused = false;
        }
    }
}
