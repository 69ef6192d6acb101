package dev.formcheck.platform;

import java.util.Objects;

/** One signal as the OS reports it: on or off, or not known here (and why, in plain words). */
public sealed interface Reading permits Reading.Known, Reading.Unknown {
    Reading ON = new Known(true);
    Reading OFF = new Known(false);

    /** Whether the signal is known to be on now. */
    default boolean isOn() {
        return this instanceof Known k && k.on();
    }

    /** The OS said. */
    record Known(boolean on) implements Reading {
    }

    /**
     * The OS does not say here, or could not be asked.
     *
     * @param why the reason, a clause that completes "FormCheck cannot tell when ...: " (for example
     *            "no system message bus answers, so the login manager cannot be asked")
     */
    record Unknown(String why) implements Reading {
        public Unknown {
            Objects.requireNonNull(why, "why");
            if (why.isBlank()) {
                throw new IllegalArgumentException("an unknown reading says why");
            }
        }
    }
}
