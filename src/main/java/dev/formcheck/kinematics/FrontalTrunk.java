package dev.formcheck.kinematics;

import dev.formcheck.pose.BodyPart;
import dev.formcheck.pose.Keypoint;
import dev.formcheck.pose.Pose;

import java.util.EnumSet;

/**
 * What a camera in front of the body shows of the trunk's lean and of the shoulders' height over the
 * hands, where the side-on angles (hip, elbow) have nothing true to read (issue 12, class 3). Both
 * are lengths in the image divided by the shoulders' width, so the distance to the camera cancels.
 *
 * <ul>
 *   <li>{@code trunkLength}: the apparent shoulders-to-hips length (midpoints) over the shoulder
 *       width. It is longest with the trunk upright and shortens as the trunk leans, towards the
 *       camera or away from it alike: from the front the two cannot be told apart by this ratio.</li>
 *   <li>{@code shoulderDrop}: how far the shoulders stand above the wrists in the image (midpoints),
 *       over the shoulder width: largest at a push-up's top with the arms straight, near 0 at its
 *       bottom with the chest at the hands.</li>
 * </ul>
 * Measured only when the view is {@link CameraView#FRONT} (an oblique or side view keeps its own
 * angles unchanged), with both shoulders and hips (and wrists, for the drop) visible.
 *
 * @param trunkLength shoulders-to-hips over shoulder width, or why not measured
 * @param shoulderDrop shoulders above wrists over shoulder width, or why not measured
 */
public record FrontalTrunk(Measurement trunkLength, Measurement shoulderDrop) {
    private static final String FACE_MESSAGE = "Face the camera so I can see both sides";
    /** Not measured (hand-built frames, or no person). */
    public static final FrontalTrunk NOT_MEASURED = new FrontalTrunk(
            NotVisible.of(EnumSet.of(BodyPart.LEFT_SHOULDER, BodyPart.RIGHT_SHOULDER, BodyPart.LEFT_HIP, BodyPart.RIGHT_HIP)),
            NotVisible.of(EnumSet.of(BodyPart.LEFT_WRIST, BodyPart.RIGHT_WRIST)));
    /** Shoulders closer than this in the image (pixels) give no width to divide by. */
    private static final double MIN_WIDTH = 4;

    public FrontalTrunk {
        if (trunkLength == null || shoulderDrop == null) {
            throw new IllegalArgumentException("a frontal trunk needs both measurements (a NotVisible for what is missing)");
        }
    }

    /**
     * The trunk's height in the image, the hips' midpoint below the shoulders', over the shoulders'
     * width: seen from the front or obliquely (from the side the shoulders overlap and give no
     * width). Seen obliquely a forward lean also swings the trunk sideways in the image, which
     * lengthens its apparent length; its height is what the lean alone shortens, by its cosine
     * (a level camera).
     */
    public static Measurement height(Pose pose, ViewEstimate view) {
        if (view.view() != CameraView.FRONT && view.view() != CameraView.OBLIQUE) {
            return new WrongView(view.view(), "Turn a little towards the camera so I can see both shoulders");
        }
        var hidden = KeypointVisibility.require(pose, BodyPart.LEFT_SHOULDER, BodyPart.RIGHT_SHOULDER,
                BodyPart.LEFT_HIP, BodyPart.RIGHT_HIP);
        if (hidden.isPresent()) {
            return hidden.get();
        }
        Keypoint ls = pose.get(BodyPart.LEFT_SHOULDER);
        Keypoint rs = pose.get(BodyPart.RIGHT_SHOULDER);
        double width = Math.hypot(ls.x() - rs.x(), ls.y() - rs.y());
        if (width < MIN_WIDTH) {
            return NotVisible.of(EnumSet.of(BodyPart.LEFT_SHOULDER, BodyPart.RIGHT_SHOULDER));
        }
        double hy = (pose.get(BodyPart.LEFT_HIP).y() + pose.get(BodyPart.RIGHT_HIP).y()) / 2;
        return Measurement.of((hy - (ls.y() + rs.y()) / 2) / width);
    }

    /** The ratios of one pose in one view. */
    public static FrontalTrunk measure(Pose pose, ViewEstimate view) {
        if (view.view() != CameraView.FRONT) {
            WrongView wrong = new WrongView(view.view(), FACE_MESSAGE);
            return new FrontalTrunk(wrong, wrong);
        }
        var hidden = KeypointVisibility.require(pose, BodyPart.LEFT_SHOULDER, BodyPart.RIGHT_SHOULDER,
                BodyPart.LEFT_HIP, BodyPart.RIGHT_HIP);
        if (hidden.isPresent()) {
            return new FrontalTrunk(hidden.get(), hidden.get());
        }
        Keypoint ls = pose.get(BodyPart.LEFT_SHOULDER);
        Keypoint rs = pose.get(BodyPart.RIGHT_SHOULDER);
        double width = Math.hypot(ls.x() - rs.x(), ls.y() - rs.y());
        if (width < MIN_WIDTH) {
            NotVisible narrow = NotVisible.of(EnumSet.of(BodyPart.LEFT_SHOULDER, BodyPart.RIGHT_SHOULDER));
            return new FrontalTrunk(narrow, narrow);
        }
        double sx = (ls.x() + rs.x()) / 2;
        double sy = (ls.y() + rs.y()) / 2;
        double hx = (pose.get(BodyPart.LEFT_HIP).x() + pose.get(BodyPart.RIGHT_HIP).x()) / 2;
        double hy = (pose.get(BodyPart.LEFT_HIP).y() + pose.get(BodyPart.RIGHT_HIP).y()) / 2;
        Measurement trunk = Measurement.of(Math.hypot(hx - sx, hy - sy) / width);
        var handsHidden = KeypointVisibility.require(pose, BodyPart.LEFT_WRIST, BodyPart.RIGHT_WRIST);
        Measurement drop = handsHidden.<Measurement>map(h -> h).orElseGet(() -> Measurement.of(
                ((pose.get(BodyPart.LEFT_WRIST).y() + pose.get(BodyPart.RIGHT_WRIST).y()) / 2 - sy) / width));
        return new FrontalTrunk(trunk, drop);
    }
}
