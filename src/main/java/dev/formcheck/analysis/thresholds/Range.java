package dev.formcheck.analysis.thresholds;

/** The values a threshold may take, both ends included. */
public record Range(double min, double max) {
    public Range {
        if (!Double.isFinite(min) || !Double.isFinite(max) || min > max) {
            throw new IllegalArgumentException("an allowed range needs finite ends with min <= max, not "
                    + Threshold.format(min) + " to " + Threshold.format(max));
        }
    }

    public boolean contains(double value) {
        return value >= min && value <= max;
    }
}
