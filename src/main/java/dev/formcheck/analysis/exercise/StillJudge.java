package dev.formcheck.analysis.exercise;

import dev.formcheck.analysis.PhaseCycle;
import dev.formcheck.kinematics.CameraView;
import dev.formcheck.kinematics.KinematicFrame;
import dev.formcheck.kinematics.Measurement;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * Judges one photo as an exercise's working position ("is my back OK at the bottom of this
 * hinge?"). No debouncing and no sets: the photo is one moment, judged by the same checks and
 * thresholds as a video. A rep exercise's photo at its rest position (standing, arms locked out)
 * is judged only by the checks that apply there; a photo part way between the rest and the
 * turning point is judged by the frame checks but not for depth, which a rep is judged for only at
 * its turning point; a plank photo out of the plank position is not judged at all.
 */
public final class StillJudge {
    private StillJudge() {
    }

    /** Where the photo is in the exercise. */
    public enum Position { WORKING, REST, OUT_OF_POSITION, NOT_VISIBLE }

    /**
     * @param checks each frame check of the exercise: judged (1 of 1), not judged (0 of 1, with why), or
     *               not applying in this position (0 of 0)
     */
    public record StillResult(String exercise, CameraView view, Position position, List<Flag> flags, List<String> notes,
                              List<CheckCoverage> checks) {
        public StillResult {
            flags = List.copyOf(flags);
            notes = List.copyOf(notes);
            checks = List.copyOf(checks);
        }
    }

    public static StillResult judge(KinematicFrame seen, ExerciseDefinition d, AnalysisSettings settings) {
        KinematicFrame frame = d.judgedFrame(seen);
        SignalContext context = settings.signalContext().forExercise(d);
        List<String> notes = new ArrayList<>();
        Position position;
        String phase;
        // Whether a working photo reached the turning point's crossing, where a rep's depth is judged.
        boolean atTurn = false;
        String signalWords = "";
        double signal = Double.NaN;
        if (d.movement() instanceof Movement.Repetitions r) {
            Measurement m = r.signal().of(frame);
            if (!m.isPresent()) {
                notes.add(m.whyMissing().orElseThrow());
                return new StillResult(d.name(), frame.view().view(), Position.NOT_VISIBLE, List.of(), notes,
                        noneJudged(d, notes.get(0)));
            }
            PhaseCycle cycle = r.cycle();
            boolean atRest = cycle.rest().enter().isMetBy(m.valueIfPresent().getAsDouble());
            position = atRest ? Position.REST : Position.WORKING;
            phase = atRest ? cycle.rest().name() : r.bottomPhase();
            signal = m.valueIfPresent().getAsDouble();
            signalWords = r.signalName();
            atTurn = cycle.phases().stream().filter(p -> p.name().equals(r.bottomPhase())).findFirst()
                    .map(p -> p.enter().isMetBy(m.valueIfPresent().getAsDouble())).orElse(false);
        } else {
            Movement.HeldPosition h = (Movement.HeldPosition) d.movement();
            Measurement incline = h.incline().of(frame);
            Measurement line = h.line().of(frame);
            if (!incline.isPresent() || !line.isPresent()) {
                notes.add((incline.isPresent() ? line : incline).whyMissing().orElseThrow());
                return new StillResult(d.name(), frame.view().view(), Position.NOT_VISIBLE, List.of(), notes,
                        noneJudged(d, notes.get(0)));
            }
            // Lying is the position; the body line is what is judged, so a photo with the hips far
            // off the line (a clear pike) is judged, not turned away as "not a plank".
            boolean in = h.inclineOn().isMetBy(incline.valueIfPresent().getAsDouble());
            if (!in) {
                notes.add("Not in the " + d.name() + " position: nothing judged");
                return new StillResult(d.name(), frame.view().view(), Position.OUT_OF_POSITION, List.of(), notes,
                        noneJudged(d, notes.get(0)));
            }
            position = Position.WORKING;
            phase = "";
        }
        List<Flag> flags = new ArrayList<>();
        List<CheckCoverage> coverage = new ArrayList<>();
        long t = frame.timestampMicros();
        for (FrameCheck c : d.checks()) {
            boolean applies = d.countsReps() ? (position == Position.WORKING ? c.appliesIn(phase) : c.phases().contains(phase))
                    : true;
            if (!applies) {
                coverage.add(new CheckCoverage(c.kind(), 0, 0, Optional.empty()));
                continue;
            }
            Magnitude m = c.signal().measure(frame, context);
            coverage.add(new CheckCoverage(c.kind(), 1, m.isKnown() ? 1 : 0, m.whyUnknown()));
            if (!m.isKnown()) {
                notes.add(c.kind() + " not judged: " + m.whyUnknown().orElseThrow());
            } else if (m.degrees().getAsDouble() >= c.thresholdDegrees()) {
                flags.add(flag(c.kind(), m.degrees().getAsDouble(), c.thresholdDegrees(), c.severityStep(), c.cue(), t, settings)
                        .withEvidence(m.evidence()));
            }
        }
        if (position == Position.WORKING && !atTurn) {
            // Part way down or up: in a video this moment is no rep's deepest point (a rep counts
            // only once it reaches the turning point), so depth is not judged here either.
            for (RepCheck c : d.repChecks()) {
                notes.add(String.format(java.util.Locale.ROOT, "%s not judged: the photo is part way down or up (%s %.0f deg), "
                        + "not at the %s", c.kind(), signalWords, signal, r(d).bottomPhase()));
            }
        } else if (position == Position.WORKING) {
            for (RepCheck c : d.repChecks()) {
                // A photo is its own rep: one frame, its own deepest point.
                OptionalDouble v = c.metric().of(t, t, List.of(FrameSample.of(frame, OptionalDouble.empty(), context)));
                if (v.isEmpty()) {
                    notes.add(c.kind() + " not judged: " + frame.angles().thighInclination().whyMissing().orElse("not measured"));
                } else if (v.getAsDouble() >= c.thresholdFor(frame.view().view())) {
                    flags.add(flag(c.kind(), v.getAsDouble(), c.thresholdFor(frame.view().view()), c.severityStep(), c.cue(), t,
                            settings).withEvidence(Optional.of(Evidence.without(Evidence.Estimate.KEYPOINTS))));
                }
            }
        }
        return new StillResult(d.name(), frame.view().view(), position, flags, notes, coverage);
    }

    private static Movement.Repetitions r(ExerciseDefinition d) {
        return (Movement.Repetitions) d.movement();
    }

    /** Every frame check applied and none could judge, for {@code why}. */
    private static List<CheckCoverage> noneJudged(ExerciseDefinition d, String why) {
        return d.checks().stream().map(c -> new CheckCoverage(c.kind(), 1, 0, Optional.of(why))).toList();
    }

    private static Flag flag(FlagKind kind, double value, double threshold, double step, String cue, long t,
                             AnalysisSettings settings) {
        return new Flag(kind, settings.severityOf(kind, value - threshold, step), t, t, OptionalInt.empty(), value,
                threshold, cue);
    }
}
