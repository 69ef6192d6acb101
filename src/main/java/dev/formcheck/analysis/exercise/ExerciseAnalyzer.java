package dev.formcheck.analysis.exercise;

import dev.formcheck.analysis.ActiveSet;
import dev.formcheck.analysis.ActiveSetEvent;
import dev.formcheck.analysis.DebounceEvent;
import dev.formcheck.analysis.Episode;
import dev.formcheck.analysis.HoldEvent;
import dev.formcheck.analysis.PhaseEvent;
import dev.formcheck.analysis.PhaseMachine;
import dev.formcheck.analysis.Rep;
import dev.formcheck.kinematics.KinematicFrame;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The engine: one stream of {@link KinematicFrame}s, as one exercise, becomes reps or holds and
 * flags. It knows no exercise; the {@link ExerciseDefinition} says how the exercise moves and what
 * is checked. Per frame: the movement (phase machine, or hold switches and timer) decides where in
 * a rep or hold the person is; every check judges the frame (holds, clear, or cannot tell) if it
 * applies there, and its debouncer turns persistent faults into episodes; the active set keeps the
 * episodes inside sets. At the end, each flag is given the rep it overlaps most.
 *
 * <p>Live and recorded sessions run this same code: live cues come from {@link #next} as
 * {@link LiveEvent}s, final results from {@link #finish()}. One per stream; not thread-safe.
 *
 * <p>A timestamp earlier than the previous one means the stream started over (a looped or seeked
 * file): what was in progress is closed and decided as at the end of a stream, and the frames that
 * follow are a new segment. Reps keep counting on; a flag is given a rep of its own segment only,
 * since the timestamps of different segments overlap.
 */
public final class ExerciseAnalyzer {
    private final ExerciseDefinition definition;
    private final AnalysisSettings settings;
    private final SignalContext context;
    private final ActiveSet activeSet;
    /** The movement: a phase machine and rep judge for reps, or a held-position follower; the other is null. */
    private final PhaseMachine machine;
    private final RepJudge repJudge;
    private final HeldPositionFollower holdFollower;
    private final FrameChecks checks;
    private final RecentSamples samples = new RecentSamples();
    private final StreamResults results = new StreamResults();
    private final List<Flag> repFlags = new ArrayList<>();
    private final List<PartialRep> partialReps = new ArrayList<>();
    private final List<Episode> keptEpisodes = new ArrayList<>();
    /** Flags of the segments closed so far, each segment's in time order. */
    private final List<Flag> decidedFlags = new ArrayList<>();
    private boolean started;
    private long lastMicros;
    private final ViewTally views = new ViewTally();
    /** The sides the current rep's turning point showed, for an exercise done one side at a time. */
    private final SideTally repSides = new SideTally();
    /** Whether the exercise is judged by its body line (sagging or piked hips): then each rep keeps its worst line for the form breakdown. */
    private final boolean followsBodyLine;
    private List<LiveEvent> out = new ArrayList<>();
    /** What the last {@link #finish()} decided, as a live session reacts to it. */
    private List<LiveEvent> finishEvents = List.of();

    public ExerciseAnalyzer(ExerciseDefinition definition, AnalysisSettings settings) {
        if (definition == null || settings == null) {
            throw new IllegalArgumentException("an analyzer needs an exercise definition and settings");
        }
        this.definition = definition;
        this.followsBodyLine = definition.checks().stream()
                .anyMatch(c -> c.signal() == FaultSignal.HIP_SAG || c.signal() == FaultSignal.HIP_PIKE);
        this.settings = settings;
        this.context = settings.signalContext().forExercise(definition);
        this.checks = new FrameChecks(definition.checks());
        if (definition.movement() instanceof Movement.Repetitions r) {
            machine = new PhaseMachine(r.cycle(), r.repStart(), settings.maxBreakMicros(), settings.turnBandShare());
            repJudge = new RepJudge(definition.repChecks(), r.bottomPhase(), settings);
            holdFollower = null;
            long lookback = r.cycle().working().get(0).minDurationMicros() + r.cycle().gapHoldMicros();
            activeSet = new ActiveSet(settings.maxBreakMicros(), lookback, settings.debounceMicros());
        } else {
            Movement.HeldPosition h = (Movement.HeldPosition) definition.movement();
            machine = null;
            repJudge = null;
            holdFollower = new HeldPositionFollower(h);
            activeSet = new ActiveSet(settings.maxBreakMicros(), h.minHoldMicros() + h.graceMicros(),
                    settings.debounceMicros());
        }
    }

    public ExerciseDefinition definition() {
        return definition;
    }

    /** The next frame; returns what a live session should react to now. */
    public List<LiveEvent> next(KinematicFrame seen) {
        KinematicFrame frame = definition.judgedFrame(seen);
        out = new ArrayList<>();
        long t = frame.timestampMicros();
        if (started && t < lastMicros) {
            closeSegment();
        }
        started = true;
        lastMicros = t;
        if (frame.personFound()) {
            views.count(frame.view().view());
        }
        activeSet.advance(t).forEach(this::onSetEvent);
        MovementScope scope = machine != null ? followReps(frame, (Movement.Repetitions) definition.movement())
                : holdFollower.follow(frame, checks::noneFiring, this::onHoldEvent);
        samples.remember(frame, scope.signal(), context);
        for (FrameCheck c : checks.all()) {
            checks.judge(c, frame, scope.appliesTo(c), activeSet.inActivity(), context).forEach(this::onDebounceEvent);
        }
        return List.copyOf(out);
    }

    /** The end of the stream: everything in progress is closed and decided. */
    public ExerciseResult finish() {
        out = new ArrayList<>();
        closeSegment();
        started = false;
        finishEvents = List.copyOf(out);
        return new ExerciseResult(definition.name(), false, views.mostSeen(), results.reps(), results.holds(),
                decidedFlags, checks.notes(settings.unjudgedNoteShare()), checks.coverage(), List.copyOf(partialReps));
    }

    /**
     * What the end of the stream decided, as {@link #next} reports it: a rep counted only as the
     * stream ended (a deadlift's last pull) and its cues; empty before {@link #finish()}.
     */
    public List<LiveEvent> finishEvents() {
        return finishEvents;
    }

    /** Closes and decides everything in progress, as at the end of a stream, and starts a new segment. */
    private void closeSegment() {
        if (machine != null) {
            machine.finish().forEach(this::onPhaseEvent);
        } else {
            holdFollower.finish().forEach(this::onHoldEvent);
        }
        checks.finish(this::onDebounceEvent);
        activeSet.finish().forEach(this::onSetEvent);
        List<Flag> flags = new ArrayList<>(repFlags);
        for (Episode e : keptEpisodes) {
            if (!results.isHoldExit(e, settings.holdExitMicros())) {
                flags.add(flagOf(e));
            }
        }
        flags.sort(Comparator.comparingLong(Flag::startMicros).thenComparing(Flag::kind));
        decidedFlags.addAll(flags);
        checks.forgetEvidence();
        repFlags.clear();
        keptEpisodes.clear();
        samples.clear();
        if (holdFollower != null) {
            holdFollower.resetSwitches();
        }
        results.startSegment();
    }

    // ---- movement ----

    private MovementScope followReps(KinematicFrame frame, Movement.Repetitions r) {
        // Out of the exercise's position the signal says nothing about a rep: a gap, which ends the set once it lasts.
        OptionalDouble value = r.outOfPosition(frame) ? OptionalDouble.empty() : r.signal().of(frame).valueIfPresent();
        machine.update(frame.timestampMicros(), value).forEach(this::onPhaseEvent);
        if (machine.inRep() && r.bottomPhase().equals(machine.phase())) {
            r.perSide().flatMap(s -> s.of(frame)).ifPresent(repSides::count);
        }
        return MovementScope.ofReps(machine.phase(), machine.inRep(), value);
    }

    private void onPhaseEvent(PhaseEvent event) {
        activeSet.observe(event).forEach(this::onSetEvent);
        if (event instanceof PhaseEvent.RepAbandoned abandoned) {
            repSides.take();
            partialRep(abandoned).ifPresent(partialReps::add);
        }
        if (event instanceof PhaseEvent.RepCompleted done) {
            onRep(done.timestampMicros(), done.rep());
        }
    }

    private void onHoldEvent(HoldEvent event) {
        activeSet.observe(event).forEach(this::onSetEvent);
        if (event instanceof HoldEvent.HoldStarted started) {
            out.add(new LiveEvent.HoldStarted(started.timestampMicros(), started.startMicros()));
        } else if (event instanceof HoldEvent.HoldEnded ended) {
            var h = ended.hold();
            HoldResult result = new HoldResult(h.startMicros(), h.endMicros(), h.inPositionMicros(), h.goodFormMicros(),
                    h.notVisibleMicros(), holdFollower.sideOfHold());
            results.add(result);
            out.add(new LiveEvent.HoldEnded(ended.timestampMicros(), result));
        }
    }

    private void onRep(long now, Rep rep) {
        Movement.Repetitions r = (Movement.Repetitions) definition.movement();
        List<FrameSample> window = samples.snapshot();
        RepResult result = new RepResult(results.nextRepIndex(), rep.startMicros(), rep.bottomMicros(), rep.endMicros(),
                r.signalName(), rep.bottom(), rep.rangeOfMotion(),
                RepMetrics.worstSpineFlexion(rep.startMicros(), rep.endMicros(), window),
                RepMetrics.deepestThigh(rep.startMicros(), rep.endMicros(), window),
                RepMetrics.worstSpineEvidence(rep.startMicros(), rep.endMicros(), window), repSides.take(),
                followsBodyLine ? RepMetrics.worstBodyLine(rep.startMicros(), rep.endMicros(), window) : OptionalDouble.empty(),
                rep.lockout());
        results.add(result);
        out.add(new LiveEvent.RepCounted(now, result));
        for (Flag flag : repJudge.flags(rep, result, window)) {
            repFlags.add(flag);
            out.add(new LiveEvent.Cue(now, flag.kind(), flag.cue(),
                    new LiveEvent.Reading(flag.value(), flag.threshold(), flag.severity(), flag.decidedBy())));
        }
    }

    /**
     * A rep abandoned past its turning point without locking out (not one that went back up early:
     * that one did lock out, short of depth); and a rep from the turning point still at lockout when
     * the stream ends, which may have been a pull or the stand-up after the set (decision 0018).
     */
    private java.util.Optional<PartialRep> partialRep(PhaseEvent.RepAbandoned abandoned) {
        Movement.Repetitions r = (Movement.Repetitions) definition.movement();
        List<String> names = r.cycle().phases().stream().map(p -> p.name()).toList();
        int reached = names.indexOf(abandoned.attempt().reachedPhase());
        // A rep from the turning point (a deadlift's floor) is partial once the pull began and never locked out:
        // one still at the floor was not tried (the bar set down), one back at rest or on the way down locked out.
        boolean fromTurn = r.repStart() == PhaseMachine.RepStart.AT_TURN;
        int least = names.indexOf(r.bottomPhase()) + (fromTurn ? 1 : 0);
        var a = abandoned.attempt();
        if (fromTurn && abandoned.reason() == PhaseEvent.AbandonReason.END_OF_STREAM && reached == 0) {
            return java.util.Optional.of(new PartialRep(a.startMicros(), a.endMicros(), a.reachedPhase(), a.extreme(),
                    "locked out; the video ended before the bar was set down"));
        }
        if (abandoned.reason() == PhaseEvent.AbandonReason.RETURNED_TO_REST
                || abandoned.reason() == PhaseEvent.AbandonReason.RESTED_AT_LOCKOUT || reached < least) {
            return java.util.Optional.empty();
        }
        String why = switch (abandoned.reason()) {
            case END_OF_STREAM -> "the set ended before you came back up";
            case GAP -> "you left the view or the position before coming back up";
            case STREAM_RESTARTED -> "the video started over before you came back up";
            case RETURNED_TO_REST, RESTED_AT_LOCKOUT -> throw new IllegalStateException("a rep back at rest locked out");
        };
        return java.util.Optional.of(new PartialRep(a.startMicros(), a.endMicros(), a.reachedPhase(), a.extreme(), why));
    }

    // ---- checks ----

    private void onDebounceEvent(DebounceEvent event) {
        if (event instanceof DebounceEvent.Fired fired) {
            if (activeSet.inActivity()) {
                FlagKind kind = FlagKind.valueOf(fired.condition());
                FrameCheck c = checks.of(kind);
                double worst = fired.worstSoFar().value();
                out.add(new LiveEvent.Cue(fired.timestampMicros(), kind, c.cue(), new LiveEvent.Reading(worst,
                        c.thresholdDegrees(), settings.severityOf(kind, worst - c.thresholdDegrees(), c.severityStep()),
                        checks.evidenceAt(kind, fired.worstSoFar().timestampMicros()))));
            }
        } else if (event instanceof DebounceEvent.Ended ended) {
            activeSet.offer(ended.episode()).forEach(this::onSetEvent);
        }
    }

    private void onSetEvent(ActiveSetEvent event) {
        if (event instanceof ActiveSetEvent.FlagKept kept) {
            keptEpisodes.add(kept.episode());
        }
    }

    private Flag flagOf(Episode e) {
        FlagKind kind = FlagKind.valueOf(e.condition());
        FrameCheck c = checks.of(kind);
        double worst = e.worst().value();
        return new Flag(kind, settings.severityOf(kind, worst - c.thresholdDegrees(), c.severityStep()), e.startMicros(),
                e.endMicros(), results.repOf(e.startMicros(), e.endMicros()), worst, c.thresholdDegrees(), c.cue(),
                checks.evidenceAt(kind, e.worst().timestampMicros()));
    }
}
