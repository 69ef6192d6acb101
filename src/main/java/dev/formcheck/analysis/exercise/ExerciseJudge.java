package dev.formcheck.analysis.exercise;

import dev.formcheck.analysis.thresholds.StageRules;
import dev.formcheck.analysis.thresholds.Thresholds;
import dev.formcheck.kinematics.Kinematics;
import dev.formcheck.kinematics.KinematicsSettings;
import dev.formcheck.kinematics.LimbSideRules;
import dev.formcheck.kinematics.NeutralPosture;
import dev.formcheck.pose.Pose;
import dev.formcheck.pose.silhouette.BackOutline;
import dev.formcheck.pose.tracking.TrackedPose;

import java.util.List;
import java.util.Optional;

/**
 * What {@code analyze --exercise} runs after pose estimation, in one place so that every front end
 * (analyze, evaluate, later the window) judges the same way: kinematics then the exercise engine
 * over a recording's tracked poses and outlines, or one photo as the working position.
 */
public final class ExerciseJudge {
    /** The name that asks for the exercise to be recognised. */
    public static final String AUTO = ExerciseSession.AUTO;
    private final String exercise;
    private final Exercises exercises;
    private final AnalysisSettings settings;
    private final ExerciseRecognizer recognizer;
    private final NeutralPosture neutral;
    /** When kinematics names a side (the higher knee, the reaching arm): from the same thresholds. */
    private final LimbSideRules limbs;

    /**
     * Judges as a shipped exercise, never a user's: what {@code evaluate} runs, so that its figures
     * are the same whatever exercise files the user has written.
     *
     * @param exercise an exercise's name, or {@link ExerciseSession#AUTO}
     */
    public ExerciseJudge(String exercise, Load load, Thresholds thresholds, NeutralPosture neutral) {
        this(exercise, load, thresholds, neutral, Exercises.from(thresholds));
    }

    /**
     * @param exercise an exercise's name in {@code exercises}, or {@link ExerciseSession#AUTO}
     * @param exercises the exercises to judge and recognise from (the shipped ones, perhaps with the user's)
     */
    public ExerciseJudge(String exercise, Load load, Thresholds thresholds, NeutralPosture neutral, Exercises exercises) {
        this.exercise = exercise;
        this.exercises = exercises;
        if (!ExerciseSession.AUTO.equals(exercise)) {
            exercises.get(exercise); // an unknown name fails here, before any work
        }
        this.neutral = neutral;
        this.limbs = StageRules.limbSides(thresholds);
        this.settings = AnalysisSettings.of(thresholds, load, neutral);
        this.recognizer = new ExerciseRecognizer(exercises, thresholds, settings);
    }

    public String exercise() {
        return exercise;
    }

    public Exercises exercises() {
        return exercises;
    }

    /** Whether the exercise is recognised ({@code auto}) rather than named. */
    public boolean recognizes() {
        return ExerciseSession.AUTO.equals(exercise);
    }

    /**
     * A recording's frames as the exercise, the back judged from its outline where that was read
     * ({@code outlines} empty when none was, else one per frame); empty when auto recognised nothing.
     */
    public Optional<ExerciseResult> analyse(List<TrackedPose> frames, List<BackOutline> outlines) {
        if (!outlines.isEmpty() && outlines.size() != frames.size()) {
            throw new IllegalArgumentException(frames.size() + " frames but " + outlines.size() + " outlines");
        }
        Kinematics kinematics = newKinematics();
        ExerciseSession session = newSession();
        for (int i = 0; i < frames.size(); i++) {
            session.next(outlines.isEmpty() ? kinematics.next(frames.get(i)) : kinematics.next(frames.get(i), outlines.get(i)));
        }
        return session.finish();
    }

    /** Fresh kinematics measured against the user's neutral, for one stream (a recording, or a live one). */
    public Kinematics newKinematics() {
        return new Kinematics(kinematicsSettings());
    }

    private KinematicsSettings kinematicsSettings() {
        return KinematicsSettings.defaults().withNeutral(neutral).withLimbs(limbs);
    }

    /** A fresh engine session for one stream: the named exercise, or recognising it. */
    public ExerciseSession newSession() {
        return ExerciseSession.of(exercise, exercises, recognizer, settings);
    }

    /** Below this confidence a spine estimate is "cannot tell" (the engine's {@code flags.spine.min_confidence}). */
    public double minSpineConfidence() {
        return settings.minSpineConfidence();
    }

    /** A photo as the exercise's working position, its back judged from its outline where that is surer. */
    public StillJudge.StillResult judgeStill(Pose pose, BackOutline outline) {
        if (recognizes()) {
            throw new IllegalStateException("a photo is judged as a named exercise; recognising one needs movement");
        }
        return StillJudge.judge(Kinematics.ofStill(pose, outline, kinematicsSettings()), exercises.get(exercise), settings);
    }
}
