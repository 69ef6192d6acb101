package dev.formcheck.synthetic;

import java.util.List;

/**
 * Poses at given times (keyframes), and between them a smooth move from one to the next: each
 * step eases in and out (half a cosine), so the body starts and stops without a jerk and its
 * speed peaks mid-way, as a person's does between two positions.
 */
public final class Trajectory implements Motion {
    /** A pose the body passes through at {@code seconds}. */
    public record Keyframe(double seconds, BodyPose pose) {
        public Keyframe {
            if (!Double.isFinite(seconds) || pose == null) {
                throw new IllegalArgumentException("a keyframe needs a finite time and a pose");
            }
        }
    }

    private final List<Keyframe> keyframes;

    private Trajectory(List<Keyframe> keyframes) {
        this.keyframes = keyframes;
    }

    /** Keyframes in order; the first at 0 s, times strictly increasing. */
    public static Trajectory through(List<Keyframe> keyframes) {
        List<Keyframe> k = List.copyOf(keyframes);
        if (k.isEmpty() || k.get(0).seconds() != 0) {
            throw new IllegalArgumentException("a trajectory starts with a keyframe at 0 s");
        }
        for (int i = 1; i < k.size(); i++) {
            if (!(k.get(i).seconds() > k.get(i - 1).seconds())) {
                throw new IllegalArgumentException("keyframe times must increase: " + k.get(i - 1).seconds()
                        + " s is followed by " + k.get(i).seconds() + " s");
            }
        }
        return new Trajectory(k);
    }

    public List<Keyframe> keyframes() {
        return keyframes;
    }

    @Override
    public double durationSeconds() {
        return keyframes.get(keyframes.size() - 1).seconds();
    }

    @Override
    public BodyPose poseAt(double seconds) {
        if (seconds <= 0) {
            return keyframes.get(0).pose();
        }
        if (seconds >= durationSeconds()) {
            return keyframes.get(keyframes.size() - 1).pose();
        }
        int lo = 0;
        int hi = keyframes.size() - 1;
        while (hi - lo > 1) {
            int mid = (lo + hi) >>> 1;
            if (keyframes.get(mid).seconds() <= seconds) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        Keyframe a = keyframes.get(lo);
        Keyframe b = keyframes.get(hi);
        double u = (seconds - a.seconds()) / (b.seconds() - a.seconds());
        return a.pose().interpolate(b.pose(), ease(u));
    }

    /** Half a cosine: 0 at 0, 1 at 1, zero slope at both ends. */
    static double ease(double u) {
        return (1 - Math.cos(Math.PI * u)) / 2;
    }
}
