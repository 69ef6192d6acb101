package dev.formcheck.analysis.exercise;

import dev.formcheck.analysis.HoldEvent;
import dev.formcheck.analysis.HoldObservation;
import dev.formcheck.analysis.HoldTimer;
import dev.formcheck.analysis.HysteresisSwitch;
import dev.formcheck.kinematics.KinematicFrame;
import dev.formcheck.kinematics.Measurement;

import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Follows a held position: the incline and the line each through a hysteresis switch, and the
 * hold timer over whether both are in position (and the form good).
 */
final class HeldPositionFollower {
    private final Movement.HeldPosition position;
    private final HysteresisSwitch inclineSwitch;
    private final HysteresisSwitch lineSwitch;
    private final HoldTimer holdTimer;

    HeldPositionFollower(Movement.HeldPosition position) {
        this.position = position;
        this.inclineSwitch = new HysteresisSwitch(position.inclineOn(), position.inclineOff());
        this.lineSwitch = new HysteresisSwitch(position.lineOn(), position.lineOff());
        this.holdTimer = new HoldTimer(position.minHoldMicros(), position.graceMicros());
    }

    /** Where this frame is in the hold; {@code goodForm} is asked only when the position can be seen. */
    MovementScope follow(KinematicFrame frame, BooleanSupplier goodForm, Consumer<HoldEvent> events) {
        Measurement incline = position.incline().of(frame);
        Measurement line = position.line().of(frame);
        HoldObservation seen;
        if (!incline.isPresent() || !line.isPresent()) {
            seen = HoldObservation.NOT_VISIBLE;
        } else {
            boolean flat = inclineSwitch.update(incline.valueIfPresent().getAsDouble());
            boolean straight = lineSwitch.update(line.valueIfPresent().getAsDouble());
            seen = HoldObservation.of(flat && straight, goodForm.getAsBoolean());
        }
        holdTimer.update(frame.timestampMicros(), seen).forEach(events);
        return MovementScope.ofHold(seen.inPosition(), incline.valueIfPresent());
    }

    /** Closes the hold in progress, as at the end of a stream. */
    List<HoldEvent> finish() {
        return holdTimer.finish();
    }

    /** A new segment: the switches start from out of position. */
    void resetSwitches() {
        inclineSwitch.reset();
        lineSwitch.reset();
    }
}
