package dev.formcheck.cli;

import java.util.Arrays;
import java.util.Collection;

/** Nearest-rank percentiles for the benchmark commands: a value that was actually measured, never an interpolation. */
final class Percentiles {
    private Percentiles() {
    }

    static double of(Collection<Double> values, int percentile) {
        return of(values.stream().mapToDouble(Double::doubleValue).toArray(), percentile);
    }

    /** The smallest value with at least {@code percentile}% of the values at or below it; 0 for none. */
    static double of(double[] values, int percentile) {
        if (values.length == 0) {
            return 0;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(percentile / 100.0 * sorted.length);
        return sorted[Math.max(rank - 1, 0)];
    }

    static double[] nanosToMillis(long[] nanos) {
        return Arrays.stream(nanos).mapToDouble(n -> n / 1e6).toArray();
    }
}
