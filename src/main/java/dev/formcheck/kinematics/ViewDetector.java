package dev.formcheck.kinematics;

import dev.formcheck.pose.BodyPart;
import dev.formcheck.pose.Keypoint;
import dev.formcheck.pose.Pose;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Estimates the camera view of one pose from how wide the body looks across (shoulders, hips,
 * ears) against how long its torso is.
 *
 * <p>Turning the body by an angle φ away from facing the camera shrinks every left-right width
 * by about cos φ and leaves the torso's length (shoulders to hips, which runs up the body)
 * alone. Each width, divided by the torso length and by what it is when facing the camera, is
 * therefore a cue to cos φ. Three cues: shoulders, hips and the head (the ears; when exactly one
 * ear is visible the head is in profile and the cue is 0). The turn is the arc cosine of their
 * median (two cues: their mean), so one disturbed cue (a twisted torso in a lunge, a head turned
 * to the camera) does not decide it. A back view looks like a front view and is reported as
 * {@link CameraView#FRONT}.
 *
 * <p>The torso length is the one in the body, not the image's: a trunk leaning towards or away
 * from the camera is foreshortened, which would make every width look as large as facing the
 * camera (a hinge or a row seen obliquely read FRONT). The shoulder and hip lines, perpendicular
 * to the torso in the body but skewed against it in the image when it leans, give its true
 * length ({@link TorsoDepth}). A torso leaning straight at the camera shows no skew; it is seen
 * from the front anyway.
 *
 * <p>Classes: {@link CameraView#FRONT} up to {@link #FRONT_MAX_TURN_DEGREES},
 * {@link CameraView#SIDE} from {@link #SIDE_MIN_TURN_DEGREES}, {@link CameraView#OBLIQUE} between;
 * {@link CameraView#UNKNOWN} without a visible shoulder and hip, or with no visible width cue.
 * Stateless, so a still photo gets its own view; a stream holds the view steady across a class
 * boundary with a {@link ViewTracker}.
 */
public final class ViewDetector {
    /** Width cues: shoulders, hips, head. */
    public static final int CUES = ViewEstimate.MAX_CUES;

    /**
     * Shoulder width / torso length with the body facing the camera, as MoveNet places the
     * keypoints: Thunder on our rendered body (Winter's proportions, docs/decisions/0005) standing
     * relaxed at azimuth 0 measured 0.628 (ViewDetectorTest). The joint centres' own ratio is 0.69;
     * MoveNet puts the shoulders a little inside them, as it does on real people.
     */
    public static final double FRONT_SHOULDER_WIDTH = 0.63;
    /** Hip width / torso length facing the camera: Thunder on the rendered body, 0.364; joint centres 0.34. */
    public static final double FRONT_HIP_WIDTH = 0.36;
    /** Ear to ear / torso length facing the camera: Thunder on the rendered body, 0.270; the model's ears 0.32. */
    public static final double FRONT_EAR_WIDTH = 0.27;

    /**
     * Shoulder width / torso length facing the camera, as {@link TorsoDepth} takes it to read a
     * lean out of the image: a shoulder line wider than this is read as a torso foreshortened
     * towards the camera, so it is the broader of our two references, the rendered body's joint
     * centres (0.69) rather than MoveNet's 0.63, and a build that MoveNet merely sees as broad is
     * not taken for a lean. (Real builds vary further; see docs/kinematics.md, "Limits".)
     */
    public static final double DEPTH_SHOULDER_WIDTH = 0.69;
    /** Hip width / torso length for {@link TorsoDepth}: the broader reference, MoveNet's 0.364 (joint centres 0.34). */
    public static final double DEPTH_HIP_WIDTH = 0.36;

    /**
     * Up to this turn the view is FRONT: the class boundaries split the quarter turn into equal
     * thirds, so "oblique" is 45° ± 15°, the way a person would name the three.
     */
    public static final double FRONT_MAX_TURN_DEGREES = 30;
    /** From this turn the view is SIDE (see {@link #FRONT_MAX_TURN_DEGREES}). */
    public static final double SIDE_MIN_TURN_DEGREES = 60;
    /**
     * How far inside its class the turn must be for full confidence: half the oblique band. On a
     * boundary the confidence is 0.5, a coin toss between two neighbouring classes.
     */
    public static final double FULL_CONFIDENCE_MARGIN_DEGREES = 15;
    /** Confidence on a class boundary. */
    static final double BOUNDARY_CONFIDENCE = 0.5;

    private ViewDetector() {
    }

    public static ViewEstimate detect(Pose pose) {
        Keypoint[] shoulders = {pose.get(BodyPart.LEFT_SHOULDER), pose.get(BodyPart.RIGHT_SHOULDER)};
        Keypoint[] hips = {pose.get(BodyPart.LEFT_HIP), pose.get(BodyPart.RIGHT_HIP)};
        double torso = torsoLength(pose, shoulders, hips);
        if (!(torso > 0)) {
            return ViewEstimate.UNKNOWN;
        }
        List<Double> cues = new ArrayList<>(CUES);
        widthCue(shoulders, torso, FRONT_SHOULDER_WIDTH, false, cues);
        widthCue(hips, torso, FRONT_HIP_WIDTH, false, cues);
        widthCue(new Keypoint[] {pose.get(BodyPart.LEFT_EAR), pose.get(BodyPart.RIGHT_EAR)}, torso, FRONT_EAR_WIDTH, true, cues);
        if (cues.isEmpty()) {
            return ViewEstimate.UNKNOWN;
        }
        double turn = Math.toDegrees(Math.acos(middle(cues)));
        CameraView view = classify(turn);
        return new ViewEstimate(view, confidence(view, turn, cues.size()), turn, cues.size());
    }

    /**
     * The torso's length with its lean towards or away from the camera undone: the mean of what
     * the shoulder line and the hip line each imply through their skew against the torso in the
     * image ({@link TorsoDepth}), never less than the torso as the image shows it. A trunk bent
     * towards an oblique camera is foreshortened; divided by its image length, the widths would
     * look as large as facing the camera. NaN without a visible shoulder and hip.
     */
    private static double torsoLength(Pose pose, Keypoint[] shoulders, Keypoint[] hips) {
        Vec2 shoulderCentre = Torso.visibleMidpoint(pose, BodyPart.LEFT_SHOULDER, BodyPart.RIGHT_SHOULDER);
        Vec2 hipCentre = Torso.visibleMidpoint(pose, BodyPart.LEFT_HIP, BodyPart.RIGHT_HIP);
        if (shoulderCentre == null || hipCentre == null) {
            return Double.NaN;
        }
        Vec2 torso = shoulderCentre.minus(hipCentre);
        double sum = 0;
        int lines = 0;
        for (double length : new double[] {lengthFromSkew(shoulders, torso, DEPTH_SHOULDER_WIDTH), lengthFromSkew(hips, torso, DEPTH_HIP_WIDTH)}) {
            if (!Double.isNaN(length)) {
                sum += length;
                lines++;
            }
        }
        return lines == 0 ? torso.length() : Math.max(torso.length(), sum / lines);
    }

    /** What one pair across the body implies for the torso's length, NaN unless both are visible. */
    private static double lengthFromSkew(Keypoint[] pair, Vec2 torso, double frontWidth) {
        if (!(KeypointVisibility.isVisible(pair[0]) && KeypointVisibility.isVisible(pair[1]))) {
            return Double.NaN;
        }
        return TorsoDepth.lengthFromSkew(Vec2.between(pair[0], pair[1]), torso, frontWidth);
    }

    /** The class of a turn in degrees (0..90): FRONT up to 30°, SIDE from 60°, OBLIQUE between. */
    static CameraView classify(double turnDegrees) {
        if (turnDegrees <= FRONT_MAX_TURN_DEGREES) {
            return CameraView.FRONT;
        }
        return turnDegrees >= SIDE_MIN_TURN_DEGREES ? CameraView.SIDE : CameraView.OBLIQUE;
    }

    /**
     * How sure a turn makes {@code view}: 0.5 on its boundary, 1 at {@link #FULL_CONFIDENCE_MARGIN_DEGREES}
     * inside, falling below 0.5 outside the band (a view held by a {@link ViewTracker} past its
     * boundary), never below 0; times the share of the width cues seen.
     */
    static double confidence(CameraView view, double turnDegrees, int cues) {
        double inside = Math.min(1, insideBy(view, turnDegrees) / FULL_CONFIDENCE_MARGIN_DEGREES);
        return Math.max(0, BOUNDARY_CONFIDENCE + (1 - BOUNDARY_CONFIDENCE) * inside) * cues / CUES;
    }

    /**
     * How far inside {@code view}'s band of turns {@code turnDegrees} lies, in degrees: positive
     * inside, negative outside (by how much it is past the nearer boundary).
     */
    static double insideBy(CameraView view, double turnDegrees) {
        return switch (view) {
            case FRONT -> FRONT_MAX_TURN_DEGREES - turnDegrees;
            case SIDE -> turnDegrees - SIDE_MIN_TURN_DEGREES;
            case OBLIQUE -> Math.min(turnDegrees - FRONT_MAX_TURN_DEGREES, SIDE_MIN_TURN_DEGREES - turnDegrees);
            case UNKNOWN -> throw new IllegalArgumentException("an unknown view has no band of turns");
        };
    }

    /**
     * Adds cos φ as one pair of keypoints shows it: their distance over the torso length over
     * the facing-camera ratio, at most 1. With one of the pair hidden, a profile (0) when
     * {@code hiddenMeansProfile} (an ear behind the head), otherwise no cue.
     */
    private static void widthCue(Keypoint[] pair, double torso, double frontWidth, boolean hiddenMeansProfile, List<Double> cues) {
        boolean a = KeypointVisibility.isVisible(pair[0]);
        boolean b = KeypointVisibility.isVisible(pair[1]);
        if (a && b) {
            double width = Vec2.of(pair[0]).distanceTo(Vec2.of(pair[1]));
            cues.add(Math.min(1, width / torso / frontWidth));
        } else if (a != b && hiddenMeansProfile) {
            cues.add(0.0);
        }
    }

    /** The median of one to three values (two: their mean). */
    private static double middle(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
