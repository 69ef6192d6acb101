package dev.formcheck.analysis;

/** What a {@link PhaseMachine} reports, each with the timestamp of the sample that decided it. */
public sealed interface PhaseEvent {
    long timestampMicros();

    /**
     * The machine moved to another phase; the new phase is dated from {@code sinceMicros}, the first
     * of the samples that confirmed it. From {@link PhaseMachine#UNSETTLED} when the machine first
     * sees the rest phase.
     */
    record PhaseChanged(long timestampMicros, String from, String to, long sinceMicros) implements PhaseEvent {
    }

    /** A rep began at {@code startMicros}: its first working phase is confirmed. It ends in a completion or an abandonment. */
    record RepStarted(long timestampMicros, long startMicros) implements PhaseEvent {
    }

    /** A rep counted: its last working phase was left for the rest phase. */
    record RepCompleted(long timestampMicros, Rep rep) implements PhaseEvent {
    }

    /** A started rep that will not be counted, and why. */
    record RepAbandoned(long timestampMicros, Attempt attempt, AbandonReason reason) implements PhaseEvent {
    }

    /** The machine dropped its state and waits to see the rest phase again. */
    record Reset(long timestampMicros, ResetReason reason) implements PhaseEvent {
    }

    enum AbandonReason {
        /** The signal went back to the rest phase before the turning point. */
        RETURNED_TO_REST,
        /** No measurement for longer than the cycle's gap hold. */
        GAP,
        /** A timestamp earlier than the previous one: the stream started over. */
        STREAM_RESTARTED,
        /** {@link PhaseMachine#finish()} with a rep in progress. */
        END_OF_STREAM,
        /**
         * {@link PhaseMachine.RepStart#AT_TURN}: a rep that locked out stayed at rest longer than the
         * set break, so it was standing up after the set, not a pull.
         */
        RESTED_AT_LOCKOUT
    }

    enum ResetReason {
        /** No measurement for longer than the cycle's gap hold; the rep count is kept. */
        GAP,
        /** A timestamp earlier than the previous one; the machine starts over and counts from 0. */
        STREAM_RESTARTED
    }
}
