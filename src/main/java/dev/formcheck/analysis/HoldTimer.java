package dev.formcheck.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Times holds of a position (a plank). Being in position is believed once two consecutive samples
 * say so; one sample alone never starts, continues or resumes a hold.
 *
 * <p>A hold begins at the first of those samples and is reported ({@link HoldEvent.HoldStarted})
 * once its time in position reaches the minimum, so passing through the position on the way down
 * or up is never a hold. It adds up time in position and, within it, time with good form (the
 * caller judges form per frame), and keeps time out of sight apart. It ends when the person has
 * been out of position, or out of sight, for longer than the grace period, and is dated to end at
 * the first sample that was no longer in position; a shorter excursion is not time in position but
 * does not end it (nor a hold not yet reported).
 *
 * <p>Policies, driven by timestamps: time between two samples is credited to what the earlier one
 * saw; a pause between samples longer than the grace period is a gap that ends a hold where it
 * was last seen; a repeated timestamp is ignored; an earlier one ends the hold in progress (the
 * stream started over) and starts afresh.
 */
public final class HoldTimer {
    private final long minHoldMicros;
    private final long graceMicros;
    private final StreamClock clock = new StreamClock();

    private enum State { IDLE, CANDIDATE, HOLDING }

    /** Time in position, with good form and out of sight, from the start of a hold. */
    private record Totals(long inPosition, long good, long notVisible) {
        static final Totals ZERO = new Totals(0, 0, 0);

        Totals plus(HoldObservation seen, long dt) {
            return switch (seen) {
                case IN_POSITION_GOOD_FORM -> new Totals(inPosition + dt, good + dt, notVisible);
                case IN_POSITION_POOR_FORM -> new Totals(inPosition + dt, good, notVisible);
                case NOT_VISIBLE -> new Totals(inPosition, good, notVisible + dt);
                case OUT_OF_POSITION -> this;
            };
        }
    }

    private State state = State.IDLE;
    private long startMicros;
    private Totals totals = Totals.ZERO;
    /** The previous sample. */
    private long lastMicros;
    private HoldObservation last;
    /** An excursion out of position within a hold: when it began and the totals then. */
    private boolean away;
    private long awaySinceMicros;
    private Totals atAway = Totals.ZERO;

    /**
     * @param minHoldMicros how long the position must be held before it is a hold
     * @param graceMicros how long the person may be out of position or out of sight without ending the hold
     */
    public HoldTimer(long minHoldMicros, long graceMicros) {
        if (minHoldMicros < 0 || graceMicros < 0) {
            throw new IllegalArgumentException("the minimum hold (" + minHoldMicros + " us) and the grace period ("
                    + graceMicros + " us) cannot be negative");
        }
        this.minHoldMicros = minHoldMicros;
        this.graceMicros = graceMicros;
    }

    public List<HoldEvent> update(long timestampMicros, HoldObservation observation) {
        Objects.requireNonNull(observation, "observation");
        List<HoldEvent> out = new ArrayList<>(2);
        switch (clock.advance(timestampMicros)) {
            case REPEATED -> {
                return List.of();
            }
            case BACKWARD, FIRST -> {
                end(timestampMicros, out);
                last = null;
            }
            case FORWARD -> {
                long dt = timestampMicros - lastMicros;
                if (dt > graceMicros) {
                    end(timestampMicros, out); // a gap: the hold ends where it was last seen
                    last = null;
                } else if (state != State.IDLE) {
                    totals = totals.plus(last, dt);
                }
            }
        }
        step(timestampMicros, observation, out);
        lastMicros = timestampMicros;
        last = observation;
        return List.copyOf(out);
    }

    /** The end of the stream: a hold in progress ends where it was last in position. */
    public List<HoldEvent> finish() {
        List<HoldEvent> out = new ArrayList<>(1);
        end(clock.started() ? clock.lastMicros() : lastMicros, out);
        clock.reset();
        last = null;
        return List.copyOf(out);
    }

    public void reset() {
        state = State.IDLE;
        last = null;
        clock.reset();
    }

    /** The hold in progress, as if it ended now; empty before one has been reported. */
    public Optional<Hold> current() {
        return state == State.HOLDING ? Optional.of(hold()) : Optional.empty();
    }

    private void step(long t, HoldObservation o, List<HoldEvent> out) {
        boolean twiceInPosition = o.inPosition() && last != null && last.inPosition();
        if (state == State.IDLE) {
            if (twiceInPosition) {
                state = State.CANDIDATE;
                startMicros = lastMicros;
                totals = Totals.ZERO.plus(last, t - lastMicros);
                away = false;
                confirmIfHeld(t, out);
            }
            return;
        }
        if (!o.inPosition()) {
            if (!away) {
                away = true;
                awaySinceMicros = t;
                atAway = totals;
            }
        } else if (away && twiceInPosition) {
            away = false;
        }
        if (away && t - awaySinceMicros > graceMicros) {
            end(t, out);
        } else if (!away && state == State.CANDIDATE) {
            confirmIfHeld(t, out);
        }
    }

    private void confirmIfHeld(long t, List<HoldEvent> out) {
        if (totals.inPosition() >= minHoldMicros) {
            state = State.HOLDING;
            out.add(new HoldEvent.HoldStarted(t, startMicros));
        }
    }

    /** Ends a reported hold (reporting it) or drops one not yet reported. */
    private void end(long t, List<HoldEvent> out) {
        if (state == State.HOLDING) {
            out.add(new HoldEvent.HoldEnded(t, hold()));
        }
        state = State.IDLE;
        away = false;
    }

    /** The hold so far; during an excursion, as it was when the excursion began. */
    private Hold hold() {
        Totals t = away ? atAway : totals;
        return new Hold(startMicros, away ? awaySinceMicros : lastMicros, t.inPosition(), t.good(), t.notVisible());
    }
}
