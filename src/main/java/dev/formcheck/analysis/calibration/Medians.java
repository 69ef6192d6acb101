package dev.formcheck.analysis.calibration;

import java.util.List;
import java.util.OptionalDouble;

/** The median, which a few mislabelled keypoints cannot drag as they drag a mean. */
final class Medians {
    private Medians() {
    }

    /** The median of {@code values} (the mean of the middle two for an even count), or empty if too few. */
    static OptionalDouble of(List<Double> values, int atLeast) {
        if (values.isEmpty() || values.size() < atLeast) {
            return OptionalDouble.empty();
        }
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int mid = sorted.length / 2;
        return OptionalDouble.of(sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2);
    }
}
