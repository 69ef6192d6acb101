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

    /**
     * How long after anything else was said a rep's number may be said: a number takes half a
     * second to speak, and a cue or praise is not cut into.
     */
    public static final long REP_COUNT_GAP_MICROS = 1_000_000;
    /** The same "move back" is not repeated sooner than this while the person is getting into position. */
    public static final long POSITION_REPEAT_MICROS = 8_000_000;

    /** Said when a set's form breaks down (the article: quality over quantity). */
    public static final String STOP_THE_SET = "Stop the set. Your form is slipping.";

    /** What is said: a fault's cue (a short sound stands in where there is no voice), praise, or a count or instruction. */
    public enum Kind { CUE, PRAISE, COUNT }

    /** Something to say. */
    public record Utterance(String text, Kind kind) {
        public boolean praise() {
            return kind == Kind.PRAISE;
        }
    }

    private final Map<FlagKind, Said> lastSaid = new EnumMap<>(FlagKind.class);
    private long lastUtterance = Long.MIN_VALUE / 2;
    private int repsSoFar;
    private long lastCueOrPraise = Long.MIN_VALUE / 2;
    private int breakdownSaidInSet;
    private String lastPosition = "";
    private long lastPositionAt = Long.MIN_VALUE / 2;

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
        lastCueOrPraise = atMicros;
        return Optional.of(new Utterance(cue, Kind.CUE));
    }

    /** A rep was counted and the count is spoken (an option): its number, unless something was said just now. */
    public Optional<Utterance> repNumber(int repInSet, long atMicros) {
        return announce(Integer.toString(repInSet), atMicros);
    }

    /**
     * Hands-free set-up: what to fix to be in position, said when it changes or has not been said
     * for {@link #POSITION_REPEAT_MICROS}, never within {@link #MIN_GAP_MICROS} of anything else.
     */
    public Optional<Utterance> position(String instruction, long atMicros) {
        boolean fresh = !instruction.equals(lastPosition) || atMicros - lastPositionAt >= POSITION_REPEAT_MICROS;
        if (!fresh || atMicros - lastUtterance < MIN_GAP_MICROS) {
            return Optional.empty();
        }
        lastPosition = instruction;
        lastPositionAt = atMicros;
        lastUtterance = atMicros;
        return Optional.of(new Utterance(instruction, Kind.COUNT));
    }

    /** Something said at a moment of the workout's own (counting starts, rest is over): said unless a cue was just said. */
    public Optional<Utterance> announce(String text, long atMicros) {
        if (atMicros - lastUtterance < REP_COUNT_GAP_MICROS) {
            return Optional.empty();
        }
        lastUtterance = atMicros;
        return Optional.of(new Utterance(text, Kind.COUNT));
    }

    /**
     * The set's form has broken down: "stop the set", said once per set. It outranks a rep's
     * number, so it waits only for a cue or praise being said ({@link #MIN_GAP_MICROS}); until then
     * it is asked again with each frame.
     */
    public Optional<Utterance> formBrokeDown(int setIndex, long atMicros) {
        if (setIndex == breakdownSaidInSet || atMicros - lastCueOrPraise < MIN_GAP_MICROS) {
            return Optional.empty();
        }
        breakdownSaidInSet = setIndex;
        lastUtterance = atMicros;
        lastCueOrPraise = atMicros;
        return Optional.of(new Utterance(STOP_THE_SET, Kind.CUE));
    }

    /** A set ended: praise when it had enough reps (or a hold) and no fault. */
    public Optional<Utterance> setEnded(int reps, long holdMicros, int faults, long atMicros) {
        boolean worked = reps >= PRAISE_MIN_REPS || holdMicros > 0;
        if (!worked || faults > 0 || atMicros - lastUtterance < MIN_GAP_MICROS) {
            return Optional.empty();
        }
        lastUtterance = atMicros;
        lastCueOrPraise = atMicros;
        return Optional.of(new Utterance(holdMicros > 0 ? "Good hold. Your back stayed level." : "Good set. Your back stayed flat.", Kind.PRAISE));
    }
}
