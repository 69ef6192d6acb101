package dev.formcheck.kinematics;

import dev.formcheck.pose.Pose;
import dev.formcheck.pose.silhouette.BackOutline;
import dev.formcheck.pose.tracking.TrackedPose;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One stream's kinematics: turns each {@link TrackedPose} into one {@link KinematicFrame}. Per
 * frame: the view ({@link ViewDetector}, held steady across class boundaries by a
 * {@link ViewTracker}); left/right swaps repaired ({@link SwapRepair}); the near
 * side chosen with hysteresis ({@link SideSelector}); the facing ({@link FacingDetector}, kept from
 * earlier frames when this one does not show it); the angles ({@link BodyAngleCalculator}); the
 * back ({@link KeypointSpineEstimator}).
 *
 * <p>No person: a frame with nothing visible, and the swap history is dropped (a swap cannot be
 * seen across a gap); side, facing and the held view are kept for {@link KinematicsSettings#forgetAfterMicros()}
 * and then forgotten. Timestamps: a frame earlier than the previous one means the stream started
 * over, so everything resets first; a repeated timestamp is measured again without advancing any
 * dwell. One per stream; not thread-safe. For a still photo use {@link #ofStill}.
 */
public final class Kinematics {
    /** A straight line's angle: BlazePose's sag is measured from it, as MoveNet's body line sags above it. */
    private static final double STRAIGHT_DEGREES = 180;
    private final KinematicsSettings settings;
    private final KeypointSpineEstimator spine;
    private final SilhouetteSpineEstimator outlineSpine = new SilhouetteSpineEstimator();
    private final SideSelector sides = new SideSelector();
    private final SwapRepair swaps = new SwapRepair();
    private final ViewTracker views = new ViewTracker();
    private final FrontView.References frontReferences = new FrontView.References();
    private Facing lastFacing;
    private boolean started;
    private long lastMicros;
    private long lastPersonMicros;

    public Kinematics(KinematicsSettings settings) {
        if (settings == null) {
            throw new IllegalArgumentException("kinematics needs its settings (KinematicsSettings.defaults())");
        }
        this.settings = settings;
        this.spine = new KeypointSpineEstimator(settings.neutral());
    }

    public static Kinematics withDefaults() {
        return new Kinematics(KinematicsSettings.defaults());
    }

    /** One still photo's kinematics, with nothing before it. */
    public static KinematicFrame ofStill(Pose pose, NeutralPosture neutral) {
        return new Kinematics(KinematicsSettings.defaults().withNeutral(neutral)).measure(pose);
    }

    public KinematicsSettings settings() {
        return settings;
    }

    /** The next frame of the stream. */
    public KinematicFrame next(TrackedPose tracked) {
        if (tracked instanceof TrackedPose.PersonFound found) {
            return measure(settings.keypoints() == KinematicsSettings.Keypoints.SMOOTHED ? found.smoothed() : found.raw());
        }
        return nobody(tracked.timestampMicros());
    }

    /**
     * The next frame, with the back's outline read from the same image: its flexion estimate
     * ({@link SilhouetteSpineEstimator}) joins the keypoints' ({@link KinematicFrame#outlineSpine()}).
     */
    public KinematicFrame next(TrackedPose tracked, BackOutline outline) {
        KinematicFrame frame = next(tracked);
        return frame.personFound() ? withOutline(frame, outline) : frame;
    }

    /** {@link #measure(Pose)} with the back's outline read from the same image. */
    public KinematicFrame measure(Pose pose, BackOutline outline) {
        return withOutline(measure(pose), outline);
    }

    /** One still photo's kinematics with its back's outline. */
    public static KinematicFrame ofStill(Pose pose, BackOutline outline, NeutralPosture neutral) {
        return ofStill(pose, outline, KinematicsSettings.defaults().withNeutral(neutral));
    }

    /** One still photo's kinematics with its back's outline, measured with {@code settings}. */
    public static KinematicFrame ofStill(Pose pose, BackOutline outline, KinematicsSettings settings) {
        return new Kinematics(settings).measure(pose, outline);
    }

    /**
     * The outline may be a reading held over from an earlier frame (TrackedRecording reads it at
     * most 15 times a second); its estimate then speaks for this frame, so it carries this frame's time.
     */
    private KinematicFrame withOutline(KinematicFrame frame, BackOutline outline) {
        KinematicFrame lined = withSecondBodyLine(frame, outline);
        return outlineSpine.estimate(outline, lined.view())
                .map(e -> new SilhouetteSpineEstimate(lined.timestampMicros(), e.flexionDegrees(), e.confidence(),
                        e.lumbarAngleDegrees()))
                .map(lined::withOutlineSpine).orElse(lined);
    }

    /**
     * The body line to the ankle as the mean of MoveNet's (near side) and BlazePose's (the outline's
     * landmarks), when both read it: two independent models, whose errors do not follow each
     * other, so their mean is steadier than either (docs/kinematics.md). Otherwise MoveNet's alone.
     */
    static KinematicFrame withSecondBodyLine(KinematicFrame frame, BackOutline outline) {
        OptionalDouble moveNet = frame.angles().bodyLineToAnkle().valueIfPresent();
        OptionalDouble blazePoseSag = outline.bodyLineSagDegrees();
        if (moveNet.isEmpty() || blazePoseSag.isEmpty()) {
            return frame;
        }
        double blazePoseLine = STRAIGHT_DEGREES + blazePoseSag.getAsDouble();
        double mean = (moveNet.getAsDouble() + blazePoseLine) / 2;
        return frame.withAveragedBodyLine(Measurement.of(mean));
    }

    /** The next frame of the stream, a person's keypoints without tracking (tests, photos, other estimators). */
    public KinematicFrame measure(Pose pose) {
        long t = pose.timestampMicros();
        advance(t);
        if (t - lastPersonMicros > settings.forgetAfterMicros()) {
            forgetPerson();
        }
        lastPersonMicros = t;
        ViewEstimate view = views.track(ViewDetector.detect(pose), t);
        SwapRepair.Result repaired = swaps.repair(pose, view.view());
        Pose p = repaired.pose();
        BodySide side = sides.select(p);
        Optional<Facing> facing = FacingDetector.detect(p, side);
        if (facing.isPresent()) {
            lastFacing = facing.get();
        } else if (lastFacing != null) {
            facing = Optional.of(lastFacing);
        }
        BodyAngles angles = BodyAngleCalculator.compute(p, side, facing, view);
        SpineReading back = spine.estimate(p, side, facing, view);
        return new KinematicFrame(t, true, view, Optional.of(side), facing, angles, back, repaired.swapped(), Optional.empty(),
                false, BodyAngleCalculator.handHeight(p, side), FrontalBodyLine.measure(p, view),
                LimbSides.measure(p, view, settings.limbs()), frontReferences.next(FrontalTrunk.measure(p, view), t)
                        .withTrunkHeight(FrontalTrunk.height(p, view)));
    }

    /** Starts over, as for a new stream. */
    public void reset() {
        started = false;
        swaps.reset();
        forgetPerson();
    }

    private KinematicFrame nobody(long t) {
        advance(t);
        swaps.reset();
        if (t - lastPersonMicros > settings.forgetAfterMicros()) {
            forgetPerson();
        }
        return KinematicFrame.nobody(t);
    }

    private void advance(long t) {
        if (started && t < lastMicros) {
            reset();
        }
        if (!started) {
            started = true;
            lastPersonMicros = t;
        }
        lastMicros = t;
    }

    private void forgetPerson() {
        sides.reset();
        views.reset();
        frontReferences.reset();
        lastFacing = null;
    }
}
