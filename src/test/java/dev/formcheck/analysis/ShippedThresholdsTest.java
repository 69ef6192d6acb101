package dev.formcheck.analysis;

import dev.formcheck.analysis.PhaseEvent.RepCompleted;
import dev.formcheck.analysis.thresholds.CalibrationFiles;
import dev.formcheck.analysis.thresholds.Thresholds;
import dev.formcheck.synthetic.Anthropometry;
import dev.formcheck.synthetic.Camera;
import dev.formcheck.synthetic.ForwardKinematics;
import dev.formcheck.synthetic.ImagePoint;
import dev.formcheck.synthetic.Landmark;
import dev.formcheck.synthetic.Skeleton;
import dev.formcheck.synthetic.SquatMotion;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import java.util.stream.LongStream;

import static dev.formcheck.analysis.Crossing.atOrAbove;
import static dev.formcheck.analysis.Crossing.atOrBelow;
import static dev.formcheck.analysis.Trace.only;
import static dev.formcheck.analysis.Trace.run;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped thresholds ({@code calibration/defaults.json}) run in the engine: every cycle they
 * describe is one the engine accepts, and it counts movements of the size people make. How an
 * exercise definition will turn them into a cycle: data in, no engine change.
 */
class ShippedThresholdsTest {
    private static final Thresholds DEFAULTS = CalibrationFiles.defaults();

    /** A down-and-up cycle from the shipped names: {@code <exercise>.<joint>.<rest>_min, .descent_max, .bottom_max, .ascent_min}. */
    static PhaseCycle cycle(Thresholds t, String exercise, String joint, String rest) {
        String p = exercise + "." + joint + ".";
        long min = t.micros(exercise + ".min_phase");
        return PhaseCycle.startingAt(rest, atOrAbove(t.degrees(p + rest + "_min")), min)
                .then("descent", atOrBelow(t.degrees(p + "descent_max")), min)
                .then("bottom", atOrBelow(t.degrees(p + "bottom_max")), min)
                .then("ascent", atOrAbove(t.degrees(p + "ascent_min")), min)
                .build(t.micros("phases.gap_hold"));
    }

    @Test
    void theShippedSquatThresholdsCountTheSyntheticSquatSetExactly() {
        SquatMotion motion = SquatMotion.generate(Anthropometry.adult(), SquatMotion.Settings.of(20));
        Camera camera = Camera.sideView(640, 480);
        List<Trace.Sample> samples = new ArrayList<>();
        for (int i = 0; i <= 20 * 30; i++) {
            double s = i / 30.0;
            Skeleton body = ForwardKinematics.solve(motion.body(), motion.poseAt(s));
            ImagePoint hip = camera.project(body.point(Landmark.RIGHT_HIP));
            ImagePoint knee = camera.project(body.point(Landmark.RIGHT_KNEE));
            // Thigh below horizontal, side-on (kinematics.BodyAngles#thighInclination), y down.
            double thigh = Math.toDegrees(Math.asin((knee.y() - hip.y()) / Math.hypot(knee.x() - hip.x(), knee.y() - hip.y())));
            samples.add(Trace.Sample.of(Trace.micros(s), thigh));
        }

        List<RepCompleted> reps = only(run(new PhaseMachine(cycle(DEFAULTS, "squat", "thigh", "standing")), samples),
                RepCompleted.class);

        assertThat(reps).hasSameSizeAs(motion.reps());
        for (int i = 0; i < reps.size(); i++) {
            Rep counted = reps.get(i).rep();
            SquatMotion.Rep truth = motion.reps().get(i);
            assertThat(counted.startMicros() / 1e6).isBetween(truth.startSeconds(), truth.bottomSeconds());
            assertThat(counted.endMicros() / 1e6).isBetween(truth.bottomSeconds(), truth.endSeconds() + 0.05);
            assertThat(counted.bottomMicros() / 1e6).isCloseTo(truth.bottomSeconds(), org.assertj.core.data.Offset.offset(0.1));
            assertThat(counted.bottom()).as("thighs about parallel at the bottom").isBetween(-10.0, 10.0);
        }
    }

    @Test
    void theShippedPushUpAndHingeThresholdsCountJitteryRepsExactly() {
        // Quick push-ups, arms straight (170) to elbows at 75; a bodyweight hinge to 120 at the hip; a Romanian deadlift to 90;
        // and the shallowest hinge the source article's description allows: a 45 deg trunk lean, about 135 deg at the hip.
        assertCounts(cycle(DEFAULTS, "push-up", "elbow", "top"), 10, Trace.reps(10, 170, 75, 1.0, 0.6, 0.1, 0.5, 0.2));
        assertCounts(cycle(DEFAULTS, "hip-hinge", "hip", "standing"), 8, Trace.reps(8, 175, 135, 1.0, 1.5, 0.3, 1.2, 0.8));
        assertCounts(cycle(DEFAULTS, "hip-hinge", "hip", "standing"), 8, Trace.reps(8, 175, 120, 1.0, 1.5, 0.3, 1.2, 0.8));
        assertCounts(cycle(DEFAULTS, "hip-hinge", "hip", "standing"), 8, Trace.reps(8, 175, 90, 1.0, 1.5, 0.3, 1.2, 0.8));
    }

    private static void assertCounts(PhaseCycle cycle, int count, DoubleUnaryOperator reps) {
        List<Trace.Sample> clean = Trace.sample(reps, 40, 30);
        assertThat(only(run(new PhaseMachine(cycle), clean), RepCompleted.class)).hasSize(count);
        LongStream.range(0, 100).forEach(seed -> assertThat(only(run(new PhaseMachine(cycle),
                Trace.jittery(clean, Trace.Jitter.REALISTIC, seed)), RepCompleted.class)).as("seed %d", seed).hasSize(count));
    }

    @Test
    void theShippedPlankThresholdsMakeSwitchesWithADeadBand() {
        HysteresisSwitch incline = new HysteresisSwitch(atOrBelow(DEFAULTS.degrees("plank.incline.enter_max")),
                atOrAbove(DEFAULTS.degrees("plank.incline.exit_min")));
        HysteresisSwitch bodyLine = new HysteresisSwitch(atOrAbove(DEFAULTS.degrees("plank.body_line.enter_min")),
                atOrBelow(DEFAULTS.degrees("plank.body_line.exit_max")));

        assertThat(incline.update(12) && bodyLine.update(175)).as("a forearm plank").isTrue();
        assertThat(incline.update(40) && bodyLine.update(135)).as("sagging or piked, still in position").isTrue();
        assertThat(incline.update(90)).as("standing up").isFalse();
        new HoldTimer(DEFAULTS.micros("plank.min_hold"), DEFAULTS.micros("plank.grace"));
        new Debouncer("ANY", DEFAULTS.micros("flags.debounce"), DEFAULTS.micros("flags.release"), Worse.HIGHER);
        new ActiveSet(DEFAULTS.micros("sets.max_break"), DEFAULTS.micros("plank.min_hold") + DEFAULTS.micros("plank.grace"),
                DEFAULTS.micros("flags.debounce"));
    }

    /** The angle at b between a and c in the image, degrees. */
    private static double angle(ImagePoint a, ImagePoint b, ImagePoint c) {
        double ux = a.x() - b.x();
        double uy = a.y() - b.y();
        double vx = c.x() - b.x();
        double vy = c.y() - b.y();
        return Math.toDegrees(Math.acos((ux * vx + uy * vy) / (Math.hypot(ux, uy) * Math.hypot(vx, vy))));
    }
}
