package dev.formcheck.session;

import dev.formcheck.analysis.Rep;
import dev.formcheck.analysis.exercise.AnalysisSettings;
import dev.formcheck.analysis.exercise.ExerciseDefinition;
import dev.formcheck.analysis.exercise.ExerciseJudge;
import dev.formcheck.analysis.exercise.ExerciseResult;
import dev.formcheck.analysis.exercise.ExerciseSession;
import dev.formcheck.analysis.exercise.Flag;
import dev.formcheck.analysis.exercise.Load;
import dev.formcheck.analysis.exercise.OutlineNeeds;
import dev.formcheck.analysis.exercise.RepResult;
import dev.formcheck.analysis.exercise.SignalContext;
import dev.formcheck.analysis.exercise.StillJudge;
import dev.formcheck.analysis.thresholds.CalibrationFiles;
import dev.formcheck.feedback.PlainWords;
import dev.formcheck.kinematics.CameraView;
import dev.formcheck.analysis.thresholds.Thresholds;
import dev.formcheck.analysis.thresholds.UserCalibration;
import dev.formcheck.kinematics.Kinematics;
import dev.formcheck.kinematics.NeutralPosture;
import dev.formcheck.pipeline.TrackedRecording;
import dev.formcheck.pose.Pose;
import dev.formcheck.pose.silhouette.BackOutline;
import dev.formcheck.pose.silhouette.OutlineSchedule;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Exercise analysis as both front ends run it: kinematics (with the user's neutral) then the
 * exercise engine, over a recording, a photo or a live stream; and what its summary says. The
 * decisions themselves are in {@code analysis.exercise}.
 */
public final class ExerciseJudging {
    /** The exercise to name when it is to be recognised from the movement. */
    public static final String AUTO = ExerciseJudge.AUTO;

    private final ExerciseJudge judge;
    private final Thresholds thresholds;
    private final AnalysisSettings settings;

    /** @param exercise an exercise's name or {@link ExerciseSession#AUTO}; see {@link ExerciseChoices#problemWith} */
    public ExerciseJudging(String exercise, Load load, Thresholds thresholds, NeutralPosture neutral) {
        ExerciseChoices.problemWith(exercise).ifPresent(p -> {
            throw new IllegalArgumentException(p);
        });
        this.judge = new ExerciseJudge(exercise, load, thresholds, neutral, ExerciseChoices.exercises(thresholds));
        this.thresholds = thresholds;
        this.settings = AnalysisSettings.of(thresholds, load, neutral);
    }

    /** The thresholds judged by (the user's, over the defaults). */
    public Thresholds thresholds() {
        return thresholds;
    }

    /** How the engine reads a fault's size: the user's neutral and the spine confidence gate. */
    public SignalContext signalContext() {
        return settings.signalContext();
    }

    /**
     * The exercise judged with body weight against the current user's calibration (the shipped
     * defaults where there is none), as the window's workout and review both judge.
     */
    public static ExerciseJudging forCurrentUser(String exercise) {
        UserCalibration calibration = CalibrationFiles.forCurrentUser();
        return new ExerciseJudging(exercise, Load.BODYWEIGHT, calibration.thresholds(), calibration.neutralPosture());
    }

    public String exercise() {
        return judge.exercise();
    }

    public boolean recognizes() {
        return judge.recognizes();
    }

    /** Fresh kinematics measured against the user's neutral, for one stream. */
    public Kinematics newKinematics() {
        return judge.newKinematics();
    }

    /** A fresh engine session for one stream: the named exercise, or recognising it. */
    public ExerciseSession newSession() {
        return judge.newSession();
    }

    /** Below this confidence a spine estimate is "cannot tell" (the engine's {@code flags.spine.min_confidence}). */
    public double minSpineConfidence() {
        return judge.minSpineConfidence();
    }

    /** The definition judged as {@code exerciseName} (a result's exercise). */
    public ExerciseDefinition definition(String exerciseName) {
        return judge.exercises().get(exerciseName);
    }

    public boolean countsReps(String exerciseName) {
        return judge.exercises().get(exerciseName).countsReps();
    }

    /** Which frames of a recording need a fresh reading of the back's outline, by the thresholds judged with. */
    public OutlineSchedule outlineSchedule() {
        return OutlineNeeds.of(thresholds);
    }

    /**
     * A recording's frames as the exercise, the back judged from its outline where that was read
     * and is surer than the keypoints; empty when auto recognised nothing.
     */
    public Optional<ExerciseResult> analyse(TrackedRecording recording) {
        return judge.analyse(recording.frames(), recording.outlines());
    }

    /** A photo as the exercise's working position, its back judged from its outline where that is surer. */
    public StillJudge.StillResult judgeStill(Pose pose, BackOutline outline) {
        return judge.judgeStill(pose, outline);
    }

    /** What a recording's judgement says, line by line; an empty result is "not recognised". */
    public List<SummaryLine> summary(Optional<ExerciseResult> result) {
        if (result.isEmpty()) {
            return List.of(new SummaryLine("exercise",
                    "not recognised (no reps or holds of a known exercise); name it with --exercise NAME"));
        }
        ExerciseResult r = result.get();
        List<SummaryLine> lines = new ArrayList<>();
        lines.add(new SummaryLine("exercise", PlainWords.exercise(r.exercise()) + (r.recognized() ? " (recognised)" : "")
                + (r.view() == CameraView.UNKNOWN ? ", camera view not known" : ", filmed " + PlainWords.name(r.view()))));
        if (countsReps(r.exercise())) {
            lines.add(new SummaryLine("reps", Integer.toString(r.reps().size())
                    + r.sideBalance().map(b -> " (" + b.left().reps() + " left, " + b.right().reps() + " right)").orElse("")));
            tempoLine(r.reps()).ifPresent(lines::add);
            r.partialReps().forEach(p -> lines.add(new SummaryLine("partial rep, not counted", String.format(Locale.ROOT,
                    "%.1f-%.1f s, %s", p.startMicros() / 1e6, p.endMicros() / 1e6, p.why()))));
        } else if (r.holds().isEmpty()) {
            lines.add(new SummaryLine("holds", "none"));
        }
        r.holds().forEach(h -> lines.add(new SummaryLine("hold", String.format(Locale.ROOT,
                "%.1f-%.1f s, %.1f s in good form%s", h.startMicros() / 1e6, h.endMicros() / 1e6, h.goodFormMicros() / 1e6,
                PlainWords.holdSide(h)))));
        r.sideBalance().map(b -> PlainWords.sideBalance(b, r.reps().isEmpty() ? "" : r.reps().get(0).signalName()))
                .ifPresent(words -> lines.add(new SummaryLine("left and right", words)));
        lines.addAll(flagLines(r.flags()));
        r.notes().forEach(n -> lines.add(new SummaryLine("note", PlainWords.note(n))));
        return List.copyOf(lines);
    }

    /**
     * For reps from the floor through lockout and back (a deadlift), their mean pull and lowering:
     * "down" and "up" say nothing of a rep that starts at the bottom (decision 0084). Reps from rest
     * have no tempo line; their tempo is in the JSON and the report's rep table.
     */
    static Optional<SummaryLine> tempoLine(List<RepResult> reps) {
        List<Rep.Lockout> lockouts = reps.stream().flatMap(rep -> rep.lockout().stream()).toList();
        if (lockouts.isEmpty()) {
            return Optional.empty();
        }
        double pull = lockouts.stream().mapToLong(Rep.Lockout::pullMicros).average().orElseThrow() / 1e6;
        double lower = lockouts.stream().mapToLong(Rep.Lockout::lowerMicros).average().orElseThrow() / 1e6;
        return Optional.of(new SummaryLine("tempo", String.format(Locale.ROOT, "pull %.1f s, lower %.1f s%s", pull, lower,
                lockouts.size() == 1 ? "" : " (mean of " + lockouts.size() + " reps)")));
    }

    /** What a photo's judgement says, line by line. */
    public static List<SummaryLine> stillSummary(StillJudge.StillResult r) {
        List<SummaryLine> lines = new ArrayList<>();
        lines.add(new SummaryLine("exercise", PlainWords.exercise(r.exercise()) + ", " + PlainWords.name(r.position())));
        lines.addAll(flagLines(r.flags()));
        r.notes().forEach(n -> lines.add(new SummaryLine("note", PlainWords.note(n))));
        return List.copyOf(lines);
    }

    private static List<SummaryLine> flagLines(List<Flag> flags) {
        if (flags.isEmpty()) {
            return List.of(new SummaryLine("flags", "none"));
        }
        return flags.stream().map(f -> new SummaryLine("flag", String.format(Locale.ROOT,
                "%s (%s), %.1f-%.1f s%s%s: %s", PlainWords.describe(f), PlainWords.name(f.severity()),
                f.startMicros() / 1e6, f.endMicros() / 1e6, f.rep().isPresent() ? ", rep " + f.rep().getAsInt() : "",
                f.decidedBy().map(e -> ", read by the " + e.describe()).orElse(""), f.cue()))).toList();
    }
}
