package dev.formcheck.analysis.exercise;

import dev.formcheck.analysis.Crossing;
import dev.formcheck.analysis.PhaseCycle;
import dev.formcheck.analysis.PhaseMachine.RepStart;
import dev.formcheck.kinematics.KinematicFrame;
import dev.formcheck.kinematics.Measurement;

import java.util.List;

/** How an exercise moves: repetitions counted through phases, or a position held and timed. */
public sealed interface Movement {
    /**
     * Reps of one signal through a phase cycle, counted on the exit of the last working phase.
     *
     * @param signalName what the signal is, in words, for reports ("thigh inclination")
     * @param signal the signal
     * @param cycle its phases with enter thresholds and minimum times
     * @param bottomPhase the phase at the turning point, where depth is judged
     * @param repStart where a rep starts and ends: at rest (top, bottom, top), also at the turning
     *                 point where the stream first settles, or turning point to turning point (a
     *                 deadlift's floor, lockout, floor: {@link RepStart#AT_TURN}, decision 0018)
     * @param leftPosition the exercise's position, as the limits past which the body has left it (a
     *                     push-up's body folded onto the knees, or the trunk risen to kneel or stand):
     *                     a frame past any of them is no sample of the movement, so leaving the
     *                     position for longer than the cycle's gap hold ends the set (empty: no limit)
     * @param perSide for an exercise done one side at a time (a lunge), how a frame shows the side
     *                working: each rep is given the side its turning point shows most; empty otherwise
     */
    record Repetitions(String signalName, FrameQuantity signal, PhaseCycle cycle, String bottomPhase, RepStart repStart,
                       List<PositionLimit> leftPosition, java.util.Optional<SideReading> perSide)
            implements Movement {
        /** Reps done on no particular side. */
        public Repetitions(String signalName, FrameQuantity signal, PhaseCycle cycle, String bottomPhase, RepStart repStart,
                           List<PositionLimit> leftPosition) {
            this(signalName, signal, cycle, bottomPhase, repStart, leftPosition, java.util.Optional.empty());
        }

        public Repetitions {
            leftPosition = leftPosition == null ? null : List.copyOf(leftPosition);
            if (signalName == null || signal == null || cycle == null || bottomPhase == null || repStart == null
                    || leftPosition == null || perSide == null) {
                throw new IllegalArgumentException("repetitions need a signal, its name, a cycle, a bottom phase and "
                        + "where a rep starts");
            }
            if (cycle.working().stream().noneMatch(p -> p.name().equals(bottomPhase))) {
                throw new IllegalArgumentException("'" + bottomPhase + "' is not a working phase of " + cycle);
            }
        }

        /** Reps that start at rest (top, bottom, top), with no position limit. */
        public Repetitions(String signalName, FrameQuantity signal, PhaseCycle cycle, String bottomPhase) {
            this(signalName, signal, cycle, bottomPhase, RepStart.AT_REST, List.of());
        }

        /** Whether this frame is past one of the position's limits: the body has left the exercise's position. */
        public boolean outOfPosition(KinematicFrame frame) {
            for (PositionLimit limit : leftPosition) {
                Measurement m = limit.quantity().of(frame);
                if (m.isPresent() && limit.leftAt().isMetBy(m.valueIfPresent().getAsDouble())) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * One way of leaving an exercise's position: the quantity meeting the crossing. A quantity that is
     * not measured is no evidence of leaving.
     */
    record PositionLimit(String name, FrameQuantity quantity, Crossing leftAt) {
        public PositionLimit {
            if (name == null || quantity == null || leftAt == null) {
                throw new IllegalArgumentException("a position limit needs a name, a quantity and a crossing");
            }
        }
    }

    /**
     * A position held (a plank): in position while both switches are on. Each turns on at its
     * {@code on} crossing and off at its {@code off} one, so jitter at the edge changes nothing.
     */
    record HeldPosition(FrameQuantity incline, Crossing inclineOn, Crossing inclineOff,
                        FrameQuantity line, Crossing lineOn, Crossing lineOff,
                        long minHoldMicros, long graceMicros, boolean perSide) implements Movement {
        /** A position held on no particular side. */
        public HeldPosition(FrameQuantity incline, Crossing inclineOn, Crossing inclineOff,
                            FrameQuantity line, Crossing lineOn, Crossing lineOff, long minHoldMicros, long graceMicros) {
            this(incline, inclineOn, inclineOff, line, lineOn, lineOff, minHoldMicros, graceMicros, false);
        }

        public HeldPosition {
            if (incline == null || inclineOn == null || inclineOff == null || line == null || lineOn == null
                    || lineOff == null || minHoldMicros < 0 || graceMicros < 0) {
                throw new IllegalArgumentException("a held position needs both signals, their crossings, and "
                        + "non-negative minimum hold and grace");
            }
        }
    }
}
