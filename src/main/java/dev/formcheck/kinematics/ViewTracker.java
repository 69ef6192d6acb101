package dev.formcheck.kinematics;

/**
 * One stream's camera view, held steady across the class boundaries (30° and 60° of turn): the
 * per-frame estimate of {@link ViewDetector} jitters by a few degrees, and a person standing at
 * about 30° would otherwise flip between FRONT and OBLIQUE from frame to frame, switching the
 * checks that need a side-on or a frontal view on and off with it.
 *
 * <p>The held view changes only when the frame's turn has gone past the held class's band by
 * {@link #MARGIN_DEGREES}, or has stayed outside it (by any amount) for {@link #DWELL_MICROS}; it
 * then takes the frame's class. The reported estimate keeps the frame's own turn and cue count,
 * with the held class and the confidence in it: below 0.5 while the turn is past the held class's
 * boundary. A frame with an unknown view is reported unknown and changes
 * nothing held (it says nothing about the turn). The first frame, and the first after
 * {@link #reset()}, takes its own class. Timestamps: a repeated one does not advance the dwell; an
 * earlier one starts over. One per stream; not thread-safe.
 */
public final class ViewTracker {
    /**
     * How far past a class boundary a frame's turn must go to change the view at once. Ours: a third
     * of {@link ViewDetector#FULL_CONFIDENCE_MARGIN_DEGREES} (a frame 5° past a boundary is only
     * 0.67 confident of its class), and above the frame-to-frame jitter of the turn estimate on a
     * steady body: on the shared plank and squat videos (Lightning, smoothed, every 2nd frame) the
     * turn moves 0.7-0.8° between frames at the median and 2.2-3.0° at the 95th percentile
     * (VideoKinematicsTest). A real turn of the body passes it within a frame or two.
     */
    public static final double MARGIN_DEGREES = 5;
    /**
     * How long a turn must stay on the other side of a boundary, by less than the margin, to change
     * the view. Ours: 9 frames at 30 fps, so a burst of jitter does not switch the view, while a
     * person who settles just past a boundary is followed within a third of a second; the same
     * order as the near side's dwell ({@link SideSelector}).
     */
    public static final long DWELL_MICROS = 300_000;

    private CameraView held;
    private boolean outside;
    private long outsideSinceMicros;
    private boolean started;
    private long lastMicros;

    /** The view to report for this frame, given the frame's own estimate. */
    public ViewEstimate track(ViewEstimate frame, long timestampMicros) {
        if (started && timestampMicros < lastMicros) {
            reset();
        }
        boolean repeated = started && timestampMicros == lastMicros;
        started = true;
        lastMicros = timestampMicros;
        if (frame.view() == CameraView.UNKNOWN) {
            return frame;
        }
        double turn = frame.turnDegrees();
        if (held == null) {
            held = frame.view();
        } else if (ViewDetector.insideBy(held, turn) >= 0) {
            outside = false;
        } else if (ViewDetector.insideBy(held, turn) < -MARGIN_DEGREES) {
            change(turn);
        } else if (!outside) {
            outside = true;
            outsideSinceMicros = timestampMicros;
        } else if (!repeated && timestampMicros - outsideSinceMicros >= DWELL_MICROS) {
            change(turn);
        }
        return new ViewEstimate(held, ViewDetector.confidence(held, turn, frame.cues()), turn, frame.cues());
    }

    /** The view held now; unknown before the first frame with a known view. */
    public CameraView held() {
        return held == null ? CameraView.UNKNOWN : held;
    }

    /** Starts over, as for a new stream or a new person. */
    public void reset() {
        held = null;
        outside = false;
        started = false;
    }

    private void change(double turn) {
        held = ViewDetector.classify(turn);
        outside = false;
    }
}
