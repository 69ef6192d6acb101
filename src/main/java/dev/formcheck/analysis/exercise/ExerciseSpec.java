package dev.formcheck.analysis.exercise;

import dev.formcheck.analysis.Crossing;
import dev.formcheck.analysis.PhaseCycle;
import dev.formcheck.analysis.PhaseMachine.RepStart;
import dev.formcheck.analysis.thresholds.Threshold;
import dev.formcheck.analysis.thresholds.Thresholds;
import dev.formcheck.analysis.thresholds.Unit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * One exercise file as read ({@link ExerciseFiles}), its numbers still threshold names: it becomes
 * an {@link ExerciseDefinition} once resolved against a session's thresholds (the defaults merged
 * with the user's calibration), so a calibrated value reaches every exercise that names it.
 *
 * @param source the file, as messages name it
 * @param name the exercise's name, as on the command line
 * @param description one plain sentence for lists and reports
 * @param movement reps or a hold
 * @param checks faults judged frame by frame
 * @param repChecks faults judged once per rep
 * @param recognition how {@code --exercise auto} tells it, if the file says
 * @param ownThresholds thresholds the file defines itself (a user's exercise), named {@code <name>.*}
 * @param aliases other names people give it, lower case ("goblet squat", "rdl"): how a label or a
 *     person's words name it ({@link #isCalledBy})
 * @param liesOnBack the file's {@code "lying": "on_back"}: see {@link ExerciseDefinition#liesOnBack()}
 */
public record ExerciseSpec(String source, String name, String description, MovementSpec movement,
                           List<CheckSpec> checks, List<RepCheckSpec> repChecks, Optional<RecognitionSpec> recognition,
                           List<Threshold> ownThresholds, List<String> aliases, boolean liesOnBack) {
    public ExerciseSpec {
        aliases = List.copyOf(aliases);
        checks = List.copyOf(checks);
        repChecks = List.copyOf(repChecks);
        ownThresholds = List.copyOf(ownThresholds);
    }

    /**
     * The longest of this exercise's names (its own, hyphens read as spaces, and its aliases) that
     * {@code words} contain from a word's start, in characters; 0 when none does. Case, hyphens and
     * underscores do not matter ("Push-Ups", "push up"); the longest match is the most specific
     * name ("romanian deadlift" before "deadlift", "side plank" before "plank").
     */
    public int isCalledBy(String words) {
        String said = " " + plain(words);
        int longest = 0;
        for (String n : names()) {
            if (said.contains(" " + n)) {
                longest = Math.max(longest, n.length());
            }
        }
        return longest;
    }

    private List<String> names() {
        List<String> names = new ArrayList<>();
        names.add(plain(name));
        aliases.forEach(a -> names.add(plain(a)));
        return names;
    }

    /** Lower case, hyphens, underscores and brackets as spaces, one space between words. */
    private static String plain(String words) {
        return words.toLowerCase(Locale.ROOT).replaceAll("[-_()/,]", " ").replaceAll("\\s+", " ").strip();
    }

    /** A threshold name with the field that names it, so a missing one is reported where it was written. */
    public record Ref(String threshold, String field) {
    }

    /** A crossing by name: the side, and the threshold that gives its value. */
    public record CrossingSpec(Crossing.Side side, Ref threshold) {
    }

    public sealed interface MovementSpec permits RepsSpec, HoldSpec {
    }

    /** One phase of a rep cycle. */
    public record PhaseSpec(String name, CrossingSpec enter) {
    }

    /** A way of leaving the exercise's position. */
    public record LimitSpec(String quantity, String field, CrossingSpec leftAt) {
    }

    /** @param perSide the name of the side reading of an exercise done one side at a time ({@code per_side}), if any */
    public record RepsSpec(String signal, String signalField, String signalWords, PhaseSpec rest, List<PhaseSpec> working,
                           String turningPhase, Ref minPhase, Ref gapHold, RepStart repStart, List<LimitSpec> leftPosition,
                           Optional<String> perSide, Optional<String> frontSignal)
            implements MovementSpec {
        public RepsSpec {
            working = List.copyOf(working);
            leftPosition = List.copyOf(leftPosition);
        }
    }

    /** One condition of being in a held position, with hysteresis. */
    public record SwitchSpec(String quantity, String field, CrossingSpec enter, CrossingSpec exit) {
    }

    /** @param perSide each hold says the side the body rests on ({@code per_side}) */
    public record HoldSpec(SwitchSpec first, SwitchSpec second, Ref minHold, Ref grace, boolean perSide) implements MovementSpec {
    }

    public record CheckSpec(FlagKind flag, String signal, Ref threshold, Ref severityStep, Ref persistence, Ref release,
                            Set<String> phases, String cue) {
        public CheckSpec {
            phases = Set.copyOf(phases);
        }
    }

    public record RepCheckSpec(FlagKind flag, String metric, Ref threshold, Ref otherViewThreshold, Ref severityStep,
                               String cue) {
    }

    /** Where a recognition condition is read: at each rep's turning point, or over the reps' or hold's frames. */
    public enum Over { TURNING_POINTS, WHOLE }

    /** A quantity whose median must meet a crossing for the frames to be this exercise. */
    public record ConditionSpec(String quantity, String field, Over over, CrossingSpec crossing) {
    }

    /**
     * The conditions, all of which must hold where the movement found reps (or a hold).
     *
     * @param beforeStandingRules a shipped exercise tried before the squat's and hinges' rules, which
     *     would take it for one of theirs (a lunge's bent knees, a row's hinge); otherwise after them.
     *     A user's exercise is tried after every shipped one either way
     */
    public record RecognitionSpec(List<ConditionSpec> conditions, boolean beforeStandingRules) {
        public RecognitionSpec {
            conditions = List.copyOf(conditions);
        }
    }

    /** Whether {@code --exercise auto} may name it: only when the file says how to tell it. */
    public boolean recognizable() {
        return recognition.isPresent();
    }

    /**
     * The definition with these thresholds' values.
     *
     * @throws ExerciseFileException naming the file and field of a threshold that is missing or in the wrong unit
     */
    public ExerciseDefinition resolve(Thresholds t) {
        Movement m = movement instanceof RepsSpec r ? reps(r, t) : hold((HoldSpec) movement, t);
        List<FrameCheck> frameChecks = new ArrayList<>();
        for (CheckSpec c : checks) {
            FaultSignal signal = ExerciseVocabulary.signal(c.signal()).orElseThrow();
            frameChecks.add(new FrameCheck(c.flag(), signal, c.threshold().threshold(), degrees(t, c.threshold()),
                    degrees(t, c.severityStep()), micros(t, c.persistence()), micros(t, c.release()), c.phases(), c.cue()));
        }
        List<RepCheck> perRep = new ArrayList<>();
        for (RepCheckSpec c : repChecks) {
            perRep.add(new RepCheck(c.flag(), ExerciseVocabulary.metric(c.metric()).orElseThrow(), c.threshold().threshold(),
                    degrees(t, c.threshold()), c.otherViewThreshold().threshold(), degrees(t, c.otherViewThreshold()),
                    degrees(t, c.severityStep()), c.cue()));
        }
        try {
            return new ExerciseDefinition(name, m, frameChecks, perRep, liesOnBack);
        } catch (IllegalArgumentException e) {
            throw new ExerciseFileException(source, "", e.getMessage(), e);
        }
    }

    private Movement reps(RepsSpec r, Thresholds t) {
        long minPhase = micros(t, r.minPhase());
        PhaseCycle cycle;
        try {
            PhaseCycle.Builder b = PhaseCycle.startingAt(r.rest().name(), crossing(t, r.rest().enter()), minPhase);
            for (PhaseSpec p : r.working()) {
                b = b.then(p.name(), crossing(t, p.enter()), minPhase);
            }
            cycle = b.build(micros(t, r.gapHold()));
        } catch (IllegalArgumentException e) {
            throw new ExerciseFileException(source, "movement.phases", e.getMessage(), e);
        }
        List<Movement.PositionLimit> limits = new ArrayList<>();
        for (LimitSpec l : r.leftPosition()) {
            limits.add(new Movement.PositionLimit(l.leftAt().threshold().threshold(), quantity(t, l.quantity()),
                    crossing(t, l.leftAt())));
        }
        try {
            FrameQuantity signal = r.frontSignal().isPresent()
                    ? FrameQuantity.byView(quantity(t, r.signal()), quantity(t, r.frontSignal().get())) : quantity(t, r.signal());
            return new Movement.Repetitions(r.signalWords(), signal, cycle, r.turningPhase(), r.repStart(),
                    limits, r.perSide().map(s -> ExerciseVocabulary.sideReading(s).orElseThrow()));
        } catch (IllegalArgumentException e) {
            throw new ExerciseFileException(source, "movement.turning_phase", e.getMessage(), e);
        }
    }

    private Movement hold(HoldSpec h, Thresholds t) {
        try {
            return new Movement.HeldPosition(quantity(t, h.first().quantity()), crossing(t, h.first().enter()),
                    crossing(t, h.first().exit()), quantity(t, h.second().quantity()), crossing(t, h.second().enter()),
                    crossing(t, h.second().exit()), micros(t, h.minHold()), micros(t, h.grace()), h.perSide());
        } catch (IllegalArgumentException e) {
            throw new ExerciseFileException(source, "movement", e.getMessage(), e);
        }
    }

    /** A crossing with its threshold's value (degrees). */
    Crossing crossing(Thresholds t, CrossingSpec c) {
        return new Crossing(c.side(), degrees(t, c.threshold()));
    }

    static FrameQuantity quantity(Thresholds t, String name) {
        return ExerciseVocabulary.quantity(name, t).orElseThrow();
    }

    private double degrees(Thresholds t, Ref r) {
        return require(t, r, Unit.DEGREES).value();
    }

    private long micros(Thresholds t, Ref r) {
        return require(t, r, Unit.MILLISECONDS).micros();
    }

    private Threshold require(Thresholds t, Ref r, Unit unit) {
        if (!t.contains(r.threshold())) {
            throw new ExerciseFileException(source, r.field(), "no threshold named " + r.threshold()
                    + " (in " + t.origin() + " or this file's \"thresholds\")");
        }
        Threshold found = t.get(r.threshold());
        if (found.unit() != unit) {
            throw new ExerciseFileException(source, r.field(), r.threshold() + " is in " + found.unit().symbol()
                    + ", this field needs " + unit.symbol());
        }
        return found;
    }
}
