package dev.formcheck.modelimport;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/** Element-wise comparison of a model's output with independently computed expected values. */
final class TensorAssertions {
    /**
     * Allowed difference between ONNX Runtime's float32 result and the reference, relative to
     * {@code max(1, |expected|)}. The references compute in double; ONNX Runtime computes in float32,
     * sums convolution terms in its own order and approximates Sigmoid, so results differ by a few
     * float ulps: on these tests the largest difference is between 2e-7 and 1e-6 (measured by
     * tightening this value). 1e-5 leaves a tenfold margin, while a wrong index, padding offset,
     * sampling coordinate or layout changes results by 1e-2 or more.
     */
    static final double FLOAT_TOLERANCE = 1e-5;

    private TensorAssertions() {
    }

    /** Same type and shape, and every element within {@link #FLOAT_TOLERANCE}. */
    static void assertClose(HostTensor actual, HostTensor expected) {
        assertSameTypeAndShape(actual, expected);
        for (int i = 0; i < expected.size(); i++) {
            double e = expected.get(i);
            double a = actual.get(i);
            if (!(Math.abs(a - e) <= FLOAT_TOLERANCE * Math.max(1, Math.abs(e)))) {
                fail("element %s of %s: expected %s but was %s (tolerance %s)",
                        Arrays.toString(expected.indexOf(i)), expected, e, a, FLOAT_TOLERANCE);
            }
        }
    }

    /** Same type and shape, and every element exactly equal (integers, or floats that must be bit-exact). */
    static void assertExact(HostTensor actual, HostTensor expected) {
        assertSameTypeAndShape(actual, expected);
        for (int i = 0; i < expected.size(); i++) {
            if (Double.doubleToLongBits(actual.get(i)) != Double.doubleToLongBits(expected.get(i))) {
                fail("element %s of %s: expected %s but was %s",
                        Arrays.toString(expected.indexOf(i)), expected, expected.get(i), actual.get(i));
            }
        }
    }

    private static void assertSameTypeAndShape(HostTensor actual, HostTensor expected) {
        assertThat(actual.kind()).as("element type").isEqualTo(expected.kind());
        assertThat(actual.shape()).as("shape").containsExactly(expected.shape());
    }
}
