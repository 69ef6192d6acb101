package dev.formcheck.analysis.thresholds;

import dev.formcheck.kinematics.CameraView;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The user sitting upright, as {@code calibrate --pose sitting} measured it: the view the desk
 * camera has, and named numbers measured in it. The map is open: side-on it holds
 * {@link #HEAD_LINE} and {@link #TRUNK_INCLINATION}; the desk monitor adds its own (front-view)
 * metrics under new names. Each value is only checked to be a finite number.
 *
 * @param metrics by name (lower-case words with underscores, ending in the unit: {@code _deg}, {@code _ratio})
 */
public record SittingBaseline(Provenance provenance, CameraView view, Map<String, Double> metrics) {
    /** Ear-shoulder-hip, degrees ({@code BodyAngles.headNeck}); side-on only. */
    public static final String HEAD_LINE = "head_line_deg";
    /** Hip to shoulder from vertical, degrees, + forward ({@code BodyAngles.trunkInclination}); side-on only. */
    public static final String TRUNK_INCLINATION = "trunk_inclination_deg";

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*");

    public SittingBaseline {
        if (provenance == null || view == null || metrics == null) {
            throw new IllegalArgumentException("a sitting baseline needs its provenance, view and metrics");
        }
        if (view == CameraView.UNKNOWN) {
            throw new IllegalArgumentException("a sitting baseline needs a known view, not " + view);
        }
        metrics.forEach((name, value) -> {
            if (name == null || !NAME.matcher(name).matches()) {
                throw new IllegalArgumentException("a metric name is lower-case words with underscores, not \"" + name + "\"");
            }
            if (value == null || !Double.isFinite(value)) {
                throw new IllegalArgumentException(name + " must be a finite number, not " + value);
            }
        });
        metrics = Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
    }

    public Optional<Double> metric(String name) {
        return Optional.ofNullable(metrics.get(name));
    }
}
