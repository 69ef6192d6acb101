package dev.formcheck.synthetic;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The exercises the synthetic body can perform, named as on the command line ({@code romanian-deadlift}). */
public enum Exercise {
    SQUAT(Kind.STANDING_REPS),
    HIP_HINGE(Kind.STANDING_REPS),
    DEADLIFT(Kind.STANDING_REPS),
    ROMANIAN_DEADLIFT(Kind.STANDING_REPS),
    PUSH_UP(Kind.FLOOR_REPS),
    /** The forearm plank. */
    PLANK(Kind.FLOOR_HOLD),
    /** The straight-arm plank, the top of a push-up held. */
    HIGH_PLANK(Kind.FLOOR_HOLD),
    /** Lunges, one leg in front then the other ({@link LungePoses}). */
    LUNGE(Kind.STANDING_REPS),
    /** A standing overhead press, from the weight racked at the shoulders to the arms overhead. */
    OVERHEAD_PRESS(Kind.STANDING_REPS),
    /** A bent-over row: hinged and held there, the arms pulling from long to the ribs. */
    BENT_OVER_ROW(Kind.STANDING_REPS),
    /** On hands and knees, one arm and the opposite leg reaching out in line with the back ({@link ReachPoses}). */
    BIRD_DOG(Kind.FLOOR_REPS),
    /** Lying on the back, one arm reaching overhead and the opposite leg straightening ({@link ReachPoses}). */
    DEAD_BUG(Kind.FLOOR_REPS);

    /** How the exercise is done: reps from standing, reps on the floor, or a hold on the floor. */
    enum Kind { STANDING_REPS, FLOOR_REPS, FLOOR_HOLD }

    private final Kind kind;

    Exercise(Kind kind) {
        this.kind = kind;
    }

    Kind kind() {
        return kind;
    }

    /** A held position (plank) rather than reps. */
    public boolean isHold() {
        return kind == Kind.FLOOR_HOLD;
    }

    /** Done lying on the floor: the body gets down before the set and up after it. */
    public boolean isOnTheFloor() {
        return kind != Kind.STANDING_REPS;
    }

    /** The name on the command line and in files: {@code hip-hinge}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The exercise named {@code id}, case-insensitive; a message listing the names otherwise. */
    public static Exercise fromId(String id) {
        for (Exercise e : values()) {
            if (e.id().equalsIgnoreCase(id.strip())) {
                return e;
            }
        }
        throw new IllegalArgumentException("unknown exercise \"" + id + "\"; expected one of " + ids(values()));
    }

    static String ids(Enum<?>[] names) {
        return Arrays.stream(names).map(n -> n.name().toLowerCase(Locale.ROOT).replace('_', '-'))
                .collect(Collectors.joining(", "));
    }
}
