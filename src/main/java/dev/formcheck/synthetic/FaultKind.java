package dev.formcheck.synthetic;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * A form fault the synthetic body can make, through its own joints (the spine and the neck bend
 * at joints of their own; the trunk is never bent as a rigid piece). Sizes are in degrees; the
 * ranges the issue calls clinically meaningful are: spine flexion 30-45, extension 20-30, hip sag
 * or pike 15-25, shallow depth 25 or more, head drop 30.
 */
public enum FaultKind {
    /**
     * A rounded back: the flexion spread over the lumbar (half) and thoracic (half) joints. Not in
     * the press: the arms overhead, turning with the thorax, would leave the shoulder's range; nor
     * in the dead bug, whose back is pressed into the floor.
     */
    SPINE_FLEXION(60, EnumSet.complementOf(EnumSet.of(Exercise.OVERHEAD_PRESS, Exercise.DEAD_BUG))),
    /**
     * An arched lower back: lumbar extension, half of it the pelvis tipping forward, half the
     * thorax turning back above it. Lying face down, the hips drop towards the floor with it. Lying
     * on the back (the dead bug), all of it is the pelvis tipping under fixed shoulders and thighs:
     * the small of the back lifts off the floor.
     */
    SPINE_EXTENSION(40, EnumSet.allOf(Exercise.class)),
    /** Hips below the shoulder-ankle line: the shoulder-hip-ankle angle is 180 plus the size. */
    HIP_SAG(40, EnumSet.of(Exercise.PUSH_UP, Exercise.PLANK, Exercise.HIGH_PLANK)),
    /** Hips above the shoulder-ankle line: the shoulder-hip-ankle angle is 180 minus the size. */
    HIP_PIKE(40, EnumSet.of(Exercise.PUSH_UP, Exercise.PLANK, Exercise.HIGH_PLANK)),
    /** The squat's bottom stops short: the thigh this many degrees above horizontal instead of about parallel. */
    SHALLOW_DEPTH(60, EnumSet.of(Exercise.SQUAT)),
    /** The head hangs: neck flexion of this size added to the exercise's own head position. */
    HEAD_DROP(45, EnumSet.allOf(Exercise.class)),
    /** The whole trunk tipped forward at the hips, the back's curve unchanged: a lunge's forward lean. */
    TORSO_LEAN(50, EnumSet.of(Exercise.LUNGE)),
    /**
     * Both knees caving in: the hips adducted by this many degrees as the squat goes down, and the
     * knees turned into valgus just enough to keep the feet planted where they stood, so the knees
     * come in towards each other, seen from the front inside the lines from the hips to the ankles.
     */
    KNEE_CAVE(30, EnumSet.of(Exercise.SQUAT));

    private final double maxDegrees;
    private final Set<Exercise> exercises;

    FaultKind(double maxDegrees, Set<Exercise> exercises) {
        this.maxDegrees = maxDegrees;
        this.exercises = exercises;
    }

    /** The largest size the body can show without leaving its joints' ranges. */
    public double maxDegrees() {
        return maxDegrees;
    }

    public boolean appliesTo(Exercise exercise) {
        return exercises.contains(exercise);
    }

    /** The name on the command line and in files: {@code spine-flexion}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static FaultKind fromId(String id) {
        for (FaultKind k : values()) {
            if (k.id().equalsIgnoreCase(id.strip())) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown fault \"" + id + "\"; expected one of " + Exercise.ids(values()));
    }
}
