package dev.formcheck.feedback;

import dev.formcheck.analysis.exercise.FlagKind;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * What to say during a workout, and when to keep quiet. A fault's cue is said the first time it
 * is seen, then not again for the same fault until {@link #SAME_FAULT_QUIET_REPS} reps and
 * {@link #SAME_FAULT_QUIET_MICROS} have passed: a cue repeated every rep becomes noise. Nothing is
 * said within {@link #MIN_GAP_MICROS} of the last thing said. Praise is kept for a whole set
 * without a fault, so it means something. Times are the stream's, in microseconds.
 */
public final class Coach {
    /** Reps before the same fault is cued again. */
    public static final int SAME_FAULT_QUIET_REPS = 3;
    /** And at least this long: a slow set's three reps can pass in 9 s. */
    public static final long SAME_FAULT_QUIET_MICROS = 20_000_000;
    /** Between any two things said: a cue takes 1-2 s to speak. */
    public static final long MIN_GAP_MICROS = 3_000_000;
    /** Reps a clean set needs before it is praised: one good rep is not yet a good set. */
    public static final int PRAISE_MIN_REPS = 3;

    /** Something to say. */
    public record Utterance(String text, boolean praise) {
    }

    private final Map<FlagKind, Said> lastSaid = new EnumMap<>(FlagKind.class);
    private long lastUtterance = Long.MIN_VALUE / 2;
    private int repsSoFar;

    private record Said(long atMicros, int rep) {
    }

    /** A rep was counted. */
    public void repCounted() {
        repsSoFar++;
    }

    /** The engine cued a fault: what to say, if anything. */
    public Optional<Utterance> fault(FlagKind kind, String cue, long atMicros) {
        Said before = lastSaid.get(kind);
        boolean quietForThisFault = before == null || (repsSoFar - before.rep() >= SAME_FAULT_QUIET_REPS
                && atMicros - before.atMicros() >= SAME_FAULT_QUIET_MICROS);
        if (!quietForThisFault || atMicros - lastUtterance < MIN_GAP_MICROS) {
            return Optional.empty();
        }
        lastSaid.put(kind, new Said(atMicros, repsSoFar));
        lastUtterance = atMicros;
        return Optional.of(new Utterance(cue, false));
    }

    /** A set ended: praise when it had enough reps (or a hold) and no fault. */
    public Optional<Utterance> setEnded(int reps, long holdMicros, int faults, long atMicros) {
        boolean worked = reps >= PRAISE_MIN_REPS || holdMicros > 0;
        if (!worked || faults > 0 || atMicros - lastUtterance < MIN_GAP_MICROS) {
            return Optional.empty();
        }
        lastUtterance = atMicros;
        return Optional.of(new Utterance(holdMicros > 0 ? "Good hold. Your back stayed level." : "Good set. Your back stayed flat.", true));
    }
}
