package dev.formcheck.desk;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The raw desk metrics of one sample, before comparison with a baseline.
 *
 * @param timestampMicros the frame's timestamp (0 for a photo)
 * @param personFound whether a person was seen at all; without one the view is UNKNOWN and there are no values
 * @param view the camera view read from this sample's keypoints
 * @param values the metrics this sample shows; a metric whose keypoints were not visible is absent
 */
public record DeskMeasurement(long timestampMicros, boolean personFound, DeskView view, Map<DeskMetric, Double> values) {
    public DeskMeasurement {
        Objects.requireNonNull(view, "view");
        EnumMap<DeskMetric, Double> copy = new EnumMap<>(DeskMetric.class);
        copy.putAll(values);
        copy.forEach((metric, value) -> {
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException(metric.id() + " must be finite, not " + value);
            }
        });
        values = Collections.unmodifiableMap(copy);
        if (!personFound && (view != DeskView.UNKNOWN || !values.isEmpty())) {
            throw new IllegalArgumentException("a sample without a person has no view and no metrics");
        }
    }

    public static DeskMeasurement nobody(long timestampMicros) {
        return new DeskMeasurement(timestampMicros, false, DeskView.UNKNOWN, Map.of());
    }

    public OptionalDouble get(DeskMetric metric) {
        Double v = values.get(metric);
        return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
    }
}
