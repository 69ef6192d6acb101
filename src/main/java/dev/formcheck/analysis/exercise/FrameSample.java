package dev.formcheck.analysis.exercise;

import java.util.OptionalDouble;

/**
 * The few numbers per frame that per-rep metrics are computed from, kept for the rep in progress.
 *
 * @param timestampMicros the frame's time
 * @param phaseSignal the value the phase machine counted on
 * @param thighInclination degrees the thigh points below horizontal (90 standing, 0 parallel)
 * @param spineFlexion trusted spine flexion from neutral (+ rounded), when judged
 * @param view the camera view of the frame
 * @param spineEvidence the estimate that read {@code spineFlexion}
 */
public record FrameSample(long timestampMicros, OptionalDouble phaseSignal, OptionalDouble thighInclination,
                          OptionalDouble spineFlexion, dev.formcheck.kinematics.CameraView view,
                          java.util.Optional<Evidence> spineEvidence, OptionalDouble bodyLineDeparture) {
    /** A sample without the body line (hand-built samples). */
    public FrameSample(long timestampMicros, OptionalDouble phaseSignal, OptionalDouble thighInclination,
                       OptionalDouble spineFlexion, dev.formcheck.kinematics.CameraView view,
                       java.util.Optional<Evidence> spineEvidence) {
        this(timestampMicros, phaseSignal, thighInclination, spineFlexion, view, spineEvidence, OptionalDouble.empty());
    }

    /** The numbers of one frame: the rep metrics read these, for a video's frames and a photo alike. */
    static FrameSample of(dev.formcheck.kinematics.KinematicFrame frame, OptionalDouble phaseSignal, SignalContext context) {
        Magnitude spine = FaultSignal.SPINE_FLEXION.measure(frame, context);
        Magnitude sag = FaultSignal.HIP_SAG.measure(frame, context);
        return new FrameSample(frame.timestampMicros(), phaseSignal, frame.angles().thighInclination().valueIfPresent(),
                spine.degrees(), frame.view().view(), spine.isKnown() ? spine.evidence() : java.util.Optional.empty(),
                sag.isKnown() ? OptionalDouble.of(Math.abs(sag.degrees().getAsDouble())) : OptionalDouble.empty());
    }

}
