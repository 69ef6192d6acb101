package dev.formcheck.desk;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A state with its lean: exactly LEANING has one.
 */
public record Posture(DeskState state, Optional<Lean> lean) {
    public static final Posture UPRIGHT = new Posture(DeskState.UPRIGHT, Optional.empty());
    public static final Posture SLOUCHED = new Posture(DeskState.SLOUCHED, Optional.empty());
    public static final Posture FORWARD_HEAD = new Posture(DeskState.FORWARD_HEAD, Optional.empty());
    public static final Posture AWAY = new Posture(DeskState.AWAY, Optional.empty());

    public Posture {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(lean, "lean");
        if ((state == DeskState.LEANING) != lean.isPresent()) {
            throw new IllegalArgumentException("exactly LEANING has a lean, not " + state + " with " + lean);
        }
    }

    public static Posture leaning(Lean lean) {
        return new Posture(DeskState.LEANING, Optional.of(lean));
    }

    public boolean isPoor() {
        return state.isPoor(lean);
    }

    /** "UPRIGHT", "LEANING back". */
    public String display() {
        return lean.map(l -> state.name() + " " + l.name().toLowerCase(Locale.ROOT)).orElse(state.name());
    }
}
