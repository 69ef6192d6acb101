package dev.formcheck.desk;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A user's own upright sitting posture, which every sample is judged against: the mean of each
 * metric over a few upright frames, all in one view.
 *
 * @param view the view every frame of the baseline was in; samples in another view are not judged
 * @param metrics mean of each metric over the frames that showed it
 * @param measuredAt when it was taken (empty for photos given on the command line)
 * @param frames how many samples it averages
 * @param source what it was made from, for messages: "calibration 2026-11-25", "3 baseline photos"
 */
public record DeskBaseline(DeskView view, Map<DeskMetric, Double> metrics, Optional<Instant> measuredAt, int frames, String source) {
    public DeskBaseline {
        Objects.requireNonNull(view, "view");
        Objects.requireNonNull(measuredAt, "measuredAt");
        Objects.requireNonNull(source, "source");
        if (view == DeskView.UNKNOWN) {
            throw new IllegalArgumentException("a baseline needs a known view (front or side)");
        }
        if (frames < 1) {
            throw new IllegalArgumentException("a baseline needs at least one frame, not " + frames);
        }
        EnumMap<DeskMetric, Double> copy = new EnumMap<>(DeskMetric.class);
        copy.putAll(metrics);
        metrics = Collections.unmodifiableMap(copy);
        DeskMetric scale = scaleMetric(view);
        if (!(metrics.getOrDefault(scale, 0.0) > 0)) {
            throw new IllegalArgumentException("a " + view.name().toLowerCase() + " baseline needs its " + scale.id());
        }
    }

    /** The metric that gives a view its scale: shoulder width in front, trunk length from the side. */
    public static DeskMetric scaleMetric(DeskView view) {
        return view == DeskView.SIDE ? DeskMetric.TRUNK_LENGTH : DeskMetric.SHOULDER_WIDTH;
    }

    /**
     * The baseline of upright samples: every sample must show a person in the same known view.
     *
     * @throws IllegalArgumentException saying which sample is unusable and why
     */
    public static DeskBaseline of(List<DeskMeasurement> upright, Optional<Instant> measuredAt, String source) {
        if (upright.isEmpty()) {
            throw new IllegalArgumentException(source + ": no upright samples to take a baseline from");
        }
        DeskView view = upright.get(0).view();
        for (int i = 0; i < upright.size(); i++) {
            DeskMeasurement m = upright.get(i);
            if (!m.personFound()) {
                throw new IllegalArgumentException(source + ": sample " + (i + 1) + " shows nobody");
            }
            if (m.view() == DeskView.UNKNOWN) {
                throw new IllegalArgumentException(source + ": sample " + (i + 1)
                        + " shows neither a front view (head and both shoulders) nor a side view (ear, shoulder and hip)");
            }
            if (m.view() != view) {
                throw new IllegalArgumentException(source + ": sample " + (i + 1) + " is a " + m.view().name().toLowerCase()
                        + " view, sample 1 a " + view.name().toLowerCase() + " view; a baseline needs one view");
            }
        }
        Map<DeskMetric, Double> means = new EnumMap<>(DeskMetric.class);
        for (DeskMetric metric : DeskMetric.values()) {
            OptionalDouble mean = upright.stream().map(m -> m.get(metric)).filter(OptionalDouble::isPresent)
                    .mapToDouble(OptionalDouble::getAsDouble).average();
            mean.ifPresent(v -> means.put(metric, v));
        }
        return new DeskBaseline(view, means, measuredAt, upright.size(), source);
    }

    /**
     * The baseline of the view most of {@code samples} show (a calibration run: some frames may
     * show nobody or too little), from at least {@code minSamples} of them; empty when too few.
     */
    public static Optional<DeskBaseline> ofMostCommonView(List<DeskMeasurement> samples, int minSamples,
                                                          Optional<Instant> measuredAt, String source) {
        long front = samples.stream().filter(m -> m.view() == DeskView.FRONT).count();
        long side = samples.stream().filter(m -> m.view() == DeskView.SIDE).count();
        DeskView view = side >= front ? DeskView.SIDE : DeskView.FRONT; // side-on on a tie: it measures more
        List<DeskMeasurement> kept = samples.stream().filter(m -> m.view() == view).toList();
        return kept.size() < Math.max(1, minSamples) ? Optional.empty() : Optional.of(of(kept, measuredAt, source));
    }

    public OptionalDouble get(DeskMetric metric) {
        Double v = metrics.get(metric);
        return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
    }

    /** The scale of this baseline, in pixels. */
    public double scale() {
        return metrics.get(scaleMetric(view));
    }

    /** The metrics by their names in a calibration file ({@link DeskMetric#fileName()}). */
    public Map<String, Double> metricsByFileName() {
        Map<String, Double> byName = new java.util.LinkedHashMap<>();
        metrics.forEach((m, v) -> byName.put(m.fileName(), v));
        return byName;
    }

    /**
     * A baseline stored in a calibration file: the desk metrics among {@code named} (others are
     * ignored), in {@code view}; empty when they do not make a baseline of that view (a
     * calibration taken before the desk monitor stored its metrics).
     */
    public static Optional<DeskBaseline> fromFile(DeskView view, Map<String, Double> named, Optional<Instant> measuredAt,
                                                  int frames, String source) {
        Map<DeskMetric, Double> ours = new EnumMap<>(DeskMetric.class);
        named.forEach((name, value) -> DeskMetric.ofFileName(name).filter(m -> m.view() == view).ifPresent(m -> ours.put(m, value)));
        boolean complete = java.util.Arrays.stream(DeskMetric.values())
                .filter(m -> m.view() == view && required(m)).allMatch(ours::containsKey);
        if (view == DeskView.UNKNOWN || !complete || frames < 1 || !(ours.get(scaleMetric(view)) > 0)) {
            return Optional.empty();
        }
        return Optional.of(new DeskBaseline(view, ours, measuredAt, frames, source));
    }

    /**
     * The metrics every sample of a view has (the others need keypoints that may be hidden, or were
     * added after baselines were first stored: the side view's positions, which only telling
     * standing from sitting needs).
     */
    private static boolean required(DeskMetric m) {
        return m != DeskMetric.NECK_LENGTH && m != DeskMetric.NECK_INCLINATION && m != DeskMetric.HEAD_NECK
                && m != DeskMetric.NEAR_SHOULDER_Y && m != DeskMetric.NEAR_HIP_Y;
    }
}
