package dev.formcheck.analysis;

/** What an {@link ActiveSet} reports: sets opening and closing, and the fate of each flag episode. */
public sealed interface ActiveSetEvent {
    /** The first rep or hold of a set started at {@code startMicros}. */
    record SetOpened(long startMicros) implements ActiveSetEvent {
    }

    /** The set is over: longer than the maximum break has passed since its last activity, or the stream ended. */
    record SetClosed(SetWindow set) implements ActiveSetEvent {
    }

    /** An episode inside a set, clipped to it: this is a flag to report. */
    record FlagKept(Episode episode, SetWindow set) implements ActiveSetEvent {
    }

    /** An episode that is not reported, and why. */
    record FlagDiscarded(Episode episode, DiscardReason reason) implements ActiveSetEvent {
    }

    enum DiscardReason {
        /** Entirely outside every active set: walking in, setting up, resting, walking out. */
        OUTSIDE_ACTIVE_SET,
        /** It reached into a set, but its part inside lasts less than the debounce time. */
        TOO_SHORT_INSIDE_SET
    }
}
