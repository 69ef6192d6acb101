package dev.formcheck.kinematics;

import dev.formcheck.pose.BodyPart;
import dev.formcheck.pose.Keypoint;
import dev.formcheck.pose.Pose;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Finds and undoes left/right label swaps: MoveNet sometimes calls the near leg "left" in one
 * frame and "right" in the next, most often side-on where the legs or arms overlap. Two signs,
 * each checked per limb group ({@link LimbGroup}):
 *
 * <ol>
 *   <li><b>A sudden exchange between consecutive frames.</b> The group's keypoints fit the
 *       previous (repaired) frame much better with left and right exchanged: the exchanged
 *       labels' total distance to the previous positions is below {@link #SWAP_COST_RATIO} of the
 *       given labels' and saves at least {@link #MIN_SWAP_GAIN_TORSOS} torso lengths per pair of
 *       keypoints compared. Frames more
 *       than {@link #MAX_GAP_MICROS} apart are not compared.</li>
 *   <li><b>A near/far inconsistency</b> (side view only): the torso says which side faces the
 *       camera (the larger score sum of its shoulder, hip and ear), but an arm's or leg's
 *       keypoints on the far side outscore the near side's by at least
 *       {@link #NEAR_FAR_SCORE_MARGIN} on average: the limb was labelled with the wrong side.
 *       Skipped when the previous frame's positions confirm the labels as given.</li>
 * </ol>
 *
 * A repaired group has its left and right keypoints exchanged (positions and scores); the
 * repaired pose is what the next frame is compared with, so a swap that lasts several frames is
 * repaired in each of them. One per stream; not thread-safe. An earlier timestamp than the
 * previous frame's starts over (the stream restarted).
 */
public final class SwapRepair {
    /** Left/right pairs that are swapped together. */
    public enum LimbGroup {
        HEAD(BodyPart.LEFT_EYE, BodyPart.LEFT_EAR),
        ARMS(BodyPart.LEFT_SHOULDER, BodyPart.LEFT_ELBOW, BodyPart.LEFT_WRIST),
        LEGS(BodyPart.LEFT_HIP, BodyPart.LEFT_KNEE, BodyPart.LEFT_ANKLE);

        private final List<BodyPart> leftParts;

        LimbGroup(BodyPart... leftParts) {
            this.leftParts = List.of(leftParts);
        }

        /** The group's keypoints on the left side; each pairs with its {@link BodySide#mirror}. */
        public List<BodyPart> leftParts() {
            return leftParts;
        }

        /** The group's limb keypoints beyond the torso (elbow and wrist, knee and ankle); none for the head. */
        List<BodyPart> distalLeftParts() {
            return this == HEAD ? List.of() : leftParts.subList(1, leftParts.size());
        }
    }

    /** The pose with its labels repaired, and which groups were swapped in this frame. */
    public record Result(Pose pose, Set<LimbGroup> swapped) {
        public Result {
            swapped = swapped.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(swapped));
        }
    }

    /**
     * The exchanged labels must fit the previous frame at least twice as well as the given ones:
     * a limb that moved while its labels stayed put fits the given labels better, and limbs on
     * top of each other (legs together, side-on) fit both about equally, so neither is swapped.
     */
    public static final double SWAP_COST_RATIO = 0.5;

    /**
     * And the exchange must explain, per left/right pair compared, at least a quarter of a torso
     * length of movement (about 12 cm on an adult, 25 px for a body 375 px tall): far above
     * MoveNet's frame-to-frame jitter (4 px RMS on the tracked squat video, docs/decisions/0004),
     * below the distance between two legs in a stride or a lunge. Legs closer together than that
     * are not told apart, and a swap between them moves no angle much. Our choice.
     */
    public static final double MIN_SWAP_GAIN_TORSOS = 0.25;

    /**
     * Frames further apart than this are not compared: 250 ms (7 frames at 30 fps) is too long
     * for "a sudden exchange" to be told from limbs that really crossed. Our choice.
     */
    public static final long MAX_GAP_MICROS = 250_000;

    /**
     * How much higher, on average per keypoint, a far limb's scores must be than the near limb's
     * to call the labels inconsistent with the torso. On our rendered body side-on the near side
     * leads by -0.02 to 0.16 per keypoint (HiddenKeypointScoresTest); 0.3 the other way is not the
     * view. Our choice.
     */
    public static final double NEAR_FAR_SCORE_MARGIN = 0.3;

    private Pose previous;

    /** The pose with swapped limb labels repaired, given the frames before it and the view of this one. */
    public Result repair(Pose pose, CameraView view) {
        if (previous != null && pose.timestampMicros() < previous.timestampMicros()) {
            reset();
        }
        boolean comparable = previous != null && pose.timestampMicros() - previous.timestampMicros() <= MAX_GAP_MICROS;
        double torso = comparable ? Torso.length(previous) : Double.NaN;
        BodySide near = nearSideOfTorso(pose);
        Pose out = pose;
        Set<LimbGroup> swapped = EnumSet.noneOf(LimbGroup.class);
        for (LimbGroup group : LimbGroup.values()) {
            Verdict byMotion = Double.isFinite(torso) ? byMotion(pose, previous, group, torso) : Verdict.UNDECIDED;
            boolean swap = byMotion == Verdict.SWAP
                    || byMotion == Verdict.UNDECIDED && view == CameraView.SIDE && farLimbOutscoresNear(pose, group, near);
            if (swap) {
                out = swap(out, group);
                swapped.add(group);
            }
        }
        previous = out;
        return new Result(out, swapped);
    }

    /** Forgets the previous frame. */
    public void reset() {
        previous = null;
    }

    private enum Verdict { KEEP, SWAP, UNDECIDED }

    /** What the previous frame's positions say about this frame's labels of {@code group}. */
    private static Verdict byMotion(Pose now, Pose before, LimbGroup group, double torso) {
        double keep = 0;
        double exchange = 0;
        int pairs = 0;
        for (BodyPart left : group.leftParts()) {
            BodyPart right = BodySide.mirror(left);
            Keypoint l = now.get(left);
            Keypoint r = now.get(right);
            Keypoint lp = before.get(left);
            Keypoint rp = before.get(right);
            if (!(KeypointVisibility.isVisible(l) && KeypointVisibility.isVisible(r)
                    && KeypointVisibility.isVisible(lp) && KeypointVisibility.isVisible(rp))) {
                continue;
            }
            keep += distance(l, lp) + distance(r, rp);
            exchange += distance(l, rp) + distance(r, lp);
            pairs++;
        }
        double minGain = MIN_SWAP_GAIN_TORSOS * torso * pairs;
        if (pairs == 0) {
            return Verdict.UNDECIDED;
        }
        if (exchange < SWAP_COST_RATIO * keep && keep - exchange >= minGain) {
            return Verdict.SWAP;
        }
        if (keep < SWAP_COST_RATIO * exchange && exchange - keep >= minGain) {
            return Verdict.KEEP;
        }
        return Verdict.UNDECIDED;
    }

    private static boolean farLimbOutscoresNear(Pose pose, LimbGroup group, BodySide near) {
        List<BodyPart> distal = group.distalLeftParts();
        if (distal.isEmpty()) {
            return false;
        }
        double nearScore = 0;
        double farScore = 0;
        for (BodyPart left : distal) {
            BodyPart right = BodySide.mirror(left);
            nearScore += pose.get(near == BodySide.LEFT ? left : right).score();
            farScore += pose.get(near == BodySide.LEFT ? right : left).score();
        }
        return (farScore - nearScore) / distal.size() >= NEAR_FAR_SCORE_MARGIN;
    }

    /** The side whose shoulder, hip and ear score higher together; the torso is labelled more reliably than the limbs. */
    static BodySide nearSideOfTorso(Pose pose) {
        double left = 0;
        double right = 0;
        for (BodySide side : BodySide.values()) {
            double s = pose.get(side.shoulder()).score() + pose.get(side.hip()).score() + pose.get(side.ear()).score();
            if (side == BodySide.LEFT) {
                left = s;
            } else {
                right = s;
            }
        }
        return left >= right ? BodySide.LEFT : BodySide.RIGHT;
    }

    /** {@code pose} with the left and right keypoints of {@code group} exchanged. */
    static Pose swap(Pose pose, LimbGroup group) {
        List<Keypoint> keypoints = new ArrayList<>(pose.keypoints());
        for (BodyPart left : group.leftParts()) {
            BodyPart right = BodySide.mirror(left);
            Keypoint l = pose.get(left);
            Keypoint r = pose.get(right);
            keypoints.set(left.ordinal(), new Keypoint(left, r.x(), r.y(), r.score()));
            keypoints.set(right.ordinal(), new Keypoint(right, l.x(), l.y(), l.score()));
        }
        return new Pose(pose.timestampMicros(), keypoints);
    }

    private static double distance(Keypoint a, Keypoint b) {
        return Math.hypot(a.x() - b.x(), a.y() - b.y());
    }
}
