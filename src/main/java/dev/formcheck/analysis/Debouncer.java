package dev.formcheck.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Turns a per-frame condition (a fault seen in this frame) into episodes: it fires only when the
 * condition has held for at least the persistence time, measured between the first and the latest
 * holding sample of a run with no clear sample in it, so one noisy frame never fires at any frame
 * rate. A firing episode ends when the condition has been clear for the release time, so one good
 * frame does not split it; during a clear stretch, one holding sample alone does not resume it (two
 * in a row do), so one noisy frame does not prolong it either. It is reported from its first to its
 * last holding sample, with every value measured while it held and the worst of them.
 *
 * <p>Each frame says {@link Condition#HOLDS}, {@link Condition#CLEAR} or {@link Condition#UNKNOWN}
 * (the quantity could not be measured: keypoints not seen, a view that cannot show it, too little
 * confidence). An unknown frame is treated exactly like a frame that never arrived: it neither holds
 * nor clears, so it never completes the persistence (only a holding sample fires) or the release
 * (only a clear sample ends an episode), and it does not split a run or an episode. A keypoint
 * flickering around the visibility threshold during one fault therefore gives one episode, not
 * two; and the engine still never flags what it cannot see, because only holding samples fire.
 *
 * <p>Policies, driven by timestamps: no measured sample (holding or clear) for longer than the
 * persistence time, whether frames stopped coming or kept coming unknown, is a gap: it drops a
 * condition not yet fired (it was not seen to persist) and ends a firing episode at its last
 * holding sample, reported at the sample that shows the gap. A repeated timestamp is ignored; an
 * earlier one ends a firing episode (the stream started over) and drops one not yet fired.
 */
public final class Debouncer {
    /**
     * The least persistence allowed: issue 5, "the condition must persist (&ge; 200 ms) before it
     * fires; one noisy frame never flags". The shipped {@code flags.debounce} threshold uses it.
     */
    public static final long MIN_PERSISTENCE_MICROS = 200_000;

    private final String condition;
    private final long persistenceMicros;
    private final long releaseMicros;
    private final Worse worse;
    private final StreamClock clock = new StreamClock();

    private enum State { IDLE, CANDIDATE, FIRING }

    private State state = State.IDLE;
    private final List<TimedValue> samples = new ArrayList<>();
    /** The latest sample that was measured (held or clear); unknown ones are not counted. */
    private long lastMeasuredMicros;
    /** While firing and the condition is absent: when it first was. */
    private boolean absent;
    private long absentSinceMicros;
    /** While absent: a single holding sample, which resumes the episode only if the next one holds too. */
    private TimedValue returning;

    /**
     * @param condition the name carried by the episodes (a flag kind)
     * @param persistenceMicros how long the condition must hold before it fires; at least {@link #MIN_PERSISTENCE_MICROS}
     * @param releaseMicros how long it must be absent before a firing episode ends; 0 ends it on the first absent sample
     * @param worse which way the value gets worse
     */
    public Debouncer(String condition, long persistenceMicros, long releaseMicros, Worse worse) {
        this.condition = Objects.requireNonNull(condition, "condition");
        this.worse = Objects.requireNonNull(worse, "worse");
        if (persistenceMicros < MIN_PERSISTENCE_MICROS) {
            throw new IllegalArgumentException(condition + ": a condition must persist at least "
                    + Numbers.millis(MIN_PERSISTENCE_MICROS) + " before it fires (issue 5), not "
                    + Numbers.millis(persistenceMicros));
        }
        if (releaseMicros < 0) {
            throw new IllegalArgumentException(condition + ": the release time cannot be negative ("
                    + Numbers.millis(releaseMicros) + ")");
        }
        this.persistenceMicros = persistenceMicros;
        this.releaseMicros = releaseMicros;
    }

    /**
     * One frame whose condition was measured: {@code holds} is {@link Condition#HOLDS}, otherwise
     * {@link Condition#CLEAR}. A caller that knows when it could not measure should say
     * {@link Condition#UNKNOWN} through {@link #update(long, Condition, double)} instead of false.
     */
    public List<DebounceEvent> update(long timestampMicros, boolean holds, double value) {
        return update(timestampMicros, Condition.measured(holds), value);
    }

    /**
     * One frame.
     *
     * @param condition whether the condition holds in this frame, is clear, or could not be measured
     * @param value the measured value; used only when the condition {@link Condition#HOLDS}, and then it must be finite
     */
    public List<DebounceEvent> update(long timestampMicros, Condition condition, double value) {
        Objects.requireNonNull(condition, "condition");
        if (condition == Condition.HOLDS && !Double.isFinite(value)) {
            throw new IllegalArgumentException(this.condition + ": a condition that holds needs a finite value, not " + value);
        }
        List<DebounceEvent> out = new ArrayList<>(1);
        switch (clock.advance(timestampMicros)) {
            case REPEATED -> {
                return List.of();
            }
            case BACKWARD -> {
                endOrDrop(timestampMicros, out);
                lastMeasuredMicros = timestampMicros;
            }
            case FIRST -> {
                state = State.IDLE;
                lastMeasuredMicros = timestampMicros;
            }
            case FORWARD -> {
                if (timestampMicros - lastMeasuredMicros > persistenceMicros) {
                    endOrDrop(timestampMicros, out); // a gap: not seen to persist
                }
            }
        }
        switch (condition) {
            case HOLDS -> {
                lastMeasuredMicros = timestampMicros;
                onHolds(timestampMicros, value, out);
            }
            case CLEAR -> {
                lastMeasuredMicros = timestampMicros;
                onClear(timestampMicros, out);
            }
            case UNKNOWN -> {
                // as if the frame had not come: only the gap check above applies
            }
        }
        return List.copyOf(out);
    }

    /** The end of the stream: a firing episode ends at its last holding sample. */
    public List<DebounceEvent> finish() {
        List<DebounceEvent> out = new ArrayList<>(1);
        endOrDrop(clock.started() ? clock.lastMicros() : 0, out);
        clock.reset();
        return List.copyOf(out);
    }

    public void reset() {
        state = State.IDLE;
        samples.clear();
        absent = false;
        returning = null;
        clock.reset();
    }

    /** Whether an episode has fired and not yet ended. */
    public boolean isFiring() {
        return state == State.FIRING;
    }

    public String condition() {
        return condition;
    }

    private void onHolds(long t, double value, List<DebounceEvent> out) {
        switch (state) {
            case IDLE -> {
                samples.clear();
                samples.add(new TimedValue(t, value));
                state = State.CANDIDATE;
                fireIfPersisted(t, out);
            }
            case CANDIDATE -> {
                samples.add(new TimedValue(t, value));
                fireIfPersisted(t, out);
            }
            case FIRING -> {
                TimedValue sample = new TimedValue(t, value);
                if (!absent) {
                    samples.add(sample);
                } else if (returning != null) {
                    samples.add(returning);
                    samples.add(sample);
                    absent = false;
                    returning = null;
                } else if (t - absentSinceMicros >= releaseMicros) {
                    endOrDrop(t, out); // released: this sample may begin the next episode
                    onHolds(t, value, out);
                } else {
                    returning = sample;
                }
            }
        }
    }

    private void onClear(long t, List<DebounceEvent> out) {
        switch (state) {
            case IDLE -> {
            }
            case CANDIDATE -> {
                state = State.IDLE;
                samples.clear();
            }
            case FIRING -> {
                if (!absent) {
                    absent = true;
                    absentSinceMicros = t;
                }
                returning = null;
                if (t - absentSinceMicros >= releaseMicros) {
                    endOrDrop(t, out);
                }
            }
        }
    }

    private void fireIfPersisted(long t, List<DebounceEvent> out) {
        long start = samples.get(0).timestampMicros();
        if (t - start >= persistenceMicros) {
            state = State.FIRING;
            absent = false;
            returning = null;
            out.add(new DebounceEvent.Fired(t, condition, start, new Episode(condition, worse, samples).worst()));
        }
    }

    private void endOrDrop(long t, List<DebounceEvent> out) {
        if (state == State.FIRING) {
            out.add(new DebounceEvent.Ended(t, new Episode(condition, worse, samples)));
        }
        state = State.IDLE;
        samples.clear();
        absent = false;
        returning = null;
    }
}
