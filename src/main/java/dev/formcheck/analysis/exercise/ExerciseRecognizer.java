package dev.formcheck.analysis.exercise;

import dev.formcheck.analysis.thresholds.Thresholds;
import dev.formcheck.kinematics.CameraView;
import dev.formcheck.kinematics.KinematicFrame;
import dev.formcheck.kinematics.Measurement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Names the exercise in a stretch of frames ({@code --exercise auto}). It runs the movement part
 * of candidate exercises over the frames and looks at the body where they say reps or holds
 * happened:
 * <ol>
 *   <li>lying (the shoulder-ankle line low) with push-up reps: {@code push-up};</li>
 *   <li>lying with reps of the hip rising from the floor, the knees bent at the top: {@code glute-bridge};</li>
 *   <li>lying in a plank hold: {@code push-up} when the elbows cycle through it (push-ups too shallow
 *       to count are still no hold), else {@code high-plank} with straight arms, else {@code plank};</li>
 *   <li>a shipped exercise added as data whose file's {@code recognition} asks to come before the
 *       standing rules below, which would take it for theirs: a {@code lunge} (its knees split at the
 *       turning points), a {@code bent-over-row} (elbows cycling with the trunk hinged);</li>
 *   <li>standing reps: seen side-on, a trunk fairly upright or knees deeply bent at the bottom is a
 *       {@code squat}; seen otherwise (obliquely or from the front, where the trunk's lean and the
 *       knee are foreshortened or not measured), a thigh near parallel at the bottom with the hands
 *       held at the knees or above is a {@code squat}; otherwise a hinge,
 *       named by the knees and hips at the bottom: soft knees and deep hips (or, seen obliquely,
 *       a trunk whose height in the image says it leans 60 degrees or more) a
 *       {@code romanian-deadlift}, bent knees a {@code deadlift}, otherwise the {@code hip-hinge}.</li>
 *   <li>the other shipped exercises added as data that declare how to recognise them (an
 *       {@code overhead-press}: the arms overhead at the turning points);</li>
 *   <li>none of those: the first of the user's own exercises that declares how to recognise it
 *       (its file's {@code recognition}) and fits.</li>
 * </ol>
 * Every number is a {@code recognition.*} threshold. Deadlift and hinge look alike without the
 * bar: the user's explicit choice always wins.
 */
public final class ExerciseRecognizer {
    private final Exercises exercises;
    private final Thresholds t;
    private final AnalysisSettings settings;

    public ExerciseRecognizer(Exercises exercises, Thresholds thresholds, AnalysisSettings settings) {
        this.exercises = exercises;
        this.t = thresholds;
        this.settings = settings;
    }

    /** The minimum number of reps before a live session names an exercise. */
    public int minReps() {
        return (int) Math.round(t.get("recognition.min_reps").value());
    }

    /**
     * The exercise these frames show, if any.
     *
     * @param minReps reps a rep exercise needs to be named (a hold needs one hold)
     */
    public Optional<String> recognize(List<KinematicFrame> frames, int minReps) {
        return recognize(frames, minReps, false);
    }

    /**
     * @param ended whether the stream is over: then any hold names a plank; before, a hold must
     *     have lasted {@code recognition.plank.min_hold} without push-ups in it (a push-up set starts
     *     from a plank)
     */
    public Optional<String> recognize(List<KinematicFrame> frames, int minReps, boolean ended) {
        Optional<String> shipped = recognizeShipped(frames, minReps, ended);
        return shipped.isPresent() ? shipped : recognizeUsers(frames, minReps, ended);
    }

    /**
     * The first of the user's exercises (in file order) that declares how to recognise it and whose
     * every condition holds where its movement found reps (at least {@code minReps}) or a hold. Only
     * tried when no shipped exercise fits: the shipped ones win ties.
     */
    private Optional<String> recognizeUsers(List<KinematicFrame> frames, int minReps, boolean ended) {
        return firstFitting(exercises.userRecognition(), frames, minReps, ended);
    }

    /** The first exercise of {@code candidates} whose movement finds reps or a hold in the frames and whose every condition holds there. */
    private Optional<String> firstFitting(java.util.Map<String, List<Exercises.RecognitionCondition>> candidates,
                                          List<KinematicFrame> frames, int minReps, boolean ended) {
        for (var e : candidates.entrySet()) {
            ExerciseResult r = run(e.getKey(), frames);
            List<long[]> spans = new ArrayList<>();
            List<RepResult> reps = r.reps();
            if (exercises.get(e.getKey()).countsReps()) {
                if (reps.size() < minReps) {
                    continue;
                }
                reps.forEach(rep -> spans.add(new long[] {rep.startMicros(), rep.endMicros()}));
            } else {
                r.holds().stream()
                        .filter(h -> ended || h.endMicros() - h.startMicros() >= t.micros("recognition.plank.min_hold"))
                        .findFirst().ifPresent(h -> spans.add(new long[] {h.startMicros(), h.endMicros()}));
                if (spans.isEmpty()) {
                    continue;
                }
            }
            boolean all = true;
            for (Exercises.RecognitionCondition c : e.getValue()) {
                OptionalDouble median = c.over() == ExerciseSpec.Over.TURNING_POINTS && !reps.isEmpty()
                        ? bottoms(frames, reps, c.quantity()) : medianOverSpans(frames, spans, c.quantity());
                all &= median.isPresent() && c.crossing().isMetBy(median.getAsDouble());
            }
            if (all) {
                return Optional.of(e.getKey());
            }
        }
        return Optional.empty();
    }

    private static OptionalDouble medianOverSpans(List<KinematicFrame> frames, List<long[]> spans, FrameQuantity q) {
        List<Double> values = new ArrayList<>();
        for (long[] s : spans) {
            collect(frames, s[0], s[1], q, values);
        }
        return median(values);
    }

    private Optional<String> recognizeShipped(List<KinematicFrame> frames, int minReps, boolean ended) {
        double lyingMax = t.degrees("recognition.lying.incline_max");
        ExerciseResult pushUps = run("push-up", frames);
        if (pushUps.reps().size() >= minReps
                && median(frames, pushUps.reps(), FrameQuantity.LYING_INCLINE).orElse(90) <= lyingMax
                && (!seenFrom(frames, pushUps.reps(), CameraView.FRONT)
                || median(frames, pushUps.reps(), FrameQuantity.HAND_HEIGHT).orElse(90) <= t.degrees("recognition.push-up.front_hand_max"))) {
            // from the front the lying check is the trunk's foreshortening, which MoveNet's hidden hips can
            // fake in a squat: a push-up's hands are also on the floor ahead of the feet (decision 0019)
            return Optional.of("push-up");
        }
        ExerciseResult bridges = run("glute-bridge", frames);
        if (bridges.reps().size() >= minReps
                && median(frames, bridges.reps(), FrameQuantity.TRUNK_ABOVE_HORIZONTAL).orElse(90) <= lyingMax
                && bottoms(frames, bridges.reps(), FrameQuantity.KNEE_ANGLE).orElse(180) <= t.degrees("recognition.glute-bridge.knee_max")) {
            return Optional.of("glute-bridge"); // the hips rising and falling with the trunk on the floor; its tops may look like a plank
        }
        ExerciseResult planks = run("plank", frames);
        Optional<HoldResult> held = planks.holds().stream()
                .filter(h -> ended || h.endMicros() - h.startMicros() >= t.micros("recognition.plank.min_hold")).findFirst();
        if (held.isPresent()) {
            HoldResult h = held.get();
            if (elbowRange(frames, h.startMicros(), h.endMicros()) >= t.degrees("recognition.push-up.elbow_cycle_min")) {
                return Optional.of("push-up"); // the elbows cycle: push-ups (too shallow to count, perhaps), not a hold
            }
            OptionalDouble elbow = median(frames, h.startMicros(), h.endMicros(), FrameQuantity.NEAR_ELBOW);
            boolean straightArms = elbow.isPresent() && elbow.getAsDouble() >= t.degrees("recognition.high-plank.elbow_min");
            return Optional.of(straightArms ? "high-plank" : "plank");
        }
        Optional<String> early = firstFitting(exercises.shippedRecognition(true), frames, minReps, ended);
        if (early.isPresent()) {
            return early; // exercises added as data that the rules below would take for theirs (a lunge, a row)
        }
        ExerciseResult squats = run("squat", frames);
        ExerciseResult hinges = run("hip-hinge", frames);
        boolean sideOn = seenSideOn(frames, squats.reps());
        if (squats.reps().size() >= minReps && sideOn
                && (bottoms(frames, squats.reps(), FrameQuantity.TRUNK).orElse(90) <= t.degrees("recognition.squat.trunk_max")
                || bottoms(frames, squats.reps(), FrameQuantity.KNEE_ANGLE).orElse(180) <= t.degrees("recognition.squat.knee_max"))) {
            return Optional.of("squat");
        }
        if (squats.reps().size() >= minReps && !sideOn) {
            // Not side-on: the trunk's lean and the knee are foreshortened or not measured, so only
            // the thigh, which every view measures, names a squat: deep enough for a squat, not a
            // deadlift; not level or pointing up, as in a crouch on the way down to the floor.
            // The hands, which every view measures too, keep a lift from the floor out: a squat holds
            // them at the knees or above (on a bar, at the chest, forward); a deadlift takes them to
            // the shins, and seen from 60 deg its thigh reads squat-deep (30 deg).
            double thigh = bottoms(frames, squats.reps(), FrameQuantity.THIGH_INCLINATION).orElse(90);
            double hands = bottoms(frames, squats.reps(), FrameQuantity.HAND_HEIGHT).orElse(90);
            if (thigh >= t.degrees("recognition.squat.front_thigh_min") && thigh <= t.degrees("recognition.squat.front_thigh_max")
                    && hands >= t.degrees("recognition.squat.front_hand_min")) {
                return Optional.of("squat");
            }
        }
        if (hinges.reps().size() >= minReps) {
            if (seenFrom(frames, hinges.reps(), CameraView.FRONT)) {
                return frontHinge(frames, hinges.reps());
            }
            if (bottoms(frames, hinges.reps(), FrameQuantity.BODY_INCLINE).orElse(90) <= lyingMax) {
                return Optional.empty(); // reps of the hip while lying are no hinge (a bridge is named before the plank)
            }
            double knee = bottoms(frames, hinges.reps(), FrameQuantity.KNEE_ANGLE).orElse(Double.NaN);
            double hip = bottoms(frames, hinges.reps(), FrameQuantity.HIP_ANGLE).orElse(Double.NaN);
            if (knee >= t.degrees("recognition.romanian-deadlift.knee_min")
                    && (hip <= t.degrees("recognition.romanian-deadlift.hip_max")
                    || seenFrom(frames, hinges.reps(), CameraView.OBLIQUE)
                    && leanFromHeight(frames, hinges.reps()).orElse(0) >= t.degrees("recognition.romanian-deadlift.front_lean_min"))) {
                // obliquely the hip angle is foreshortened (109-110 deg at 45 for the rendered 84-88):
                // the trunk's height against the lockout before each rep tells the lean (decision 0080)
                return Optional.of("romanian-deadlift");
            }
            if (knee <= t.degrees("recognition.deadlift.knee_max")) {
                return Optional.of("deadlift");
            }
            return Optional.of("hip-hinge");
        }
        return firstFitting(exercises.shippedRecognition(false), frames, minReps, ended); // the rest added as data (a press)
    }

    /**
     * Whether the reps were seen side-on, where the trunk's lean and the knee angle are what the
     * side-on rules were made on: most of their frames seen {@link CameraView#SIDE}. From an
     * oblique camera both are foreshortened (a deadlift's 50° lean
     * reads 32° from 45°, under {@code recognition.squat.trunk_max}: a "squat", issue 12 class 3);
     * from the front they are not measured at all.
     */
    private static boolean seenSideOn(List<KinematicFrame> frames, List<RepResult> reps) {
        return seenFrom(frames, reps, CameraView.SIDE);
    }

    /**
     * Hinge reps seen from the front (decision 0019), where the knee and the hip angle are not
     * measured: the trunk's lean from its foreshortening and the thigh tell them. A trunk that
     * stays nearer upright at the bottoms is no hinge (a lunge's, whose hip the thigh lowers), nor
     * one lowered to the floor (getting down to a plank, the hands on the floor), nor one whose
     * elbows work through it (a row, whose own reps the elbow counts side-on only); a
     * thigh well off vertical is a lift from the floor; a trunk lowered far with the thighs
     * upright, a Romanian deadlift; between, the hip-hinge drill. Leaning towards the camera and
     * away from it read alike, so a backward lean would pass for a forward one.
     */
    private Optional<String> frontHinge(List<KinematicFrame> frames, List<RepResult> reps) {
        double lean = bottoms(frames, reps, FrameQuantity.FRONT_TRUNK_LEAN).orElse(0);
        if (lean < t.degrees("recognition.hinge.front_lean_min") || lean > t.degrees("recognition.hinge.front_lean_max")
                || bottoms(frames, reps, FrameQuantity.HAND_HEIGHT).orElse(90) < t.degrees("recognition.hinge.front_hand_min")) {
            return Optional.empty();
        }
        for (RepResult r : reps) {
            if (range(frames, r.startMicros(), r.endMicros(), FrameQuantity.NEAR_ELBOW) > t.degrees("recognition.hinge.front_elbow_range_max")) {
                return Optional.empty(); // arms working through a held hinge: a row, not a hinge
            }
        }
        if (bottoms(frames, reps, FrameQuantity.THIGH_INCLINATION).orElse(90) <= t.degrees("recognition.deadlift.front_thigh_max")) {
            return Optional.of("deadlift");
        }
        // how far the trunk leans: its height against the lockout before each rep, which a camera
        // turned off the front does not lengthen as it does the trunk's apparent length (decision 0080);
        // the foreshortened lean when no rep has a lockout to measure the height against
        return Optional.of(leanFromHeight(frames, reps).orElse(lean) >= t.degrees("recognition.romanian-deadlift.front_lean_min")
                ? "romanian-deadlift" : "hip-hinge");
    }

    /** The lockout before a rep, over which the trunk's standing height is read: half a second. */
    private static final long LOCKOUT_MICROS = 500_000;

    /**
     * The trunk's lean at the reps' bottoms from its height in the image against its height held in
     * the lockout before each rep (decision 0080): {@code arccos(bottom / lockout)}, the median over
     * the reps measured at both; empty when none is. The rep's own lockout is the reference, so the
     * body's turn to the camera (which sets the shoulders' width) is the same in both readings.
     */
    private OptionalDouble leanFromHeight(List<KinematicFrame> frames, List<RepResult> reps) {
        List<Double> leans = new ArrayList<>();
        for (RepResult r : reps) {
            OptionalDouble start = median(frames, r.startMicros() - LOCKOUT_MICROS, r.startMicros(), FrameQuantity.TRUNK_HEIGHT);
            OptionalDouble bottom = bottoms(frames, List.of(r), FrameQuantity.TRUNK_HEIGHT);
            if (start.isPresent() && bottom.isPresent() && start.getAsDouble() > 0) {
                leans.add(Math.toDegrees(Math.acos(Math.max(0, Math.min(1, bottom.getAsDouble() / start.getAsDouble())))));
            }
        }
        return median(leans);
    }

    /** Whether most of the reps' frames were seen from this view. */
    private static boolean seenFrom(List<KinematicFrame> frames, List<RepResult> reps, CameraView view) {
        int side = 0;
        int all = 0;
        for (RepResult r : reps) {
            for (KinematicFrame f : frames) {
                if (f.timestampMicros() >= r.startMicros() && f.timestampMicros() <= r.endMicros()) {
                    all++;
                    if (f.view().view() == view) {
                        side++;
                    }
                }
            }
        }
        return all > 0 && side * 2 > all;
    }

    /** How far the near elbow ranges between two times: its 90th minus its 10th percentile (0 when unmeasured). */
    private static double elbowRange(List<KinematicFrame> frames, long from, long to) {
        return range(frames, from, to, FrameQuantity.ELBOW_ANY_VIEW);
    }

    /** How far a quantity ranges between two times: its 90th minus its 10th percentile (0 when unmeasured). */
    private static double range(List<KinematicFrame> frames, long from, long to, FrameQuantity q) {
        List<Double> values = new ArrayList<>();
        collect(frames, from, to, q, values);
        if (values.size() < 2) {
            return 0;
        }
        double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return v[(int) Math.floor(0.9 * (v.length - 1))] - v[(int) Math.floor(0.1 * (v.length - 1))];
    }

    private ExerciseResult run(String name, List<KinematicFrame> frames) {
        ExerciseAnalyzer a = new ExerciseAnalyzer(exercises.get(name).movementOnly(), settings);
        frames.forEach(a::next);
        return a.finish();
    }

    /** The median of a quantity over the frames of the reps. */
    private static OptionalDouble median(List<KinematicFrame> frames, List<RepResult> reps, FrameQuantity q) {
        List<Double> values = new ArrayList<>();
        for (RepResult r : reps) {
            collect(frames, r.startMicros(), r.endMicros(), q, values);
        }
        return median(values);
    }

    private static OptionalDouble median(List<KinematicFrame> frames, long from, long to, FrameQuantity q) {
        List<Double> values = new ArrayList<>();
        collect(frames, from, to, q, values);
        return median(values);
    }

    /**
     * The median of a quantity at the reps' turning points: each rep's frame nearest its bottom
     * among those within {@code recognition.bottom_share} of the rep's duration of it (either side;
     * beyond it the joints read as they do standing); a rep with none is not measured there.
     */
    private OptionalDouble bottoms(List<KinematicFrame> frames, List<RepResult> reps, FrameQuantity q) {
        List<Double> values = new ArrayList<>();
        double share = t.ratio("recognition.bottom_share");
        for (RepResult r : reps) {
            long reach = Math.round(share * (r.endMicros() - r.startMicros()));
            KinematicFrame nearest = null;
            for (KinematicFrame f : frames) {
                long off = Math.abs(f.timestampMicros() - r.bottomMicros());
                if (off <= reach && q.of(f).isPresent()
                        && (nearest == null || off < Math.abs(nearest.timestampMicros() - r.bottomMicros()))) {
                    nearest = f;
                }
            }
            if (nearest != null) {
                values.add(q.of(nearest).valueIfPresent().getAsDouble());
            }
        }
        return median(values);
    }

    private static void collect(List<KinematicFrame> frames, long from, long to, FrameQuantity q, List<Double> into) {
        for (KinematicFrame f : frames) {
            if (f.timestampMicros() >= from && f.timestampMicros() <= to) {
                Measurement m = q.of(f);
                m.valueIfPresent().ifPresent(into::add);
            }
        }
    }

    private static OptionalDouble median(List<Double> values) {
        if (values.isEmpty()) {
            return OptionalDouble.empty();
        }
        double[] v = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(v);
        return OptionalDouble.of(v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2);
    }
}
