package dev.formcheck.pose.tracking;

import dev.formcheck.pose.BodyPart;
import dev.formcheck.pose.Keypoint;
import dev.formcheck.pose.Pose;

import java.util.ArrayList;
import java.util.List;

/**
 * Causal smoothing of one person's 17 keypoints: a {@link OneEuroFilter} on each coordinate,
 * driven by the pose's timestamp. Coordinates are filtered as fractions of the frame
 * (x / width, y / height), the units the {@link OneEuroSettings} are given in, as TF.js does;
 * scores pass unchanged. {@link #reset} when the person is lost. Not thread-safe.
 */
public final class KeypointSmoother {
    private final OneEuroFilter[] x = new OneEuroFilter[BodyPart.COUNT];
    private final OneEuroFilter[] y = new OneEuroFilter[BodyPart.COUNT];

    public KeypointSmoother(OneEuroSettings settings) {
        for (int k = 0; k < BodyPart.COUNT; k++) {
            x[k] = new OneEuroFilter(settings);
            y[k] = new OneEuroFilter(settings);
        }
    }

    /** The smoothed pose, in frame pixels, with {@code raw}'s timestamp and scores. */
    public Pose smooth(Pose raw, int frameWidth, int frameHeight) {
        if (frameWidth < 1 || frameHeight < 1) {
            throw new IllegalArgumentException("frame size must be positive, not " + frameWidth + "x" + frameHeight);
        }
        long t = raw.timestampMicros();
        List<Keypoint> out = new ArrayList<>(BodyPart.COUNT);
        for (Keypoint p : raw.keypoints()) {
            int k = p.part().ordinal();
            out.add(new Keypoint(p.part(), smooth(x[k], p.x(), frameWidth, t), smooth(y[k], p.y(), frameHeight, t),
                    p.score()));
        }
        return new Pose(t, out);
    }

    /**
     * Filters {@code pixels / extent} and adds the correction back in pixels, so a value the
     * filter passes unchanged (the first one, a constant) comes back exactly.
     */
    private static double smooth(OneEuroFilter filter, double pixels, int extent, long t) {
        double fraction = pixels / extent;
        return pixels + (filter.filter(fraction, t) - fraction) * extent;
    }

    public void reset() {
        for (int k = 0; k < BodyPart.COUNT; k++) {
            x[k].reset();
            y[k].reset();
        }
    }
}
