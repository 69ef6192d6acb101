package dev.formcheck.kinematics;

/**
 * The camera view of one frame, as {@link ViewDetector} sees it.
 *
 * @param view the class
 * @param confidence 0..1: 0.5 on a boundary between two classes (a coin toss between neighbours),
 *     rising to 1 well inside a class, lowered
 *     when fewer than all three width cues were visible; 0 when {@link CameraView#UNKNOWN}
 * @param turnDegrees the body's estimated turn away from facing the camera, 0 (front or back) to
 *     90 (side-on); NaN when unknown
 * @param cues how many width cues (shoulders, hips, head) the estimate rests on, 0..3
 */
public record ViewEstimate(CameraView view, double confidence, double turnDegrees, int cues) {
    /** Width cues there are to rest on: shoulders, hips, head. */
    public static final int MAX_CUES = 3;

    public static final ViewEstimate UNKNOWN = new ViewEstimate(CameraView.UNKNOWN, 0, Double.NaN, 0);

    public ViewEstimate {
        if (view == null) {
            throw new IllegalArgumentException("a view estimate needs a view");
        }
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("view confidence must be 0..1, not " + confidence);
        }
        if (view == CameraView.UNKNOWN != Double.isNaN(turnDegrees)) {
            throw new IllegalArgumentException("the turn is unknown exactly when the view is, not " + view + " at " + turnDegrees);
        }
        if (cues < 0 || cues > MAX_CUES) {
            throw new IllegalArgumentException("a view rests on 0.." + MAX_CUES + " cues, not " + cues);
        }
    }
}
