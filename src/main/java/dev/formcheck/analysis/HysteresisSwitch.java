package dev.formcheck.analysis;

import java.util.Objects;

/**
 * A yes/no state of a scalar signal with a dead band: it turns on when {@code on} is met and off
 * only when {@code off} is met, so a value hovering between the two thresholds changes nothing.
 * Used for "in position" (a plank's body incline), which the {@link HoldTimer} then times.
 */
public final class HysteresisSwitch {
    private final Crossing on;
    private final Crossing off;
    private boolean state;

    /** Starts off. {@code off} must lie beyond {@code on} in its own direction: between them is the dead band. */
    public HysteresisSwitch(Crossing on, Crossing off) {
        this.on = Objects.requireNonNull(on, "on");
        this.off = Objects.requireNonNull(off, "off");
        if (on.side() == off.side() || !off.liesBeyond(on)) {
            throw new IllegalArgumentException("switching on at " + on + " and off at " + off
                    + " leaves no dead band between them; off must be the other way and beyond on");
        }
    }

    /** Updates and returns the state; NaN (no measurement) keeps it. */
    public boolean update(double value) {
        if (state ? off.isMetBy(value) : on.isMetBy(value)) {
            state = !state;
        }
        return state;
    }

    public boolean isOn() {
        return state;
    }

    public void reset() {
        state = false;
    }
}
