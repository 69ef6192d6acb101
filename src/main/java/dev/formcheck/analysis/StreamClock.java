package dev.formcheck.analysis;

/**
 * The one timestamp policy of the analysis engine, as the tracker has it (decision 0004): a
 * repeated timestamp is a duplicated frame and is ignored; an earlier one means the stream
 * started over (a looped or seeked file), so the state machine starts over from that sample.
 */
final class StreamClock {
    enum Step {
        /** The first timestamp since construction, {@code reset()} or {@code finish()}. */
        FIRST,
        /** Later than the previous one: the normal case. */
        FORWARD,
        /** Equal to the previous one: a duplicated frame, to be ignored. */
        REPEATED,
        /** Earlier than the previous one: the stream started over. */
        BACKWARD
    }

    private boolean started;
    private long lastMicros;

    /** Classifies {@code micros} against the previous timestamp and, unless repeated, makes it the latest. */
    Step advance(long micros) {
        if (!started) {
            started = true;
            lastMicros = micros;
            return Step.FIRST;
        }
        if (micros == lastMicros) {
            return Step.REPEATED;
        }
        Step step = micros > lastMicros ? Step.FORWARD : Step.BACKWARD;
        lastMicros = micros;
        return step;
    }

    boolean started() {
        return started;
    }

    long lastMicros() {
        return lastMicros;
    }

    void reset() {
        started = false;
        lastMicros = 0;
    }
}
