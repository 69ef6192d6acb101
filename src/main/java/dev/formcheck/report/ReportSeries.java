package dev.formcheck.report;

import dev.formcheck.analysis.exercise.FaultSignal;
import dev.formcheck.analysis.exercise.FlagKind;
import dev.formcheck.analysis.exercise.RepResult;
import dev.formcheck.kinematics.BodySide;
import dev.formcheck.kinematics.KinematicFrame;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;

/**
 * The per-frame numbers the report charts and labels, each read the way the engine reads it (the
 * same {@link FaultSignal}s with the same context), so a chart's line crosses a threshold exactly
 * where a flag starts.
 */
final class ReportSeries {
    private final RecordingEvidence evidence;

    ReportSeries(RecordingEvidence evidence) {
        this.evidence = evidence;
    }

    /** The back's flexion from neutral, degrees: + rounded, - arched; empty where it could not be judged. */
    OptionalDouble back(int frame) {
        return FaultSignal.SPINE_FLEXION.measure(evidence.kinematics().get(frame), evidence.signals()).degrees();
    }

    /** The hips against a straight body line, degrees: + sagging, - piked. */
    OptionalDouble bodyLine(int frame) {
        return FaultSignal.HIP_SAG.measure(evidence.kinematics().get(frame), evidence.signals()).degrees();
    }

    /** A fault's size in a frame, by the signal its check reads; empty for a fault judged per rep. */
    OptionalDouble faultSize(FlagKind kind, int frame) {
        Optional<FaultSignal> signal = switch (kind) {
            case ROUNDED_BACK -> Optional.of(FaultSignal.SPINE_FLEXION);
            case LUMBAR_HYPEREXTENSION -> Optional.of(FaultSignal.SPINE_EXTENSION);
            case LOST_NEUTRAL_SPINE -> Optional.of(FaultSignal.SPINE_DEPARTURE);
            case HIPS_SAGGING -> Optional.of(FaultSignal.HIP_SAG);
            case HIPS_PIKED -> Optional.of(FaultSignal.HIP_PIKE);
            case HEAD_DROP -> Optional.of(FaultSignal.HEAD_DROP);
            case TORSO_LEAN -> Optional.of(FaultSignal.TORSO_LEAN);
            case KNEE_CAVE -> Optional.of(FaultSignal.KNEE_CAVE);
            default -> Optional.empty();
        };
        return signal.map(s -> s.measure(evidence.kinematics().get(frame), evidence.signals()).degrees())
                .orElse(OptionalDouble.empty());
    }

    /**
     * The quantity reps are counted on, by the name the engine gives it; empty for a name this
     * report does not know how to read (an exercise added later), which then gets no movement chart.
     */
    Optional<Function<KinematicFrame, OptionalDouble>> movement(List<RepResult> reps) {
        if (reps.isEmpty()) {
            return Optional.empty();
        }
        return switch (reps.get(0).signalName()) {
            case "thigh inclination" -> Optional.of(f -> f.angles().thighInclination().valueIfPresent());
            case "hip angle" -> Optional.of(f -> f.angles().hip().valueIfPresent());
            case "elbow angle" -> Optional.of(ReportSeries::nearElbow);
            case "knee angle" -> Optional.of(f -> f.angles().knee().valueIfPresent());
            default -> Optional.empty();
        };
    }

    /** The elbow on the side towards the camera; either when the side is unknown. */
    static OptionalDouble nearElbow(KinematicFrame f) {
        OptionalDouble left = f.angles().leftElbow().valueIfPresent();
        OptionalDouble right = f.angles().rightElbow().valueIfPresent();
        if (f.side().isPresent()) {
            return f.side().get() == BodySide.LEFT ? left : right;
        }
        return left.isPresent() ? left : right;
    }

    long[] times() {
        long[] t = new long[evidence.poses().size()];
        for (int i = 0; i < t.length; i++) {
            t[i] = evidence.poses().get(i).timestampMicros();
        }
        return t;
    }

    OptionalDouble[] each(java.util.function.IntFunction<OptionalDouble> value) {
        OptionalDouble[] v = new OptionalDouble[evidence.poses().size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = value.apply(i);
        }
        return v;
    }

    static boolean anyPresent(OptionalDouble[] values) {
        for (OptionalDouble v : values) {
            if (v.isPresent()) {
                return true;
            }
        }
        return false;
    }
}
