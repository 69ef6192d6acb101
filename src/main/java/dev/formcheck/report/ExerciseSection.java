package dev.formcheck.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.formcheck.analysis.exercise.CheckCoverage;
import dev.formcheck.analysis.exercise.Evidence;
import dev.formcheck.analysis.exercise.ExerciseResult;
import dev.formcheck.analysis.exercise.Flag;
import dev.formcheck.analysis.exercise.HoldResult;
import dev.formcheck.analysis.exercise.RepResult;
import dev.formcheck.analysis.exercise.SideBalance;
import dev.formcheck.analysis.exercise.StillJudge;

import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * What {@code analyze --exercise} adds to the JSON document: the exercise, the view, reps, holds,
 * flags and notes (docs/analysis-json.md). Times in seconds, angles in degrees.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ExerciseSection(Exercise exercise, String view, String position, List<RepEntry> reps,
                              List<HoldEntry> holds, List<FlagEntry> flags, List<String> notes, List<CheckEntry> checks,
                              List<PartialRepEntry> partialReps, Asymmetry asymmetry) {
    /** A section of an exercise done on no particular side. */
    public ExerciseSection(Exercise exercise, String view, String position, List<RepEntry> reps, List<HoldEntry> holds,
                           List<FlagEntry> flags, List<String> notes, List<CheckEntry> checks,
                           List<PartialRepEntry> partialReps) {
        this(exercise, view, position, reps, holds, flags, notes, checks, partialReps, null);
    }

    public ExerciseSection {
        reps = List.copyOf(reps);
        holds = List.copyOf(holds);
        flags = List.copyOf(flags);
        notes = List.copyOf(notes);
        checks = List.copyOf(checks);
        partialReps = partialReps == null ? null : List.copyOf(partialReps);
    }

    /**
     * A rep that reached its turning point and never locked out: not counted.
     *
     * @param reached the furthest phase ({@code bottom}, {@code ascent})
     * @param depthDeg the rep's signal at its deepest
     * @param why in the user's words
     */
    public record PartialRepEntry(double startS, double endS, String reached, double depthDeg, String why) {
    }

    /**
     * One check of the exercise and how much of the exercise's time it judged.
     *
     * @param kind the flag it raises
     * @param judgedShare 0..1: of the frames it applied to while active (a photo: the photo), the share it could judge
     * @param whyNotJudged the reason given most where it could not, in the user's words; null when it judged every frame
     */
    public record CheckEntry(String kind, double judgedShare,
                             @JsonInclude(JsonInclude.Include.ALWAYS) String whyNotJudged) {
    }

    /**
     * What read a flag's value or a rep's worst spine flexion.
     *
     * @param estimate {@code outline}, {@code keypoints} or {@code averaged body line}
     * @param confidence 0..1 for the back's estimates; null where the estimate has no confidence of its own
     */
    public record DecidedBy(String estimate, @JsonInclude(JsonInclude.Include.ALWAYS) Double confidence) {
    }

    /** @param recognized true when {@code --exercise auto} chose it, false when the user named it */
    public record Exercise(String name, boolean recognized) {
    }

    /** @param side "left" or "right" for an exercise done one side at a time (a lunge: the front leg), else left out */
    public record RepEntry(int index, double startS, double bottomS, double endS, RepMetrics metrics,
                           @JsonInclude(JsonInclude.Include.NON_NULL) String side) {
    }

    /**
     * Left against right, for an exercise done one side at a time; left out for others.
     *
     * @param depthDifferenceDeg left's mean depth minus right's, degrees of the rep's signal; null unless both sides have reps
     * @param repTimeDifferenceS left's mean rep time minus right's; null unless both sides have reps
     * @param heldDifferenceS left's time held in good form minus right's
     */
    public record Asymmetry(SideEntry left, SideEntry right, int repDifference,
                            @JsonInclude(JsonInclude.Include.ALWAYS) Double depthDifferenceDeg,
                            @JsonInclude(JsonInclude.Include.ALWAYS) Double repTimeDifferenceS, double heldDifferenceS) {
    }

    /** One side: reps, their mean depth and time (null without reps), holds and the time held in good form. */
    public record SideEntry(int reps, @JsonInclude(JsonInclude.Include.ALWAYS) Double meanDepthDeg,
                            @JsonInclude(JsonInclude.Include.ALWAYS) Double meanRepS, int holds, double heldS) {
    }

    /**
     * @param signal what depth and range are measured on
     * @param worstSpineFlexionDeg null when the back could not be judged during the rep
     * @param deepestThighDeg degrees below horizontal at the deepest point (negative: above); null when not seen
     * @param pullS for a rep from the floor through lockout and back (a deadlift): leaving the floor to
     *     lockout; null for a rep from rest, whose {@code downS}/{@code upS} say its tempo (decision 0084)
     * @param lockoutS as {@code pullS}: the time at lockout
     * @param lowerS as {@code pullS}: leaving lockout to the floor
     */
    public record RepMetrics(String signal, double depthDeg, double rangeOfMotionDeg, double downS, double upS,
                             double durationS,
                             @JsonInclude(JsonInclude.Include.ALWAYS) Double worstSpineFlexionDeg,
                             @JsonInclude(JsonInclude.Include.ALWAYS) Double deepestThighDeg,
                             @JsonInclude(JsonInclude.Include.NON_NULL) DecidedBy worstSpineDecidedBy,
                             @JsonInclude(JsonInclude.Include.NON_NULL) Double pullS,
                             @JsonInclude(JsonInclude.Include.NON_NULL) Double lockoutS,
                             @JsonInclude(JsonInclude.Include.NON_NULL) Double lowerS) {
    }

    /** @param side "left" or "right" for an exercise held on each side in turn (the side resting on the floor), else left out */
    public record HoldEntry(double startS, double endS, double goodS, double inPositionS, double notVisibleS,
                            @JsonInclude(JsonInclude.Include.NON_NULL) String side) {
    }

    /** @param rep null in a hold or between reps */
    public record FlagEntry(String kind, String severity, double startS, double endS,
                            @JsonInclude(JsonInclude.Include.ALWAYS) Integer rep,
                            double value, double threshold, String cue,
                            @JsonInclude(JsonInclude.Include.NON_NULL) DecidedBy decidedBy) {
    }

    public static ExerciseSection of(ExerciseResult r) {
        return new ExerciseSection(new Exercise(r.exercise(), r.recognized()), r.view().name().toLowerCase(Locale.ROOT),
                null, r.reps().stream().map(ExerciseSection::rep).toList(),
                r.holds().stream().map(ExerciseSection::hold).toList(),
                r.flags().stream().map(ExerciseSection::flag).toList(), r.notes(),
                r.checks().stream().map(ExerciseSection::check).toList(),
                r.partialReps().stream().map(p -> new PartialRepEntry(s(p.startMicros()), s(p.endMicros()), p.reachedPhase(),
                        round(p.depthDegrees()), p.why())).toList(),
                r.sideBalance().map(ExerciseSection::asymmetry).orElse(null));
    }

    /** A photo judged as the exercise's working position: its position, flags (rep null) and notes; no reps or holds. */
    public static ExerciseSection ofStill(StillJudge.StillResult r) {
        return new ExerciseSection(new Exercise(r.exercise(), false), r.view().name().toLowerCase(Locale.ROOT),
                r.position().name().toLowerCase(Locale.ROOT), List.of(), List.of(),
                r.flags().stream().map(ExerciseSection::flag).toList(), r.notes(),
                r.checks().stream().filter(c -> c.applicableFrames() > 0).map(ExerciseSection::check).toList(), null);
    }

    private static CheckEntry check(CheckCoverage c) {
        return new CheckEntry(c.kind().name(), Math.round(c.judgedShare() * 1000) / 1000.0,
                c.judgedFrames() < c.applicableFrames() ? c.whyNotJudged().orElse(null) : null);
    }

    private static DecidedBy decidedBy(java.util.Optional<Evidence> e) {
        return e.map(x -> new DecidedBy(x.estimate().words(), x.confidence().isPresent()
                ? Math.round(x.confidence().getAsDouble() * 100) / 100.0 : null)).orElse(null);
    }

    private static RepEntry rep(RepResult r) {
        return new RepEntry(r.index(), s(r.startMicros()), s(r.bottomMicros()), s(r.endMicros()),
                new RepMetrics(r.signalName(), round(r.depthDegrees()), round(r.rangeOfMotionDegrees()),
                        s(r.downMicros()), s(r.upMicros()), s(r.durationMicros()),
                        orNull(r.worstSpineFlexionDegrees()), orNull(r.deepestThighDegrees()),
                        decidedBy(r.worstSpineEvidence()),
                        r.lockout().map(l -> s(l.pullMicros())).orElse(null),
                        r.lockout().map(l -> s(l.heldMicros())).orElse(null),
                        r.lockout().map(l -> s(l.lowerMicros())).orElse(null)),
                r.side().map(side -> side.name().toLowerCase(Locale.ROOT)).orElse(null));
    }

    private static Asymmetry asymmetry(SideBalance b) {
        return new Asymmetry(side(b.left()), side(b.right()), b.repDifference(), orNull(b.depthDifferenceDegrees()),
                b.repTimeDifferenceMicros().isPresent() ? round2(b.repTimeDifferenceMicros().getAsDouble() / 1e6) : null,
                s(b.heldDifferenceMicros()));
    }

    private static SideEntry side(SideBalance.SideFigures f) {
        return new SideEntry(f.reps(), orNull(f.meanDepthDegrees()),
                f.meanRepMicros().isPresent() ? round2(f.meanRepMicros().getAsDouble() / 1e6) : null, f.holds(), s(f.heldMicros()));
    }

    private static double round2(double seconds) {
        return Math.round(seconds * 100) / 100.0;
    }

    private static HoldEntry hold(HoldResult h) {
        return new HoldEntry(s(h.startMicros()), s(h.endMicros()), s(h.goodFormMicros()), s(h.inPositionMicros()),
                s(h.notVisibleMicros()), h.side().map(side -> side.name().toLowerCase(Locale.ROOT)).orElse(null));
    }

    private static FlagEntry flag(Flag f) {
        return new FlagEntry(f.kind().name(), f.severity().id(), s(f.startMicros()), s(f.endMicros()),
                f.rep().isPresent() ? f.rep().getAsInt() : null, round(f.value()), round(f.threshold()), f.cue(),
                decidedBy(f.decidedBy()));
    }

    private static double s(long micros) {
        return micros / 1e6;
    }

    /** Angles to 0.1 degree: the keypoints are not better than that. */
    private static double round(double degrees) {
        return Math.round(degrees * 10) / 10.0;
    }

    private static Double orNull(OptionalDouble d) {
        return d.isPresent() ? round(d.getAsDouble()) : null;
    }
}
