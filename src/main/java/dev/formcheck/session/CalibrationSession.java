package dev.formcheck.session;

import dev.formcheck.analysis.calibration.CalibrationCriteria;
import dev.formcheck.analysis.calibration.CalibrationOutcome;
import dev.formcheck.analysis.calibration.CalibrationRun;
import dev.formcheck.analysis.calibration.CalibrationSample;
import dev.formcheck.analysis.calibration.SittingCalibration;
import dev.formcheck.analysis.calibration.StanceCalibration;
import dev.formcheck.analysis.calibration.Stillness;
import dev.formcheck.analysis.thresholds.Provenance;
import dev.formcheck.analysis.thresholds.SittingBaseline;
import dev.formcheck.analysis.thresholds.StanceNeutral;
import dev.formcheck.desk.CameraFrame;
import dev.formcheck.desk.DeskBaseline;
import dev.formcheck.desk.DeskMeasurement;
import dev.formcheck.desk.DeskMeasurer;
import dev.formcheck.desk.DeskView;
import dev.formcheck.desk.SittingBlocks;
import dev.formcheck.kinematics.KinematicFrame;
import dev.formcheck.kinematics.Kinematics;
import dev.formcheck.kinematics.KinematicsSettings;
import dev.formcheck.pose.tracking.TrackedPose;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A neutral posture measured from tracked poses: a stream measured as one, or photos each alone.
 * The camera, the video or the photos are the front end's; what is accepted, and the block that
 * is stored, is decided here. {@code frame} is the size of the frames measured, which a desk
 * baseline remembers so that a camera of another size is noticed.
 */
public final class CalibrationSession {
    private CalibrationSession() {
    }

    /** Kinematics over a stream, or over each photo alone ({@code eachAlone}). */
    public static List<CalibrationSample> measure(List<TrackedPose> tracked, boolean eachAlone) {
        List<CalibrationSample> samples = new ArrayList<>();
        Kinematics kinematics = Kinematics.withDefaults();
        for (TrackedPose t : tracked) {
            if (eachAlone) {
                kinematics = new Kinematics(KinematicsSettings.defaults());
            }
            KinematicFrame frame = kinematics.next(t);
            samples.add(t instanceof TrackedPose.PersonFound found ? CalibrationSample.of(frame, found.smoothed())
                    : new CalibrationSample(frame, Optional.empty()));
        }
        return samples;
    }

    /**
     * Why these samples are not one person holding still (walking, turning, a second person), if
     * they are not; checked before any baseline, fallback included, is accepted.
     */
    public static Optional<String> whyNotStill(List<CalibrationSample> samples, CalibrationCriteria criteria) {
        return Stillness.whyNot(samples, criteria);
    }

    /** Standing side-on: the stance neutral, or why not. */
    public static CalibrationOutcome<StanceNeutral> stance(List<CalibrationSample> samples, CalibrationCriteria criteria,
                                                           CalibrationRun run) {
        return StanceCalibration.measure(samples, criteria, run);
    }

    /**
     * Sitting upright: the side-on baseline with the desk monitor's own baseline from the same poses
     * in the same block. A webcam on the monitor sees no hips, so when the side-on measure is refused
     * but the desk monitor saw a front view, the front view alone is the baseline.
     */
    public static CalibrationOutcome<SittingBaseline> sitting(List<CalibrationSample> samples, CalibrationCriteria criteria,
                                                              CalibrationRun run, boolean photos,
                                                              Optional<CameraFrame> frame) {
        CalibrationOutcome<SittingBaseline> outcome = SittingCalibration.measure(samples, criteria, run);
        Optional<DeskBaseline> desk = DeskBaseline.ofMostCommonView(deskMeasurements(samples, photos),
                criteria.minFrames(), Optional.of(run.measuredAt()), run.source());
        if (outcome instanceof CalibrationOutcome.Accepted<SittingBaseline> accepted) {
            SittingBaseline block = desk.map(d -> SittingBlocks.withDesk(accepted.block(), d, frame)).orElse(accepted.block());
            return new CalibrationOutcome.Accepted<>(block, accepted.framesSeen());
        }
        if (desk.isPresent() && desk.get().view() == DeskView.FRONT) {
            SittingBaseline block = SittingBlocks.of(desk.get(),
                    new Provenance(run.measuredAt(), run.source(), desk.get().frames(), run.model()), frame);
            return new CalibrationOutcome.Accepted<>(block, samples.size());
        }
        return outcome;
    }

    /** The desk monitor's measurements of the same poses: a stream measured as one, photos each alone. */
    private static List<DeskMeasurement> deskMeasurements(List<CalibrationSample> samples, boolean eachAlone) {
        DeskMeasurer stream = new DeskMeasurer();
        return samples.stream().map(s -> s.pose()
                .map(p -> eachAlone ? DeskMeasurer.ofStill(p) : stream.measure(p))
                .orElseGet(() -> DeskMeasurement.nobody(s.frame().timestampMicros()))).toList();
    }
}
