package dev.formcheck.synthetic;

/**
 * A fault to inject: on one rep, or over a span of a hold. Its size ramps in and out with the
 * movement, so it is at full size at the bottom of its rep (or through the middle of its span).
 */
public sealed interface Fault permits Fault.OnRep, Fault.DuringHold {
    FaultKind kind();

    double degrees();

    /**
     * On rep {@code rep} (1-based): growing from nothing as the rep starts to full size at its
     * bottom, and gone again as it ends.
     */
    record OnRep(FaultKind kind, int rep, double degrees) implements Fault {
        public OnRep {
            checkSize(kind, degrees);
            if (rep < 1) {
                throw new IllegalArgumentException("reps are numbered from 1, not " + rep);
            }
        }
    }

    /**
     * During a hold, from {@code fromSeconds} to {@code toSeconds} after the hold starts: at full
     * size between them, easing in over {@link #RAMP_S} before and out over as long after.
     */
    record DuringHold(FaultKind kind, double fromSeconds, double toSeconds, double degrees) implements Fault {
        /** Seconds a hold's fault takes to appear or go: a person sags or lifts over about a second. */
        public static final double RAMP_S = 0.8;

        public DuringHold {
            checkSize(kind, degrees);
            if (!(fromSeconds >= RAMP_S && toSeconds > fromSeconds && Double.isFinite(toSeconds))) {
                throw new IllegalArgumentException("a fault in a hold needs " + RAMP_S
                        + " s <= from < to (seconds into the hold), not " + fromSeconds + " to " + toSeconds);
            }
        }
    }

    private static void checkSize(FaultKind kind, double degrees) {
        if (kind == null) {
            throw new IllegalArgumentException("a fault needs a kind");
        }
        if (!(degrees > 0 && degrees <= kind.maxDegrees())) {
            throw new IllegalArgumentException(kind.id() + " must be more than 0 and at most " + kind.maxDegrees()
                    + " degrees, not " + degrees);
        }
    }
}
