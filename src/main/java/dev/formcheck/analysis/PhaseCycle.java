package dev.formcheck.analysis;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The data that defines a repeated movement: a rest phase (standing, arms locked out) and the
 * working phases of one rep, in order. A rep leaves the rest phase into the first working phase,
 * goes on in the working direction to its turning point (the bottom), comes back, and is counted
 * when the last working phase is left for the rest phase again.
 *
 * <p>The cycle is checked when it is built, so a machine never runs a cycle that could flicker:
 * every phase must lie strictly beyond the one before it in its own direction (the gap between
 * an exit and the next entry is the hysteresis that keeps jitter from switching phases), the
 * working phases must first all go one way and then all come back, and the rest phase must be
 * entered from the side the reps come back to. Both directions work: a squat's knee angle falls
 * then rises; a signal that rises then falls is a cycle with the sides swapped.
 *
 * @param rest the phase between reps
 * @param working the phases of one rep, in order
 * @param gapHoldMicros how long a rep in progress survives without a measurement before the machine starts over
 */
public record PhaseCycle(Phase rest, List<Phase> working, long gapHoldMicros) {
    public PhaseCycle {
        Objects.requireNonNull(rest, "rest");
        working = List.copyOf(working);
        if (working.isEmpty()) {
            throw new IllegalArgumentException("a phase cycle needs at least one working phase after " + rest);
        }
        if (gapHoldMicros < 0) {
            throw new IllegalArgumentException("the gap hold cannot be negative (" + gapHoldMicros + " us)");
        }
        checkNames(rest, working);
        checkShape(rest, working);
    }

    /** Starts a cycle at its rest phase: {@code PhaseCycle.startingAt(...).then(...).then(...).build(gapHold)}. */
    public static Builder startingAt(String restName, Crossing enter, long minDurationMicros) {
        return new Builder(new Phase(restName, enter, minDurationMicros));
    }

    /** Rest first, then the working phases. */
    public List<Phase> phases() {
        List<Phase> all = new ArrayList<>(working.size() + 1);
        all.add(rest);
        all.addAll(working);
        return List.copyOf(all);
    }

    /** The side the first working phase is entered on: AT_OR_BELOW when the signal falls first. */
    public Crossing.Side workingSide() {
        return working.get(0).enter().side();
    }

    /** Whether the signal falls first (a squat's knee angle) rather than rises first. */
    public boolean fallsFirst() {
        return workingSide() == Crossing.Side.AT_OR_BELOW;
    }

    /** The index in {@link #working()} of the turning point: the last phase entered in the working direction. */
    public int turnIndex() {
        int i = 0;
        while (i + 1 < working.size() && working.get(i + 1).enter().side() == workingSide()) {
            i++;
        }
        return i;
    }

    private static void checkNames(Phase rest, List<Phase> working) {
        Set<String> names = new HashSet<>();
        for (Phase p : concat(rest, working)) {
            if (p.name().equals(PhaseMachine.UNSETTLED)) {
                throw new IllegalArgumentException("'" + PhaseMachine.UNSETTLED
                        + "' is the machine's own state before it has seen the rest phase; name the phase otherwise");
            }
            if (!names.add(p.name())) {
                throw new IllegalArgumentException("two phases are named '" + p.name() + "'");
            }
        }
    }

    private static void checkShape(Phase rest, List<Phase> working) {
        Crossing.Side workingSide = working.get(0).enter().side();
        if (rest.enter().side() == workingSide) {
            throw new IllegalArgumentException("the first working phase " + working.get(0) + " must leave the rest phase "
                    + rest + " in the other direction");
        }
        boolean returning = false;
        for (Phase p : working) {
            if (p.enter().side() != workingSide) {
                returning = true;
            } else if (returning) {
                throw new IllegalArgumentException(p + " goes back in the working direction after the rep has turned; "
                        + "a cycle goes one way, turns once and comes back");
            }
        }
        List<Phase> all = concat(rest, working);
        for (int i = 0; i < all.size(); i++) {
            Phase from = all.get(i);
            Phase to = all.get((i + 1) % all.size());
            if (!to.enter().liesBeyond(from.enter())) {
                throw new IllegalArgumentException(to + " must lie beyond " + from + ": "
                        + (to.enter().side() == Crossing.Side.AT_OR_BELOW ? "below " : "above ")
                        + Numbers.format(from.enter().threshold())
                        + ", so that a value between the two thresholds changes nothing (hysteresis)");
            }
        }
    }

    private static List<Phase> concat(Phase rest, List<Phase> working) {
        List<Phase> all = new ArrayList<>(working.size() + 1);
        all.add(rest);
        all.addAll(working);
        return all;
    }

    /** Adds working phases in order; {@link #build} checks the whole cycle. */
    public static final class Builder {
        private final Phase rest;
        private final List<Phase> working = new ArrayList<>();

        private Builder(Phase rest) {
            this.rest = rest;
        }

        public Builder then(String name, Crossing enter, long minDurationMicros) {
            working.add(new Phase(name, enter, minDurationMicros));
            return this;
        }

        public PhaseCycle build(long gapHoldMicros) {
            return new PhaseCycle(rest, working, gapHoldMicros);
        }
    }
}
