package dev.formcheck.analysis.exercise;

import dev.formcheck.analysis.Crossing;
import dev.formcheck.analysis.PhaseCycle;
import dev.formcheck.analysis.PhaseMachine.RepStart;
import dev.formcheck.analysis.thresholds.Thresholds;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The exercises FormCheck knows, built from thresholds (the shipped defaults merged with the
 * user's calibration). One method per exercise family; every number comes from a named threshold
 * in {@code calibration/defaults.json}, every sentence the user hears is here.
 */
public final class Exercises {
    private final Map<String, ExerciseDefinition> byName;

    private Exercises(Map<String, ExerciseDefinition> byName) {
        this.byName = Collections.unmodifiableMap(byName);
    }

    /** Every exercise, with these thresholds. */
    public static Exercises from(Thresholds t) {
        Map<String, ExerciseDefinition> all = new LinkedHashMap<>();
        for (ExerciseDefinition d : List.of(squat(t), hinge("hip-hinge", t), hinge("deadlift", t),
                hinge("romanian-deadlift", t), pushUp(t), plank("plank", t), plank("high-plank", t))) {
            all.put(d.name(), d);
        }
        return new Exercises(all);
    }

    public Optional<ExerciseDefinition> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    public ExerciseDefinition get(String name) {
        return find(name).orElseThrow(() -> new IllegalArgumentException(
                "no exercise named '" + name + "'; known: " + String.join(", ", names())));
    }

    /** The names, in the order they are listed to the user. */
    public List<String> names() {
        return List.copyOf(byName.keySet());
    }

    public List<ExerciseDefinition> all() {
        return List.copyOf(byName.values());
    }

    // ---- the definitions ----

    static final String CUE_BACK_FLAT_SQUAT = "Chest up - keep your back flat";
    static final String CUE_BACK_FLAT_HINGE = "Hips back, chest proud - keep your back flat";
    static final String CUE_FLAT_BACK_PLANK = "Flatten your upper back - push the floor away";
    static final String CUE_NO_ARCH = "Ribs down, squeeze your glutes - don't arch your back";
    static final String CUE_NEUTRAL = "Reset your back to neutral before the next rep";
    static final String CUE_HIPS_UP = "Lift your hips - brace, straight line from head to heels";
    static final String CUE_HIPS_DOWN = "Lower your hips into a straight line";
    static final String CUE_DEPTH = "Sit deeper - thighs to parallel";
    static final String CUE_HEAD = "Keep your neck long, in line with your back";

    /**
     * The four phases every rep exercise here goes through, from thresholds named
     * {@code <exercise>.<joint>.<rest>_min}, {@code .descent_max}, {@code .bottom_max}, {@code .ascent_min}
     * and {@code <exercise>.min_phase}: rest, descent, bottom, ascent, counted on the way back to rest.
     */
    private static PhaseCycle downAndUp(Thresholds t, String exercise, String joint, String rest) {
        String p = exercise + "." + joint + ".";
        long minPhase = t.micros(exercise + ".min_phase");
        return PhaseCycle.startingAt(rest, Crossing.atOrAbove(t.degrees(p + rest + "_min")), minPhase)
                .then("descent", Crossing.atOrBelow(t.degrees(p + "descent_max")), minPhase)
                .then("bottom", Crossing.atOrBelow(t.degrees(p + "bottom_max")), minPhase)
                .then("ascent", Crossing.atOrAbove(t.degrees(p + "ascent_min")), minPhase)
                .build(t.micros("phases.gap_hold"));
    }

    private static ExerciseDefinition squat(Thresholds t) {
        String n = "squat";
        PhaseCycle cycle = downAndUp(t, n, "thigh", "standing");
        Movement moves = new Movement.Repetitions("thigh inclination", FrameQuantity.THIGH_INCLINATION, cycle, "bottom",
                RepStart.AT_REST, StandingPositions.squat(t));
        List<FrameCheck> checks = List.of(
                check(t, FlagKind.ROUNDED_BACK, FaultSignal.SPINE_FLEXION, "flexion_min", Set.of("bottom", "ascent"),
                        CUE_BACK_FLAT_SQUAT),
                lostNeutral(t, Set.of()),
                headDrop(t, Set.of()));
        RepCheck depth = new RepCheck(FlagKind.SHALLOW_DEPTH, RepMetrics.THIGH_SHORT_OF_PARALLEL,
                "flags.shallow_depth.thigh_min", t.degrees("flags.shallow_depth.thigh_min"),
                "flags.shallow_depth.thigh_min_front", t.degrees("flags.shallow_depth.thigh_min_front"),
                t.degrees("flags.shallow_depth.severity_step"), CUE_DEPTH);
        return new ExerciseDefinition(n, moves, checks, List.of(depth));
    }

    /**
     * Hip hinges: the hip-hinge drill, the deadlift from the floor and the Romanian deadlift differ in
     * their thresholds, and in where a rep starts. The drill and the Romanian deadlift start standing
     * (top, bottom, top); a deadlift's rep is floor, lockout, floor, so a set seen first on the floor
     * (the clip starts with the bar there) counts its first pull (decision 0036).
     */
    private static ExerciseDefinition hinge(String n, Thresholds t) {
        PhaseCycle cycle = downAndUp(t, n, "hip", "standing");
        RepStart start = n.equals("deadlift") ? RepStart.AT_REST_OR_TURN : RepStart.AT_REST;
        Movement moves = new Movement.Repetitions("hip angle", FrameQuantity.HIP_ANGLE, cycle, "bottom", start,
                StandingPositions.hinge(n, t));
        List<FrameCheck> checks = List.of(
                check(t, FlagKind.ROUNDED_BACK, FaultSignal.SPINE_FLEXION, "flexion_min", Set.of(), CUE_BACK_FLAT_HINGE),
                lostNeutral(t, Set.of()),
                headDrop(t, Set.of()));
        return new ExerciseDefinition(n, moves, checks, List.of());
    }

    private static ExerciseDefinition pushUp(Thresholds t) {
        String n = "push-up";
        PhaseCycle cycle = downAndUp(t, n, "elbow", "top");
        // Leaving the plank on the hands (onto the knees folded under, or up to kneel or stand) ends
        // the set: straightening the arms on all fours after lying down is no rep (issue 12, class 2).
        List<Movement.PositionLimit> left = List.of(
                new Movement.PositionLimit("push-up.position.incline_max", FrameQuantity.TRUNK_ABOVE_HORIZONTAL,
                        Crossing.atOrAbove(t.degrees("push-up.position.incline_max"))),
                new Movement.PositionLimit("push-up.position.body_line_min", bodyLine(t),
                        Crossing.atOrBelow(t.degrees("push-up.position.body_line_min"))));
        Movement moves = new Movement.Repetitions("elbow angle", FrameQuantity.NEAR_ELBOW, cycle, "bottom", RepStart.AT_REST,
                left);
        // The body line matters at the top between reps as much as at the bottom.
        Set<String> everyPhase = Set.of("top", "descent", "bottom", "ascent");
        return new ExerciseDefinition(n, moves, bodyLineChecks(t, everyPhase), List.of());
    }

    private static ExerciseDefinition plank(String n, Thresholds t) {
        Movement moves = new Movement.HeldPosition(
                FrameQuantity.TRUNK_ABOVE_HORIZONTAL, Crossing.atOrBelow(t.degrees(n + ".incline.enter_max")),
                Crossing.atOrAbove(t.degrees(n + ".incline.exit_min")),
                bodyLine(t), Crossing.atOrAbove(t.degrees(n + ".body_line.enter_min")),
                Crossing.atOrBelow(t.degrees(n + ".body_line.exit_max")),
                t.micros(n + ".min_hold"), t.micros(n + ".grace"));
        return new ExerciseDefinition(n, moves, bodyLineChecks(t, Set.of()), List.of());
    }

    /** The body line as the plank checks judge it ({@link FaultSignal#bodyLine}). */
    private static FrameQuantity bodyLine(Thresholds t) {
        double straightKnee = t.degrees("flags.body_line.straight_knee_min");
        return f -> FaultSignal.bodyLine(f, straightKnee);
    }

    /** Plank and push-up: the body held straight from head to heels. */
    private static List<FrameCheck> bodyLineChecks(Thresholds t, Set<String> phases) {
        List<FrameCheck> checks = new ArrayList<>();
        // A humped upper back breaks the straight line as much as sagging hips do.
        checks.add(check(t, FlagKind.ROUNDED_BACK, FaultSignal.SPINE_FLEXION, "flexion_min", phases, CUE_FLAT_BACK_PLANK));
        checks.add(check(t, FlagKind.LUMBAR_HYPEREXTENSION, FaultSignal.SPINE_EXTENSION, "extension_min", phases, CUE_NO_ARCH));
        checks.add(check(t, FlagKind.HIPS_SAGGING, FaultSignal.HIP_SAG, "min", phases, CUE_HIPS_UP));
        checks.add(check(t, FlagKind.HIPS_PIKED, FaultSignal.HIP_PIKE, "min", phases, CUE_HIPS_DOWN));
        checks.add(lostNeutral(t, phases));
        checks.add(headDrop(t, phases));
        return checks;
    }

    /** A dropped head: with its own, longer persistence (a held posture, not a glance). */
    private static FrameCheck headDrop(Thresholds t, Set<String> phases) {
        return check(t, FlagKind.HEAD_DROP, FaultSignal.HEAD_DROP, "min", phases, CUE_HEAD)
                .withPersistence(t.micros("flags.head_drop.persistence"));
    }

    private static FrameCheck lostNeutral(Thresholds t, Set<String> phases) {
        // "Sustained": it has its own, longer persistence.
        return check(t, FlagKind.LOST_NEUTRAL_SPINE, FaultSignal.SPINE_DEPARTURE, "departure_min", phases, CUE_NEUTRAL)
                .withPersistence(t.micros("flags.lost_neutral_spine.persistence"));
    }

    private static FrameCheck check(Thresholds t, FlagKind kind, FaultSignal signal, String thresholdSuffix,
                                    Set<String> phases, String cue) {
        String prefix = "flags." + kind.key() + ".";
        String name = prefix + thresholdSuffix;
        return new FrameCheck(kind, signal, name, t.degrees(name), t.degrees(prefix + "severity_step"),
                t.micros("flags.debounce"), t.micros("flags.release"), phases, cue);
    }
}
