package dev.formcheck.ui.model;

import dev.formcheck.pose.Keypoint;
import dev.formcheck.pose.Pose;
import dev.formcheck.pose.silhouette.BackOutline;
import dev.formcheck.session.OverlayCaptions;
import dev.formcheck.pose.tracking.TrackedPose;
import dev.formcheck.session.RecordingJudgement;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The review's player as decisions: which kept frame a time seeks to, what each kept frame shows
 * (its pixels, the skeleton and outline scaled to them, the playhead, the time in words), how fast
 * playing steps, where a step stops. The Swing panel only paints a {@link Shown} and runs a timer.
 */
public final class ReviewPlayer {
    /** The fastest step a player timer takes, so a very fast video still leaves the window time to paint. */
    static final int MIN_STEP_MILLIS = 10;

    /**
     * One kept frame as shown.
     *
     * @param pose the skeleton in the kept frame's pixels, empty without a person
     * @param outline the back's outline in those pixels, empty when none was read
     * @param playhead where on the timeline, 0..1
     * @param time "1.27 s · frame 39 of 120"
     * @param outlineNote what is said in place of an outline the exercise set aside (lying on the back: the belly's)
     */
    public record Shown(int index, byte[] pixels, int width, int height, Optional<Pose> pose, Optional<BackOutline> outline,
                        double playhead, String time, Optional<String> outlineNote) {
    }

    private final ReviewViewModel model;
    private final ReviewFrames frames;

    public ReviewPlayer(ReviewViewModel model, ReviewFrames frames) {
        this.model = model;
        this.frames = frames;
    }

    public ReviewViewModel model() {
        return model;
    }

    public boolean isEmpty() {
        return frames.size() == 0;
    }

    public int size() {
        return frames.size();
    }

    /** The last kept frame at or before {@code micros} (the first when none is). */
    public int indexAt(long micros) {
        List<TrackedPose> poses = model.judged().recording().frames();
        int best = 0;
        for (int i = 0; i < frames.size(); i++) {
            int src = frames.sourceIndex(i);
            if (src < poses.size() && poses.get(src).timestampMicros() <= micros) {
                best = i;
            }
        }
        return best;
    }

    /** {@code from} moved by {@code delta} kept frames, kept inside the video. */
    public int step(int from, int delta) {
        return Math.max(0, Math.min(frames.size() - 1, from + delta));
    }

    /** Playing steps between kept frames at the video's own pace. */
    public int stepMillis() {
        double fps = model.judged().recording().source().fps();
        int keptEvery = frames.size() > 1 ? Math.max(1, frames.sourceIndex(1) - frames.sourceIndex(0)) : 1;
        return (int) Math.max(MIN_STEP_MILLIS, Math.round(1000.0 * keptEvery / (fps > 0 ? fps : 30)));
    }

    /** What kept frame {@code i} shows. */
    public Shown show(int i) {
        int src = frames.sourceIndex(i);
        RecordingJudgement.Judged j = model.judged();
        List<TrackedPose> poses = j.recording().frames();
        TrackedPose tracked = src < poses.size() ? poses.get(src) : null;
        double s = frames.scale();
        Optional<Pose> pose = tracked instanceof TrackedPose.PersonFound found ? Optional.of(scaled(found.smoothed(), s))
                : Optional.empty();
        Optional<BackOutline> outline = src < j.recording().outlines().size()
                ? Optional.ofNullable(j.recording().outlines().get(src)).map(o -> scaled(o, s)) : Optional.empty();
        long t = tracked == null ? 0 : tracked.timestampMicros();
        return new Shown(i, frames.frame(i), frames.width(), frames.height(), pose, outline,
                t / (double) Math.max(1, model.durationMicros()),
                String.format(Locale.ROOT, "%.2f s · frame %d of %d", t / 1e6, src + 1, poses.size()),
                outline.flatMap(OverlayCaptions::outlineNote));
    }

    static Pose scaled(Pose p, double s) {
        return new Pose(p.timestampMicros(), p.keypoints().stream()
                .map(k -> new Keypoint(k.part(), k.x() * s, k.y() * s, k.score())).toList());
    }

    static BackOutline scaled(BackOutline o, double s) {
        if (o instanceof BackOutline.Traced t) {
            return new BackOutline.Traced(t.timestampMicros(), t.lumbarAngleDegrees(), t.coverage(),
                    t.contour().stream().map(p -> new BackOutline.Point(p.x() * s, p.y() * s)).toList());
        }
        return o;
    }
}
