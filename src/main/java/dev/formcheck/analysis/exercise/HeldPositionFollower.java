package dev.formcheck.analysis.exercise;

import dev.formcheck.analysis.HoldEvent;
import dev.formcheck.analysis.HoldObservation;
import dev.formcheck.analysis.HoldTimer;
import dev.formcheck.analysis.HysteresisSwitch;
import dev.formcheck.kinematics.BodySide;
import dev.formcheck.kinematics.KinematicFrame;
import dev.formcheck.kinematics.Measurement;

import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Follows a held position: the incline and the line each through a hysteresis switch, and the
 * hold timer over whether both are in position (and the form good). For a position held on each
 * side in turn, it also counts which side the body rests on in the frames in position.
 */
final class HeldPositionFollower {
    private final Movement.HeldPosition position;
    private final HysteresisSwitch inclineSwitch;
    private final HysteresisSwitch lineSwitch;
    private final HoldTimer holdTimer;
    /** Frames in position resting on the left and on the right, since the last hold ended. */
    private int leftDown;
    private int rightDown;

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
        for (HoldEvent e : holdTimer.update(frame.timestampMicros(), seen)) {
            events.accept(e);
            if (e instanceof HoldEvent.HoldEnded) {
                forgetSide();
            }
        }
        if (position.perSide() && seen.inPosition()) {
            frame.frontalLine().sideDown().ifPresent(s -> {
                if (s == BodySide.LEFT) {
                    leftDown++;
                } else {
                    rightDown++;
                }
            });
        }
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
        forgetSide();
    }

    /**
     * The side the hold in progress (or the one just ending) rests on: the side seen in most of its
     * frames in position; empty for a position not held per side, or when no frame showed it.
     */
    Optional<BodySide> sideOfHold() {
        if (!position.perSide() || leftDown + rightDown == 0) {
            return Optional.empty();
        }
        return Optional.of(leftDown >= rightDown ? BodySide.LEFT : BodySide.RIGHT);
    }

    private void forgetSide() {
        leftDown = 0;
        rightDown = 0;
    }
}
