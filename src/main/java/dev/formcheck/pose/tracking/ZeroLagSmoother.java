package dev.formcheck.pose.tracking;

import dev.formcheck.pose.BodyPart;
import dev.formcheck.pose.Keypoint;
import dev.formcheck.pose.Pose;

import java.util.ArrayList;
import java.util.List;

/**
 * Smoothing for recorded files, without lag: the One Euro filter is run forward and, from fresh
 * state, backward over a whole track, and the two are averaged. The forward pass trails the
 * movement and the backward pass leads it by as much, so the average stays on time (a
 * forward-backward filter has zero phase); live use needs {@link KeypointSmoother}, which cannot
 * see the future.
 *
 * <p>Tracks are cut where the causal {@link PoseTracker} cuts them
 * ({@link TrackingSettings#endsTrack}: a gap longer than the hold, or time going back), so no
 * smoothing crosses a lost person.
 */
public final class ZeroLagSmoother {
    private final TrackingSettings settings;

    public ZeroLagSmoother(TrackingSettings settings) {
        if (settings == null) {
            throw new IllegalArgumentException("the zero-lag smoother needs tracking settings");
        }
        this.settings = settings;
    }

    /**
     * {@code frames} (one stream, in order) with every {@link TrackedPose.PersonFound}'s smoothed
     * keypoints replaced by the forward-backward smoothing of the raw ones; everything else is
     * kept as it is.
     */
    public List<TrackedPose> smooth(List<TrackedPose> frames, int frameWidth, int frameHeight) {
        if (frameWidth < 1 || frameHeight < 1) {
            throw new IllegalArgumentException("frame size must be positive, not " + frameWidth + "x" + frameHeight);
        }
        List<TrackedPose> out = new ArrayList<>(frames);
        List<Integer> track = new ArrayList<>();
        long previousMicros = Long.MIN_VALUE;
        long lastFoundMicros = 0;
        for (int i = 0; i < frames.size(); i++) {
            TrackedPose frame = frames.get(i);
            long t = frame.timestampMicros();
            boolean startsOver = t < previousMicros || (!track.isEmpty() && settings.endsTrack(lastFoundMicros, t));
            if (startsOver) {
                smoothTrack(frames, track, frameWidth, frameHeight, out);
                track.clear();
            }
            if (frame instanceof TrackedPose.PersonFound) {
                track.add(i);
                lastFoundMicros = t;
            }
            previousMicros = t;
        }
        smoothTrack(frames, track, frameWidth, frameHeight, out);
        return List.copyOf(out);
    }

    private void smoothTrack(List<TrackedPose> frames, List<Integer> track, int width, int height, List<TrackedPose> out) {
        int n = track.size();
        if (n == 0) {
            return;
        }
        long[] times = new long[n];
        for (int j = 0; j < n; j++) {
            times[j] = frames.get(track.get(j)).timestampMicros();
        }
        double[][] x = new double[BodyPart.COUNT][];
        double[][] y = new double[BodyPart.COUNT][];
        double[] values = new double[n];
        for (int k = 0; k < BodyPart.COUNT; k++) {
            for (int j = 0; j < n; j++) {
                values[j] = raw(frames, track, j).keypoints().get(k).x() / width;
            }
            x[k] = smooth(values, times, settings.smoothing());
            for (int j = 0; j < n; j++) {
                values[j] = raw(frames, track, j).keypoints().get(k).y() / height;
            }
            y[k] = smooth(values, times, settings.smoothing());
        }
        for (int j = 0; j < n; j++) {
            TrackedPose.PersonFound found = (TrackedPose.PersonFound) frames.get(track.get(j));
            List<Keypoint> points = new ArrayList<>(BodyPart.COUNT);
            for (Keypoint p : found.raw().keypoints()) {
                int k = p.part().ordinal();
                points.add(new Keypoint(p.part(), p.x() + (x[k][j] - p.x() / width) * width,
                        p.y() + (y[k][j] - p.y() / height) * height, p.score()));
            }
            out.set(track.get(j), found.withSmoothed(new Pose(found.timestampMicros(), points)));
        }
    }

    private static Pose raw(List<TrackedPose> frames, List<Integer> track, int j) {
        return ((TrackedPose.PersonFound) frames.get(track.get(j))).raw();
    }

    /**
     * One signal smoothed forward and backward and averaged. Timestamps must not decrease (a
     * repeated one is a duplicate sample, as for {@link OneEuroFilter}); the backward pass runs on
     * the mirrored times {@code first + last - t}, which increase as it goes.
     */
    public static double[] smooth(double[] values, long[] timestampsMicros, OneEuroSettings settings) {
        int n = values.length;
        if (timestampsMicros.length != n) {
            throw new IllegalArgumentException(n + " values but " + timestampsMicros.length + " timestamps");
        }
        for (int i = 1; i < n; i++) {
            if (timestampsMicros[i] < timestampsMicros[i - 1]) {
                throw new IllegalArgumentException("timestamps must not decrease: " + timestampsMicros[i - 1]
                        + " µs then " + timestampsMicros[i] + " µs at index " + i);
            }
        }
        double[] out = new double[n];
        if (n == 0) {
            return out;
        }
        OneEuroFilter forward = new OneEuroFilter(settings);
        for (int i = 0; i < n; i++) {
            out[i] = forward.filter(values[i], timestampsMicros[i]);
        }
        OneEuroFilter backward = new OneEuroFilter(settings);
        long mirror = timestampsMicros[0] + timestampsMicros[n - 1];
        for (int i = n - 1; i >= 0; i--) {
            out[i] = (out[i] + backward.filter(values[i], mirror - timestampsMicros[i])) / 2;
        }
        return out;
    }
}
