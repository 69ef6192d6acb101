package dev.formcheck.synthetic;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * A scenario's exercise as a motion: walking in, standing idle, getting into position (down onto
 * the floor for push-ups and planks), the set (reps with a rest at the top between them, or a
 * hold), then out of position, idle again and walking out, with the scenario's faults injected
 * through the body's joints.
 * Every rep varies in tempo and depth, drawn from the scenario's seed, so the same scenario is
 * always the same motion. Its {@link #truth()} says when everything happens.
 */
public final class ExerciseMotion implements Motion {
    /** Standing idle, swaying a little, after walking in and before getting into position; and after the set. */
    public static final double IDLE_BEFORE_S = 2.0;
    /** The walk in that opens every scenario; standing idle follows it, the still standing a user calibrates on. */
    public static final double WALK_IN_S = Walk.SECONDS;
    static final double IDLE_AFTER_S = 1.5;
    /** Between idle sway keyframes. */
    static final double[] IDLE_STEP_S = {0.9, 1.5};
    /** Still in the top position before the first rep and after the last. */
    static final double SETTLE_S = 0.6;
    /** Each of the three steps down to the floor (crouch, hands and knees, plank) or back up. */
    static final double FLOOR_STEP_S = 1.3;

    // Per-rep tempo, drawn uniformly: a rep lasts 2.0-2.75 s, 2.2-3.0 s for the deadlift's longer stop on the floor.
    static final double[] DESCENT_S = {1.0, 1.3};
    static final double[] BOTTOM_PAUSE_S = {0.1, 0.25};
    static final double[] DEADLIFT_BOTTOM_PAUSE_S = {0.3, 0.5};
    static final double[] ASCENT_S = {0.9, 1.2};
    /** At the top between reps. */
    static final double[] REST_S = {0.6, 1.1};

    /** Push-up elbows, between upper arm and forearm: nearly straight at the top, to about 80 at the bottom (the figures). */
    static final double PUSH_UP_TOP_ELBOW_DEG = 170;
    static final double[] PUSH_UP_BOTTOM_ELBOW_DEG = {76, 86};
    /** A clean hold is never perfectly still: the hips drift this many degrees either way. */
    static final double HOLD_DRIFT_DEG = 1.0;
    static final double[] HOLD_DRIFT_STEP_S = {2, 4};

    /** Idle standing sway: shapes drawn around standing tall (our choice). */
    static final double[][] IDLE_SHAPE_RANGES = {{1, 4}, {1, 3}, {1, 5}, {3, 14}, {6, 16}};
    /**
     * How much of an arched back is the pelvis tipping forward under the lumbar spine rather than
     * the thorax turning back above it. Our choice: half, as a deep hinge leaves the hips little
     * more flexion to give (a deadlift's bottom is already 116-119 degrees of hip flexion).
     */
    static final double ARCH_PELVIS_SHARE = 0.5;
    /** After a set ending on the floor ({@link ExerciseScenario.SetEnding#REST_ON_THE_FLOOR}): how long the rest there lasts. */
    static final double FLOOR_REST_S = 4.0;
    /** Lying face down after push-ups: elbows bent this far (chest near the floor), hips let down this many degrees. Our choice. */
    static final double LYING_ELBOW_DEG = 50;
    static final double LYING_HIP_SAG_DEG = 10;
    /**
     * Crouched right down after a standing set, heels down, the trunk leant forward and the arms
     * hanging so that the hands rest on the floor (for an adult the wrists come within about 2 cm
     * of it). Our choice; the arms held forward at knee height, as first made, were no rest on the hands.
     */
    static final SquatMotion.Shape FLOOR_CROUCH = new SquatMotion.Shape(110, 36, 50, 5, 5);
    /** Crouching with the hands going to the floor, on the way down. Our choice. */
    static final SquatMotion.Shape CROUCH = new SquatMotion.Shape(105, 32, 55, 40, 10);

    /** A fault with its size over time. */
    private record ActiveFault(FaultKind kind, double degrees, Curve weight) {
        double at(double seconds) {
            return degrees * weight.at(seconds);
        }
    }

    private final Anthropometry body;
    private final ExerciseScenario scenario;
    private final Trajectory before;
    private final Trajectory after;
    private final BodyPose arrival;
    private final BodyPose departure;
    private final double inPosition;
    private final double outOfPosition;
    private final Curve depth;
    private final List<Double> repStarts;
    private final List<SquatMotion.Shape> liftBottoms;
    private final List<Double> elbowBottoms;
    private final Curve hipDrift;
    private final Vec3 hand;
    private final List<ActiveFault> faults;
    private final ScenarioTruth truth;

    private ExerciseMotion(Builder b) {
        this.body = b.body;
        this.scenario = b.scenario;
        this.before = b.before;
        this.after = b.after;
        this.arrival = b.before == null ? null : b.before.poseAt(0);
        this.departure = b.after == null ? null : b.after.poseAt(b.after.durationSeconds());
        this.inPosition = b.inPosition;
        this.outOfPosition = b.outOfPosition;
        this.depth = b.depth;
        this.repStarts = List.copyOf(b.repStarts);
        this.liftBottoms = List.copyOf(b.liftBottoms);
        this.elbowBottoms = List.copyOf(b.elbowBottoms);
        this.hipDrift = b.hipDrift;
        this.hand = b.hand;
        this.faults = List.copyOf(b.faults);
        this.truth = b.truth;
    }

    /** The scenario's motion; faults that would take a joint out of its range are refused here, with the joint named. */
    public static ExerciseMotion generate(Anthropometry body, ExerciseScenario scenario) {
        ExerciseMotion motion = new Builder(body, scenario).build();
        for (ScenarioTruth.InjectedFault f : motion.truth.faults()) {
            try {
                motion.poseAt(f.peakSeconds());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(f.kind().id() + " of " + f.degrees() + " degrees is more than "
                        + scenario.exercise().id() + " allows: " + e.getMessage(), e);
            }
        }
        return motion;
    }

    public ScenarioTruth truth() {
        return truth;
    }

    public ExerciseScenario scenario() {
        return scenario;
    }

    @Override
    public double durationSeconds() {
        return truth.durationSeconds();
    }

    /** Frames at the scenario's frame rate, frame {@code i} at {@code i / fps} seconds, rendered as they are taken. */
    public Stream<SyntheticFrame> frames(Camera camera, Renderer renderer) {
        long count = Math.max(1, Math.round(durationSeconds() * scenario.fps()));
        return IntStream.range(0, Math.toIntExact(count)).mapToObj(i -> {
            double seconds = i / scenario.fps();
            return renderer.render(ForwardKinematics.solve(body, poseAt(seconds)), camera, Math.round(seconds * 1e6));
        });
    }

    @Override
    public BodyPose poseAt(double seconds) {
        if (seconds < Walk.SECONDS) {
            return Walk.in(body, arrival, seconds);
        }
        if (seconds < inPosition) {
            return before.poseAt(seconds - Walk.SECONDS);
        }
        if (seconds <= outOfPosition) {
            return inSet(seconds);
        }
        double leaving = seconds - outOfPosition;
        if (leaving <= after.durationSeconds()) {
            return after.poseAt(leaving);
        }
        return Walk.out(body, departure, leaving - after.durationSeconds());
    }

    private BodyPose inSet(double t) {
        Map<FaultKind, Double> size = new EnumMap<>(FaultKind.class);
        for (FaultKind k : FaultKind.values()) {
            size.put(k, 0.0);
        }
        for (ActiveFault f : faults) {
            size.merge(f.kind(), f.at(t), Double::sum);
        }
        Exercise exercise = scenario.exercise();
        double d = depth.at(t);
        int rep = repAt(t);
        if (exercise == Exercise.LUNGE) {
            return LungePoses.at(body, lungeFrontLeg(rep + 1), d, size.get(FaultKind.TORSO_LEAN),
                    p -> withSpineAndHead(p, size, true));
        }
        if (exercise == Exercise.BIRD_DOG) {
            return ReachPoses.birdDog(body, hand.x(), reachingArm(rep + 1), d, p -> withSpineAndHead(p, size, false));
        }
        if (exercise == Exercise.DEAD_BUG) {
            return ReachPoses.deadBug(body, reachingArm(rep + 1), d, p -> ReachPoses.archLyingOnTheBack(
                    p.with(Joint.NECK_FLEXION, p.angle(Joint.NECK_FLEXION) + size.get(FaultKind.HEAD_DROP)),
                    size.get(FaultKind.SPINE_EXTENSION)));
        }
        if (exercise.kind() == Exercise.Kind.STANDING_REPS) {
            StandingLifts.Ranges ranges = StandingLifts.of(exercise);
            SquatMotion.Shape shape = StandingLifts.between(ranges.top(), liftBottoms.get(rep), d);
            BodyPose p = withSpineAndHead(SquatMotion.pose(body, shape, ranges.neckCounterShare(), ranges.lean()), size, true);
            double cave = size.get(FaultKind.KNEE_CAVE);
            if (cave != 0) {
                p = kneesCavingIn(p, cave);
            }
            return SquatMotion.plant(body, p);
        }
        double hip = hipDrift.at(t) + size.get(FaultKind.HIP_PIKE) - size.get(FaultKind.HIP_SAG);
        UnaryOperator<BodyPose> spine = p -> withSpineAndHead(p, size, false);
        return switch (exercise) {
            case PUSH_UP -> FloorPoses.onHands(body, hand,
                    PUSH_UP_TOP_ELBOW_DEG + (elbowBottoms.get(rep) - PUSH_UP_TOP_ELBOW_DEG) * d, hip, spine);
            case HIGH_PLANK -> FloorPoses.onHands(body, hand, PUSH_UP_TOP_ELBOW_DEG, hip, spine);
            case PLANK -> FloorPoses.forearmPlank(body, hip, spine);
            default -> throw new IllegalStateException("no floor pose for " + exercise.id());
        };
    }

    /**
     * Both knees caving in: the hips adducted by {@code degrees}, and each knee turned into valgus
     * just enough to bring its ankle back out to where it stood, so the feet stay planted (found by
     * bisection on the right ankle's sideways position; the body is symmetric).
     */
    private BodyPose kneesCavingIn(BodyPose p, double degrees) {
        double standsAt = ForwardKinematics.solve(body, p).point(Landmark.RIGHT_ANKLE).z();
        BodyPose adducted = p.withBothSides(Joint.LEFT_HIP_ABDUCTION, p.angle(Joint.LEFT_HIP_ABDUCTION) - degrees);
        double lo = 0;
        double hi = Joint.LEFT_KNEE_VALGUS.maxDegrees();
        for (int i = 0; i < VALGUS_SOLVER_STEPS; i++) {
            double mid = (lo + hi) / 2;
            double z = ForwardKinematics.solve(body, adducted.withBothSides(Joint.LEFT_KNEE_VALGUS, mid)).point(Landmark.RIGHT_ANKLE).z();
            if (z < standsAt) { // the right ankle still inside (towards -z) of where it stood
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return adducted.withBothSides(Joint.LEFT_KNEE_VALGUS, (lo + hi) / 2);
    }

    /** Bisection steps for the knees' valgus: well under a hundredth of a degree. */
    static final int VALGUS_SOLVER_STEPS = 30;

    /** A lunge's front leg on rep {@code rep} (1-based): the left on odd reps, the right on even ones. */
    public static Side lungeFrontLeg(int rep) {
        return rep % 2 == 1 ? Side.LEFT : Side.RIGHT;
    }

    /** A bird-dog's or dead bug's reaching arm on rep {@code rep} (1-based): the left on odd reps, the right on even ones. */
    public static Side reachingArm(int rep) {
        return rep % 2 == 1 ? Side.LEFT : Side.RIGHT;
    }

    /** The rep under way at {@code t}, or the last one begun (0 before the first). */
    private int repAt(double t) {
        int rep = 0;
        for (int i = 0; i < repStarts.size() && repStarts.get(i) <= t; i++) {
            rep = i;
        }
        return rep;
    }

    /**
     * The spine and head faults through their joints. Flexion is spread half lumbar, half
     * thoracic. Extension arches the lumbar spine, the pelvis tipping forward under it by
     * {@link #ARCH_PELVIS_SHARE} of the arch (the hips flex with it, so the thighs stay) and the
     * thorax turning back by the rest: in a plank or push-up the hips drop towards the floor, as
     * they do with an arched back. A head drop flexes the neck. Arms that hang from the thorax
     * turn with it, so they keep hanging as before.
     */
    static BodyPose withSpineAndHead(BodyPose p, Map<FaultKind, Double> size, boolean armsHang) {
        double flexion = size.get(FaultKind.SPINE_FLEXION);
        double extension = size.get(FaultKind.SPINE_EXTENSION);
        double pelvis = extension * ARCH_PELVIS_SHARE;
        double thoraxTurn = flexion - (extension - pelvis);
        BodyPose out = p.with(Joint.LUMBAR_FLEXION, p.angle(Joint.LUMBAR_FLEXION) + flexion / 2 - extension)
                .with(Joint.THORACIC_FLEXION, p.angle(Joint.THORACIC_FLEXION) + flexion / 2)
                .with(Joint.PELVIS_TILT, p.angle(Joint.PELVIS_TILT) + pelvis)
                .with(Joint.NECK_FLEXION, p.angle(Joint.NECK_FLEXION) + size.get(FaultKind.HEAD_DROP));
        for (Side side : Side.values()) {
            Joint hip = Joint.LEFT_HIP_FLEXION.on(side);
            out = out.with(hip, p.angle(hip) + pelvis);
            if (armsHang) {
                Joint shoulder = Joint.LEFT_SHOULDER_FLEXION.on(side);
                out = out.with(shoulder, p.angle(shoulder) + thoraxTurn);
            }
        }
        return out;
    }

    /**
     * Lays out the scenario in time: walking in, idle, into position, the set, out of position,
     * idle, walking out. The idle and positioning keyframes before the set count from the end of
     * the walk in.
     */
    private static final class Builder {
        final Anthropometry body;
        final ExerciseScenario scenario;
        final Random random;
        /** How the trunk leans standing, so the idle sway and the set share one spine. */
        SquatMotion.LeanShares lean = SquatMotion.SQUAT_LEAN;
        Trajectory before;
        Trajectory after;
        double inPosition;
        double outOfPosition;
        Curve depth = Curve.builder().build();
        final List<Double> repStarts = new ArrayList<>();
        final List<SquatMotion.Shape> liftBottoms = new ArrayList<>();
        final List<Double> elbowBottoms = new ArrayList<>();
        Curve hipDrift = Curve.builder().build();
        Vec3 hand;
        final List<ActiveFault> faults = new ArrayList<>();
        ScenarioTruth truth;

        Builder(Anthropometry body, ExerciseScenario scenario) {
            this.body = body;
            this.scenario = scenario;
            this.random = new Random(scenario.seed());
        }

        ExerciseMotion build() {
            Exercise exercise = scenario.exercise();
            boolean floor = exercise.isOnTheFloor();
            if (floor) {
                hand = FloorPoses.pushUpHand(body);
            }
            // The row's top is its hinge: the body stands by it and hinges into it, as floor exercises get down.
            boolean hingesIn = exercise == Exercise.BENT_OVER_ROW;
            SquatMotion.Shape standingTop = floor || hingesIn ? StandingLifts.HANGING_ARMS_TOP : StandingLifts.of(exercise).top();
            double neckShare = floor ? 0 : StandingLifts.of(exercise).neckCounterShare();
            lean = floor ? SquatMotion.SQUAT_LEAN : StandingLifts.of(exercise).lean();
            List<Trajectory.Keyframe> in = idle(0, IDLE_BEFORE_S, standingTop, neckShare);
            inPosition = Walk.SECONDS + IDLE_BEFORE_S + (floor ? 3 * FLOOR_STEP_S : hingesIn ? FLOOR_STEP_S : 0);
            double setStart = inPosition + (exercise.isHold() ? 0 : SETTLE_S);
            List<ScenarioTruth.RepTruth> reps = new ArrayList<>();
            List<ScenarioTruth.HoldTruth> holds = new ArrayList<>();
            double setEnd = exercise.isHold() ? hold(setStart, holds) : reps(setStart, reps);
            outOfPosition = setEnd + (exercise.isHold() ? 0 : SETTLE_S);
            // The set's poses are known before the trajectories around it, which start and end on them:
            // a motion of the set alone gives them.
            ExerciseMotion partial = new ExerciseMotion(this);
            BodyPose positioned = partial.inSet(inPosition);
            BodyPose leaving = partial.inSet(outOfPosition);
            double afterStart = 0;
            List<Trajectory.Keyframe> out = new ArrayList<>();
            boolean restOnFloor = scenario.ending() == ExerciseScenario.SetEnding.REST_ON_THE_FLOOR;
            if (floor) {
                BodyPose crouch = SquatMotion.pose(body, CROUCH, 0);
                // Lying on the back, the body sits down and lies back rather than going onto all fours.
                BodyPose fours = exercise == Exercise.DEAD_BUG ? ReachPoses.sitting(body) : FloorPoses.allFours(body, hand.x());
                in.add(new Trajectory.Keyframe(IDLE_BEFORE_S + FLOOR_STEP_S, crouch));
                in.add(new Trajectory.Keyframe(IDLE_BEFORE_S + 2 * FLOOR_STEP_S, fours));
                out.add(new Trajectory.Keyframe(0, leaving));
                double down = 0;
                if (restOnFloor) {
                    // Lowered all the way, chest to the floor, hips let down, and a rest lying there.
                    BodyPose lying = FloorPoses.onHands(body, hand, LYING_ELBOW_DEG, -LYING_HIP_SAG_DEG, UnaryOperator.identity());
                    out.add(new Trajectory.Keyframe(FLOOR_STEP_S, lying));
                    out.add(new Trajectory.Keyframe(FLOOR_STEP_S + FLOOR_REST_S, lying));
                    down = FLOOR_STEP_S + FLOOR_REST_S;
                }
                out.add(new Trajectory.Keyframe(down + FLOOR_STEP_S, fours));
                out.add(new Trajectory.Keyframe(down + 2 * FLOOR_STEP_S, crouch));
                afterStart = down + 3 * FLOOR_STEP_S;
            } else if (restOnFloor) {
                // Crouched right down, hands on the floor, and a rest there before standing up.
                out.add(new Trajectory.Keyframe(0, leaving));
                BodyPose crouch = SquatMotion.plant(body, SquatMotion.pose(body, FLOOR_CROUCH, 0));
                out.add(new Trajectory.Keyframe(FLOOR_STEP_S, crouch));
                out.add(new Trajectory.Keyframe(FLOOR_STEP_S + FLOOR_REST_S, crouch));
                afterStart = 2 * FLOOR_STEP_S + FLOOR_REST_S;
            }
            if (floor || hingesIn) {
                in.add(new Trajectory.Keyframe(inPosition - Walk.SECONDS, positioned));
            }
            before = Trajectory.through(in);
            List<Trajectory.Keyframe> idleAfter = idle(afterStart, IDLE_AFTER_S, standingTop, neckShare);
            if (floor || restOnFloor) {
                out.addAll(idleAfter);
            } else {
                out.add(new Trajectory.Keyframe(0, leaving));
                out.addAll(idleAfter.subList(1, idleAfter.size()));
            }
            after = Trajectory.through(out);
            double duration = outOfPosition + after.durationSeconds() + Walk.SECONDS;
            truth = new ScenarioTruth(scenario.name(), exercise, duration, scenario.fps(), scenario.cameraAzimuthDegrees(),
                    new ScenarioTruth.Span(0, setStart), new ScenarioTruth.Span(setStart, setEnd),
                    new ScenarioTruth.Span(setEnd, duration), reps, holds);
            return new ExerciseMotion(this);
        }

        /** Standing with a little sway from {@code start} for {@code seconds}, starting and ending at {@code top}. */
        private List<Trajectory.Keyframe> idle(double start, double seconds, SquatMotion.Shape top, double neckShare) {
            List<Trajectory.Keyframe> keys = new ArrayList<>();
            keys.add(new Trajectory.Keyframe(start, standing(top, neckShare)));
            double t = start + StandingLifts.uniform(random, IDLE_STEP_S);
            while (t < start + seconds - IDLE_STEP_S[0]) {
                double[][] r = IDLE_SHAPE_RANGES;
                SquatMotion.Shape sway = new SquatMotion.Shape(StandingLifts.uniform(random, r[0]),
                        StandingLifts.uniform(random, r[1]), StandingLifts.uniform(random, r[2]),
                        StandingLifts.uniform(random, r[3]), StandingLifts.uniform(random, r[4]));
                keys.add(new Trajectory.Keyframe(t, standing(sway, neckShare)));
                t += StandingLifts.uniform(random, IDLE_STEP_S);
            }
            keys.add(new Trajectory.Keyframe(start + seconds, standing(top, neckShare)));
            return keys;
        }

        private BodyPose standing(SquatMotion.Shape shape, double neckShare) {
            return SquatMotion.pose(body, shape, neckShare, lean);
        }

        /**
         * Lays out the reps from {@code start}; returns the end of the last. A deadlift's reps run
         * floor, lockout, floor (decision 0018): the body sets up to the bar (down to the floor),
         * pulls and lowers the bar to the floor each rep, and after the last one stands up without
         * it: one descent and one rise more than its reps, the set-up and the stand-up no rep.
         */
        private double reps(double start, List<ScenarioTruth.RepTruth> out) {
            Exercise exercise = scenario.exercise();
            boolean floorToFloor = exercise == Exercise.DEADLIFT;
            Curve.Builder depthKeys = Curve.builder().at(start, 0);
            double t = start;
            List<double[]> floors = new ArrayList<>();
            List<List<ScenarioTruth.InjectedFault>> pending = new ArrayList<>();
            int cycles = scenario.reps() + (floorToFloor ? 1 : 0);
            for (int i = 1; i <= cycles; i++) {
                double descent = StandingLifts.uniform(random, DESCENT_S);
                double pause = StandingLifts.uniform(random,
                        exercise == Exercise.DEADLIFT ? DEADLIFT_BOTTOM_PAUSE_S : BOTTOM_PAUSE_S);
                double ascent = StandingLifts.uniform(random, ASCENT_S);
                double rest = StandingLifts.uniform(random, REST_S);
                if (exercise.isOnTheFloor()) {
                    elbowBottoms.add(StandingLifts.uniform(random, PUSH_UP_BOTTOM_ELBOW_DEG));
                    liftBottoms.add(StandingLifts.HANGING_ARMS_TOP);
                } else {
                    liftBottoms.add(StandingLifts.bottom(StandingLifts.of(exercise), random));
                    elbowBottoms.add(PUSH_UP_TOP_ELBOW_DEG);
                }
                double bottomStart = t + descent;
                double bottomEnd = bottomStart + pause;
                double end = bottomEnd + ascent;
                repStarts.add(t);
                depthKeys.at(t, 0).at(bottomStart, 1).at(bottomEnd, 1).at(end, 0);
                Curve weight = Curve.builder().at(t, 0).at(bottomStart, 1).at(bottomEnd, 1).at(end, 0).build();
                // A fault's size follows the rep's depth; half of it shows from mid-descent to mid-ascent.
                ScenarioTruth.Span half = new ScenarioTruth.Span(t + descent / 2, bottomEnd + ascent / 2);
                List<ScenarioTruth.InjectedFault> injected = new ArrayList<>();
                for (Fault f : scenario.faults()) {
                    if (f instanceof Fault.OnRep onRep && onRep.rep() == i) {
                        if (f.kind() == FaultKind.SHALLOW_DEPTH) {
                            SquatMotion.Shape b = liftBottoms.get(i - 1);
                            liftBottoms.set(i - 1, new SquatMotion.Shape(90 - f.degrees(), b.shankLean(), b.trunkLean(),
                                    b.armsForward(), b.elbows()));
                        } else {
                            faults.add(new ActiveFault(f.kind(), f.degrees(), weight));
                        }
                        injected.add(new ScenarioTruth.InjectedFault(f.kind(), f.degrees(), half, (bottomStart + bottomEnd) / 2));
                    }
                }
                if (floorToFloor) {
                    floors.add(new double[] {bottomStart, (bottomStart + bottomEnd) / 2});
                    pending.add(injected);
                } else {
                    out.add(new ScenarioTruth.RepTruth(i, t, (bottomStart + bottomEnd) / 2, end, injected));
                }
                t = i < cycles ? end + rest : end;
            }
            for (int i = 1; i <= scenario.reps() && floorToFloor; i++) {
                // from reaching the floor, through the lockout, to reaching it again with the bar
                out.add(new ScenarioTruth.RepTruth(i, floors.get(i - 1)[0], floors.get(i - 1)[1], floors.get(i)[0],
                        pending.get(i - 1)));
            }
            depth = depthKeys.build();
            return t;
        }

        /** Lays out the hold from {@code start}; returns its end. */
        private double hold(double start, List<ScenarioTruth.HoldTruth> out) {
            double end = start + scenario.holdSeconds();
            Curve.Builder drift = Curve.builder().at(start, 0);
            for (double t = start + StandingLifts.uniform(random, HOLD_DRIFT_STEP_S); t < end - HOLD_DRIFT_STEP_S[0];
                    t += StandingLifts.uniform(random, HOLD_DRIFT_STEP_S)) {
                drift.at(t, HOLD_DRIFT_DEG * (2 * random.nextDouble() - 1));
            }
            hipDrift = drift.at(end, 0).build();
            repStarts.add(start);
            liftBottoms.add(StandingLifts.HANGING_ARMS_TOP);
            elbowBottoms.add(PUSH_UP_TOP_ELBOW_DEG);
            List<ScenarioTruth.InjectedFault> injected = new ArrayList<>();
            double ramp = Fault.DuringHold.RAMP_S;
            for (Fault f : scenario.faults()) {
                if (f instanceof Fault.DuringHold during) {
                    double from = start + during.fromSeconds();
                    double to = start + during.toSeconds();
                    Curve weight = Curve.builder().at(from - ramp, 0).at(from, 1).at(to, 1).at(to + ramp, 0).build();
                    faults.add(new ActiveFault(f.kind(), f.degrees(), weight));
                    injected.add(new ScenarioTruth.InjectedFault(f.kind(), f.degrees(),
                            new ScenarioTruth.Span(from - ramp / 2, to + ramp / 2), (from + to) / 2));
                }
            }
            out.add(new ScenarioTruth.HoldTruth(start, end, injected));
            return end;
        }
    }
}
