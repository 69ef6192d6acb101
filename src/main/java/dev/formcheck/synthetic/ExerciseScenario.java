package dev.formcheck.synthetic;

import java.util.List;

/**
 * A rendered exercise to test the analysis with: which exercise, how many reps (or how long a
 * hold), which faults on which rep, where the camera stands, the frame rate, and the seed of the
 * natural variation. Immutable; {@link #motion} makes the body's movement and its
 * {@link ScenarioTruth}.
 *
 * @param reps number of reps; 0 for a hold
 * @param holdSeconds length of the hold; 0 for reps
 * @param cameraAzimuthDegrees where the camera stands around the body ({@link Camera}): 90 sees
 *     its right side, 0 its front, 45 an oblique view
 */
public record ExerciseScenario(String name, Exercise exercise, int reps, double holdSeconds, List<Fault> faults,
                               double cameraAzimuthDegrees, double fps, long seed, SetEnding ending) {
    /** What the body does after the last rep or the hold, before standing idle and walking out. */
    public enum SetEnding {
        /** Straight back up to standing (from the floor: all fours, a crouch, standing). */
        STAND_UP,
        /**
         * Down to the floor and a rest there first: after a floor exercise, lowered all the way and
         * lying face down; after a standing one, crouched with the hands on the floor. Then up as above.
         */
        REST_ON_THE_FLOOR
    }

    /** The scenario as before the set ending was a choice: {@link SetEnding#STAND_UP}. */
    public ExerciseScenario(String name, Exercise exercise, int reps, double holdSeconds, List<Fault> faults,
                            double cameraAzimuthDegrees, double fps, long seed) {
        this(name, exercise, reps, holdSeconds, faults, cameraAzimuthDegrees, fps, seed, SetEnding.STAND_UP);
    }

    public static final int DEFAULT_REPS = 5;
    public static final double DEFAULT_HOLD_S = 20;
    public static final double SIDE_VIEW_AZIMUTH = 90;
    public static final double DEFAULT_FPS = 30;
    public static final long DEFAULT_SEED = 20_26;
    static final int MAX_REPS = 50;
    static final double MAX_HOLD_S = 300;

    public ExerciseScenario {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a scenario needs a name");
        }
        if (exercise == null || ending == null) {
            throw new IllegalArgumentException("a scenario needs an exercise and a set ending");
        }
        faults = List.copyOf(faults);
        if (exercise.isHold()) {
            if (reps != 0 || !(holdSeconds >= 2 && holdSeconds <= MAX_HOLD_S)) {
                throw new IllegalArgumentException(exercise.id() + " is a hold of 2.." + MAX_HOLD_S
                        + " s with no reps, not " + reps + " reps and " + holdSeconds + " s");
            }
        } else if (holdSeconds != 0 || reps < 1 || reps > MAX_REPS) {
            throw new IllegalArgumentException(exercise.id() + " is done in 1.." + MAX_REPS + " reps with no hold, not "
                    + reps + " reps and " + holdSeconds + " s");
        }
        if (!(fps >= 1 && fps <= 240) || !Double.isFinite(cameraAzimuthDegrees)) {
            throw new IllegalArgumentException("frame rate must be 1..240 fps and the azimuth finite, not " + fps
                    + " fps and " + cameraAzimuthDegrees + " degrees");
        }
        for (Fault f : faults) {
            checkFits(exercise, reps, holdSeconds, f);
        }
    }

    /** The exercise side-on, clean, at 30 fps: {@value #DEFAULT_REPS} reps, or a {@value #DEFAULT_HOLD_S} s hold. */
    public static ExerciseScenario of(Exercise exercise) {
        return new ExerciseScenario(exercise.id(), exercise, exercise.isHold() ? 0 : DEFAULT_REPS,
                exercise.isHold() ? DEFAULT_HOLD_S : 0, List.of(), SIDE_VIEW_AZIMUTH, DEFAULT_FPS, DEFAULT_SEED);
    }

    public ExerciseScenario withName(String newName) {
        return new ExerciseScenario(newName, exercise, reps, holdSeconds, faults, cameraAzimuthDegrees, fps, seed, ending);
    }

    public ExerciseScenario withReps(int count) {
        return new ExerciseScenario(name, exercise, count, holdSeconds, faults, cameraAzimuthDegrees, fps, seed, ending);
    }

    public ExerciseScenario withHoldSeconds(double seconds) {
        return new ExerciseScenario(name, exercise, reps, seconds, faults, cameraAzimuthDegrees, fps, seed, ending);
    }

    public ExerciseScenario withFaults(List<Fault> newFaults) {
        return new ExerciseScenario(name, exercise, reps, holdSeconds, newFaults, cameraAzimuthDegrees, fps, seed, ending);
    }

    public ExerciseScenario withCameraAzimuth(double degrees) {
        return new ExerciseScenario(name, exercise, reps, holdSeconds, faults, degrees, fps, seed, ending);
    }

    public ExerciseScenario withFps(double framesPerSecond) {
        return new ExerciseScenario(name, exercise, reps, holdSeconds, faults, cameraAzimuthDegrees, framesPerSecond, seed, ending);
    }

    public ExerciseScenario withSeed(long newSeed) {
        return new ExerciseScenario(name, exercise, reps, holdSeconds, faults, cameraAzimuthDegrees, fps, newSeed, ending);
    }

    public ExerciseScenario withEnding(SetEnding newEnding) {
        return new ExerciseScenario(name, exercise, reps, holdSeconds, faults, cameraAzimuthDegrees, fps, seed, newEnding);
    }

    /** The body doing it; the same scenario always gives the same motion. */
    public ExerciseMotion motion(Anthropometry body) {
        return ExerciseMotion.generate(body, this);
    }

    /** The standard side-view camera ({@link Camera#sideView}) moved round to this scenario's azimuth. */
    public Camera camera(int width, int height) {
        return Camera.sideView(width, height).withAzimuth(cameraAzimuthDegrees);
    }

    private static void checkFits(Exercise exercise, int reps, double holdSeconds, Fault fault) {
        if (!fault.kind().appliesTo(exercise)) {
            throw new IllegalArgumentException(fault.kind().id() + " is not a fault of " + exercise.id());
        }
        if (fault instanceof Fault.OnRep onRep) {
            if (exercise.isHold()) {
                throw new IllegalArgumentException(exercise.id() + " is a hold: give its fault a span of seconds, not rep "
                        + onRep.rep());
            }
            if (onRep.rep() > reps) {
                throw new IllegalArgumentException(fault.kind().id() + " on rep " + onRep.rep() + ", but the set has "
                        + reps + " reps");
            }
        } else if (fault instanceof Fault.DuringHold during) {
            if (!exercise.isHold()) {
                throw new IllegalArgumentException(exercise.id() + " is done in reps: give its fault a rep number");
            }
            if (during.toSeconds() + Fault.DuringHold.RAMP_S > holdSeconds) {
                throw new IllegalArgumentException(fault.kind().id() + " until " + during.toSeconds()
                        + " s must end at least " + Fault.DuringHold.RAMP_S + " s before the " + holdSeconds + " s hold does");
            }
        }
    }
}
