package dev.formcheck.analysis.calibration;

import dev.formcheck.analysis.thresholds.SittingBaseline;
import dev.formcheck.kinematics.BodyAngles;
import dev.formcheck.kinematics.CameraView;
import dev.formcheck.kinematics.KinematicFrame;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The user's upright sitting baseline: the view the desk camera has (the one most frames show),
 * and, side-on or oblique, the median head line and trunk inclination over the frames of that
 * view where both were measured. A front view stores the view alone; the desk monitor adds its
 * front-view metrics to {@link SittingBaseline#metrics()}.
 */
public final class SittingCalibration {
    public static final String ADVICE = "Sit upright, side-on to the camera if you can, so your ear, shoulder and hip "
            + "are in view.";

    private SittingCalibration() {
    }

    public static CalibrationOutcome<SittingBaseline> measure(List<CalibrationSample> samples, CalibrationCriteria criteria,
                                                             CalibrationRun run) {
        Optional<String> restless = Stillness.whyNot(samples, criteria);
        if (restless.isPresent()) {
            return new CalibrationOutcome.Rejected<>("These frames are not a still neutral posture: " + restless.get());
        }
        String unit = criteria.minFrames() == CalibrationCriteria.MIN_FRAMES_PHOTOS ? "photos" : "frames";
        Optional<CameraView> view = mostCommonView(samples);
        if (view.isEmpty()) {
            Rejections none = new Rejections();
            samples.forEach(s -> none.add(s.frame().personFound() ? "too little of you was in view" : "no one was in view"));
            return new CalibrationOutcome.Rejected<>(none.message(unit, 0, samples.size(), criteria.minFrames(), ADVICE));
        }
        Rejections rejections = new Rejections();
        List<Double> headLines = new ArrayList<>();
        List<Double> trunks = new ArrayList<>();
        int kept = 0;
        for (CalibrationSample s : samples) {
            KinematicFrame f = s.frame();
            if (f.view().view() != view.get()) {
                rejections.add(f.personFound() ? "the view changed from the one most frames show" : "no one was in view");
                continue;
            }
            if (view.get() == CameraView.FRONT) {
                kept++;
                continue;
            }
            BodyAngles a = f.angles();
            if (!a.headNeck().isPresent() || !a.trunkInclination().isPresent()) {
                rejections.add("\"" + (a.headNeck().isPresent() ? a.trunkInclination() : a.headNeck()).whyMissing()
                        .orElseThrow() + "\"");
                continue;
            }
            kept++;
            headLines.add(a.headNeck().valueIfPresent().getAsDouble());
            trunks.add(a.trunkInclination().valueIfPresent().getAsDouble());
        }
        if (kept < criteria.minFrames()) {
            return new CalibrationOutcome.Rejected<>(rejections.message(unit, kept, samples.size(), criteria.minFrames(), ADVICE));
        }
        Map<String, Double> metrics = new LinkedHashMap<>();
        Medians.of(headLines, 1).ifPresent(v -> metrics.put(SittingBaseline.HEAD_LINE, v));
        Medians.of(trunks, 1).ifPresent(v -> metrics.put(SittingBaseline.TRUNK_INCLINATION, v));
        return new CalibrationOutcome.Accepted<>(new SittingBaseline(run.provenance(kept), view.get(),
                metrics), samples.size());
    }

    /** The known view most frames with a person show (side-on first on a tie: it measures more). */
    private static Optional<CameraView> mostCommonView(List<CalibrationSample> samples) {
        Map<CameraView, Integer> counts = new EnumMap<>(CameraView.class);
        for (CalibrationSample s : samples) {
            CameraView v = s.frame().view().view();
            if (v != CameraView.UNKNOWN) {
                counts.merge(v, 1, Integer::sum);
            }
        }
        return counts.entrySet().stream()
                .reduce((a, b) -> b.getValue() > a.getValue() ? b : a)
                .map(Map.Entry::getKey);
    }
}
