package dev.formcheck.analysis;

import java.math.BigDecimal;

/** How numbers appear in messages: 150, not 150.0; 0.25, not 0.25000000000000001. */
final class Numbers {
    private Numbers() {
    }

    static String format(double value) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        return new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
    }

    /** Microseconds as milliseconds: 150000 -> "150 ms". */
    static String millis(long micros) {
        return format(micros / 1000.0) + " ms";
    }
}
