package dev.formcheck.synthetic;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * What really happens in a rendered exercise scenario, for checking what the analysis makes of
 * it: when the body stands idle or gets into position (no flag belongs there), when the set runs,
 * each rep or hold, and every fault injected with its size and when it shows.
 *
 * @param before idle standing (and, for floor exercises, getting down) before the first rep or the hold
 * @param set from the start of the first rep (or the hold) to the end of the last
 * @param after getting up and idle standing after the set
 * @param reps every rep in order (empty for a hold)
 * @param holds the hold (empty for reps)
 */
public record ScenarioTruth(String name, Exercise exercise, double durationSeconds, double fps,
                            double cameraAzimuthDegrees, Span before, Span set, Span after,
                            List<RepTruth> reps, List<HoldTruth> holds) {
    public ScenarioTruth {
        reps = List.copyOf(reps);
        holds = List.copyOf(holds);
    }

    /** A stretch of time in seconds from the start of the video. */
    public record Span(double startSeconds, double endSeconds) {
        public Span {
            if (!(endSeconds >= startSeconds)) {
                throw new IllegalArgumentException("a span ends after it starts, not " + startSeconds + " to " + endSeconds);
            }
        }

        public boolean contains(double seconds) {
            return seconds >= startSeconds && seconds <= endSeconds;
        }

        public double seconds() {
            return endSeconds - startSeconds;
        }
    }

    /**
     * A fault as injected.
     *
     * @param degrees its full size
     * @param span while it is at least half its full size (it eases in before and out after)
     * @param peakSeconds a moment at which it is at full size
     */
    public record InjectedFault(FaultKind kind, double degrees, Span span, double peakSeconds) {
    }

    /**
     * One rep: leaving the top, the middle of the pause at the bottom, back at the top.
     *
     * @param index 1-based
     */
    public record RepTruth(int index, double startSeconds, double bottomSeconds, double endSeconds,
                           List<InjectedFault> faults) {
        public RepTruth {
            faults = List.copyOf(faults);
        }
    }

    /** A hold, from the moment the body is in position to the moment it starts to get up. */
    public record HoldTruth(double startSeconds, double endSeconds, List<InjectedFault> faults) {
        public HoldTruth {
            faults = List.copyOf(faults);
        }
    }

    /** Every injected fault, in time order. */
    public List<InjectedFault> faults() {
        return Stream.concat(reps.stream().flatMap(r -> r.faults().stream()), holds.stream().flatMap(h -> h.faults().stream()))
                .sorted(Comparator.comparingDouble(f -> f.span().startSeconds()))
                .toList();
    }
}
