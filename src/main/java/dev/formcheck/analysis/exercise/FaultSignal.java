package dev.formcheck.analysis.exercise;

import dev.formcheck.kinematics.KinematicFrame;
import dev.formcheck.kinematics.SpineEstimate;

import java.util.Optional;

/**
 * How big one kind of fault is in a frame. The shipped signals are constants here; each reads one
 * quantity of {@link KinematicFrame} (see {@code docs/kinematics.md}) and turns it into degrees
 * the faulty way.
 */
@FunctionalInterface
public interface FaultSignal {
    Magnitude measure(KinematicFrame frame, SignalContext context);

    /** Said when a spine estimate exists but is too unsure to judge. */
    String UNSURE_ABOUT_BACK = "I can't judge your back well enough from here - turn side-on, in good light";
    /** Said when a check needs the user's own neutral. */
    String NEEDS_CALIBRATION = "Calibrate (formcheck calibrate --pose stance) so I know your neutral spine";

    /** Spine flexion from neutral (a rounded back), when the estimate is trusted. */
    FaultSignal SPINE_FLEXION = (frame, context) -> spine(frame, context, e -> Magnitude.of(e.flexionDegrees()));

    /** Spine extension from neutral (an arched back), when the estimate is trusted. */
    FaultSignal SPINE_EXTENSION = (frame, context) -> spine(frame, context, e -> Magnitude.of(-e.flexionDegrees()));

    /** Departure from the user's calibrated neutral either way; unknown until they have calibrated. */
    FaultSignal SPINE_DEPARTURE = (frame, context) -> context.neutral().isCalibrated()
            ? spine(frame, context, e -> Magnitude.of(Math.abs(e.flexionDegrees())))
            : Magnitude.unknown(NEEDS_CALIBRATION);

    /** How far the hips sit below the shoulder-ankle line: body line minus straight. */
    FaultSignal HIP_SAG = (frame, context) -> Magnitude.from(frame.angles().bodyLineToAnkle(), line -> line - 180);

    /** How far the hips sit above the shoulder-ankle line: straight minus body line. */
    FaultSignal HIP_PIKE = (frame, context) -> Magnitude.from(frame.angles().bodyLineToAnkle(), line -> 180 - line);

    /** How far the head line (ear-shoulder-hip) has dropped below the person's neutral head line. */
    FaultSignal HEAD_DROP = (frame, context) -> Magnitude.from(frame.angles().headNeck(),
            line -> context.neutral().headLineDegrees() - line);

    private static Magnitude spine(KinematicFrame frame, SignalContext context,
                                   java.util.function.Function<SpineEstimate, Magnitude> size) {
        Optional<SpineEstimate> estimate = frame.spine().estimateIfPresent();
        if (estimate.isEmpty()) {
            return Magnitude.unknown(frame.spine().whyMissing().orElse(UNSURE_ABOUT_BACK));
        }
        if (estimate.get().confidence() < context.minSpineConfidence()) {
            return Magnitude.unknown(UNSURE_ABOUT_BACK);
        }
        return size.apply(estimate.get());
    }
}
