package dev.formcheck.synthetic;

import java.util.Random;

/**
 * The standing exercises as shapes ({@link SquatMotion.Shape}: thigh and shank from vertical,
 * trunk lean, arms' world angle, elbows), from the top position to each rep's bottom, drawn from
 * per-exercise ranges. Feet stay planted; the pose of a shape comes from {@link SquatMotion#pose}.
 * The ranges follow the description of each movement; where it gives no figure the
 * choice is ours and says so.
 */
final class StandingLifts {
    /**
     * The bottom of one exercise's rep, each range drawn uniformly per rep. The trunk's lean is
     * shared between pelvis, lumbar and thoracic joints as {@code lean} says: shared with the
     * spine (the squat, the hinge drill), the hip-shoulder line leans about 8% less than the lean
     * given here; with a neutral spine (the deadlifts) it leans as given. The ranges are set so
     * that line, what an analysis measures, falls in the figures each exercise cites.
     *
     * @param neckCounterShare how much of the trunk's lean the neck takes back to keep the gaze up
     */
    record Ranges(double[] thighFromVertical, double[] shankLean, double[] trunkLean, double[] armsForward,
                  double elbows, double neckCounterShare, SquatMotion.LeanShares lean, SquatMotion.Shape top) {
    }

    /** Top of a hinge or deadlift: standing tall, arms hanging (our choice, a few degrees of natural bend). */
    static final SquatMotion.Shape HANGING_ARMS_TOP = new SquatMotion.Shape(3, 2, 3, 3, 8);

    /** A bodyweight squat to about thigh-parallel: SquatMotion's own ranges, the gaze up. */
    static final Ranges SQUAT = new Ranges(SquatMotion.BOTTOM_THIGH_DEG, SquatMotion.BOTTOM_SHANK_DEG,
            SquatMotion.BOTTOM_TRUNK_DEG, SquatMotion.BOTTOM_ARMS_DEG, 6, SquatMotion.NECK_COUNTER_SHARE,
            SquatMotion.SQUAT_LEAN, SquatMotion.STANDING);
    /**
     * Hip hinge: soft knees (about 20-28 degrees of knee bend), hips back, trunk to 45-60 degrees
     * (the figures), hands sliding down the thighs.
     */
    static final Ranges HIP_HINGE = new Ranges(new double[] {12, 18}, new double[] {8, 10}, new double[] {50, 63},
            new double[] {-10, -5}, 6, 0.25, SquatMotion.SQUAT_LEAN, HANGING_ARMS_TOP);
    /**
     * Deadlift from the floor, with a neutral spine: knees bent about 95-98 degrees, trunk 48-50
     * degrees from vertical, so the hip flexes about 116-119 degrees, near the end of the 125 a
     * hip reaches with the knee bent (docs/kinematics.md, "The back"). Published hips at the
     * bottom: 102-103 degrees of maximal flexion from the floor in the lab and 108-124 at lift-off
     * in competition, knees 104-108 and 56-69 (Schellenberg et al. 2013, BMC Sports Sci Med
     * Rehabil 5:27, their table of maximal angles beside earlier studies). Arms hang straight
     * down; the wrists reach about 8 cm below the knees: with our body's arms (Winter) a neutral
     * spine and a hip within its range come no lower.
     */
    static final Ranges DEADLIFT = new Ranges(new double[] {67, 69}, new double[] {27, 29}, new double[] {48, 50},
            new double[] {0, 4}, 4, 0.30, SquatMotion.NEUTRAL_SPINE, HANGING_ARMS_TOP);
    /**
     * Romanian deadlift, with a neutral spine: soft knees (about 20-23 degrees), trunk 71-74
     * degrees from vertical, so the hip flexes about 84-88 degrees, near where the hamstrings,
     * stretched over a nearly straight knee, stop it: about 90 (80 with the knee straight,
     * docs/kinematics.md). Published: 75 +- 9 degrees of maximal hip flexion in a good morning on straight knees
     * (Schellenberg et al. 2013, as above). The arms swing back a little, as the bar stays close
     * to the legs.
     */
    static final Ranges ROMANIAN_DEADLIFT = new Ranges(new double[] {12, 15}, new double[] {7, 9},
            new double[] {71, 74}, new double[] {-20, -14}, 4, 0.30, SquatMotion.NEUTRAL_SPINE, HANGING_ARMS_TOP);

    /**
     * The lunge's standing between reps: straight, arms hanging, as {@link LungePoses} at no depth.
     * Its bottoms are {@link LungePoses}' own; the ranges here only stand the body idle.
     */
    static final Ranges LUNGE = new Ranges(new double[] {0, 0}, new double[] {0, 0}, new double[] {0, 0},
            new double[] {0, 0}, LungePoses.ELBOWS_DEG, 0, SquatMotion.SQUAT_LEAN,
            new SquatMotion.Shape(0, 0, 0, 0, LungePoses.ELBOWS_DEG));

    /**
     * Overhead press: standing tall, from the weight racked at the shoulders (upper arms 35-45
     * degrees forward of hanging, elbows bent 115-125) to the arms straight overhead (170-175
     * degrees, elbows nearly straight). Our figures for the article's press; the top is its rest.
     */
    static final Ranges OVERHEAD_PRESS = new Ranges(new double[] {3, 3}, new double[] {2, 2}, new double[] {3, 3},
            new double[] {170, 175}, 5, 0, SquatMotion.NEUTRAL_SPINE, new SquatMotion.Shape(3, 2, 3, 40, 120));
    /**
     * Bent-over row: hinged to 50 degrees from vertical with soft knees and a neutral spine (the
     * article's "hinge ... while maintaining a neutral spine"), the arms from hanging straight
     * down to the upper arm pulled back to about level (75-85 degrees behind hanging) with the
     * elbows bent 85, the forearm hanging about vertical (the weight at the lower ribs). Our figures. The hinge is held through the set; the body hinges into it and
     * stands out of it around the set ({@link ExerciseMotion}).
     */
    static final SquatMotion.Shape ROW_HINGE = new SquatMotion.Shape(15, 10, 50, 0, 8);
    static final Ranges BENT_OVER_ROW = new Ranges(new double[] {15, 15}, new double[] {10, 10}, new double[] {50, 50},
            new double[] {-85, -75}, 85, 0.3, SquatMotion.NEUTRAL_SPINE, ROW_HINGE);

    private StandingLifts() {
    }

    static Ranges of(Exercise exercise) {
        return switch (exercise) {
            case SQUAT -> SQUAT;
            case HIP_HINGE -> HIP_HINGE;
            case DEADLIFT -> DEADLIFT;
            case ROMANIAN_DEADLIFT -> ROMANIAN_DEADLIFT;
            case LUNGE -> LUNGE;
            case OVERHEAD_PRESS -> OVERHEAD_PRESS;
            case BENT_OVER_ROW -> BENT_OVER_ROW;
            default -> throw new IllegalArgumentException(exercise.id() + " is not done standing");
        };
    }

    /** One rep's bottom, drawn from the ranges. */
    static SquatMotion.Shape bottom(Ranges r, Random random) {
        return new SquatMotion.Shape(uniform(random, r.thighFromVertical()), uniform(random, r.shankLean()),
                uniform(random, r.trunkLean()), uniform(random, r.armsForward()), r.elbows());
    }

    /** A shape a fraction {@code t} of the way from {@code a} to {@code b}. */
    static SquatMotion.Shape between(SquatMotion.Shape a, SquatMotion.Shape b, double t) {
        return new SquatMotion.Shape(mix(a.thighFromVertical(), b.thighFromVertical(), t), mix(a.shankLean(), b.shankLean(), t),
                mix(a.trunkLean(), b.trunkLean(), t), mix(a.armsForward(), b.armsForward(), t), mix(a.elbows(), b.elbows(), t));
    }

    static double uniform(Random random, double[] range) {
        return range[0] + (range[1] - range[0]) * random.nextDouble();
    }

    private static double mix(double a, double b, double t) {
        return a * (1 - t) + b * t;
    }
}
