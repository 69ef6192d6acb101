package dev.formcheck.synthetic;

import java.util.ArrayList;
import java.util.List;

/**
 * A number over time through keyframes, eased between them as {@link Trajectory} eases poses:
 * how deep into a rep the body is (0 at the top, 1 at the bottom), or how much of a fault shows.
 * Before the first keyframe and after the last it keeps their values.
 */
final class Curve {
    private final List<double[]> points;

    private Curve(List<double[]> points) {
        this.points = points;
    }

    static Builder builder() {
        return new Builder();
    }

    double at(double seconds) {
        if (points.isEmpty()) {
            return 0;
        }
        if (seconds <= points.get(0)[0]) {
            return points.get(0)[1];
        }
        for (int i = 1; i < points.size(); i++) {
            double[] b = points.get(i);
            if (seconds <= b[0]) {
                double[] a = points.get(i - 1);
                double u = (seconds - a[0]) / (b[0] - a[0]);
                double w = Trajectory.ease(u);
                return a[1] * (1 - w) + b[1] * w;
            }
        }
        return points.get(points.size() - 1)[1];
    }

    static final class Builder {
        private final List<double[]> points = new ArrayList<>();

        /** Adds a keyframe; times must not decrease, and a second keyframe at the same time replaces the first. */
        Builder at(double seconds, double value) {
            if (!points.isEmpty() && seconds < points.get(points.size() - 1)[0]) {
                throw new IllegalArgumentException("curve times must not decrease: " + seconds + " s after "
                        + points.get(points.size() - 1)[0] + " s");
            }
            if (!points.isEmpty() && seconds == points.get(points.size() - 1)[0]) {
                points.get(points.size() - 1)[1] = value;
                return this;
            }
            points.add(new double[] {seconds, value});
            return this;
        }

        Curve build() {
            return new Curve(List.copyOf(points));
        }
    }
}
