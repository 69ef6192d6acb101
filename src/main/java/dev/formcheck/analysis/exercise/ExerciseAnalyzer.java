package dev.formcheck.analysis.exercise;

import dev.formcheck.analysis.ActiveSet;
import dev.formcheck.analysis.ActiveSetEvent;
import dev.formcheck.analysis.Condition;
import dev.formcheck.analysis.DebounceEvent;
import dev.formcheck.analysis.Debouncer;
import dev.formcheck.analysis.Episode;
import dev.formcheck.analysis.HoldEvent;
import dev.formcheck.analysis.HoldObservation;
import dev.formcheck.analysis.HoldTimer;
import dev.formcheck.analysis.HysteresisSwitch;
import dev.formcheck.analysis.PhaseEvent;
import dev.formcheck.analysis.PhaseMachine;
import dev.formcheck.analysis.Rep;
import dev.formcheck.analysis.Worse;
import dev.formcheck.kinematics.CameraView;
import dev.formcheck.kinematics.KinematicFrame;
import dev.formcheck.kinematics.Measurement;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;

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
    /** Samples kept for per-rep metrics: longer than any rep. */
    private static final long SAMPLE_WINDOW_MICROS = 60_000_000;

    private final ExerciseDefinition definition;
    private final AnalysisSettings settings;
    private final SignalContext context;
    private final ActiveSet activeSet;
    private final PhaseMachine machine;
    private final HysteresisSwitch inclineSwitch;
    private final HysteresisSwitch lineSwitch;
    private final HoldTimer holdTimer;
    private final Map<FlagKind, FrameCheck> checks = new LinkedHashMap<>();
    private final Map<FlagKind, Debouncer> debouncers = new EnumMap<>(FlagKind.class);
    private final Map<FlagKind, Unjudged> unjudged = new EnumMap<>(FlagKind.class);
    private final ArrayDeque<FrameSample> samples = new ArrayDeque<>();
    private final List<RepResult> reps = new ArrayList<>();
    private final List<HoldResult> holds = new ArrayList<>();
    private final List<Flag> repFlags = new ArrayList<>();
    private final List<Episode> keptEpisodes = new ArrayList<>();
    /** Flags of the segments closed so far, each segment's in time order. */
    private final List<Flag> decidedFlags = new ArrayList<>();
    /** Where the current segment's reps and holds begin in {@link #reps} and {@link #holds}. */
    private int segmentFirstRep;
    private int segmentFirstHold;
    private boolean started;
    private long lastMicros;
    private final Map<CameraView, Integer> views = new EnumMap<>(CameraView.class);
    private List<LiveEvent> out = new ArrayList<>();

    public ExerciseAnalyzer(ExerciseDefinition definition, AnalysisSettings settings) {
        if (definition == null || settings == null) {
            throw new IllegalArgumentException("an analyzer needs an exercise definition and settings");
        }
        this.definition = definition;
        this.settings = settings;
        this.context = settings.signalContext();
        for (FrameCheck c : definition.checks()) {
            checks.put(c.kind(), c);
            debouncers.put(c.kind(), new Debouncer(c.kind().name(), c.persistenceMicros(), c.releaseMicros(), Worse.HIGHER));
            unjudged.put(c.kind(), new Unjudged());
        }
        if (definition.movement() instanceof Movement.Repetitions r) {
            machine = new PhaseMachine(r.cycle());
            inclineSwitch = null;
            lineSwitch = null;
            holdTimer = null;
            long lookback = r.cycle().working().get(0).minDurationMicros() + r.cycle().gapHoldMicros();
            activeSet = new ActiveSet(settings.maxBreakMicros(), lookback, settings.debounceMicros());
        } else {
            Movement.HeldPosition h = (Movement.HeldPosition) definition.movement();
            machine = null;
            inclineSwitch = new HysteresisSwitch(h.inclineOn(), h.inclineOff());
            lineSwitch = new HysteresisSwitch(h.lineOn(), h.lineOff());
            holdTimer = new HoldTimer(h.minHoldMicros(), h.graceMicros());
            activeSet = new ActiveSet(settings.maxBreakMicros(), h.minHoldMicros() + h.graceMicros(),
                    settings.debounceMicros());
        }
    }

    public ExerciseDefinition definition() {
        return definition;
    }

    /** The next frame; returns what a live session should react to now. */
    public List<LiveEvent> next(KinematicFrame frame) {
        out = new ArrayList<>();
        long t = frame.timestampMicros();
        if (started && t < lastMicros) {
            closeSegment();
        }
        started = true;
        lastMicros = t;
        if (frame.personFound()) {
            views.merge(frame.view().view(), 1, Integer::sum);
        }
        activeSet.advance(t).forEach(this::onSetEvent);
        Scope scope = definition.movement() instanceof Movement.Repetitions r ? followReps(frame, r) : followHold(frame);
        remember(frame, scope.signal());
        for (FrameCheck c : checks.values()) {
            judge(c, frame, scope);
        }
        return List.copyOf(out);
    }

    /** The end of the stream: everything in progress is closed and decided. */
    public ExerciseResult finish() {
        out = new ArrayList<>();
        closeSegment();
        started = false;
        return new ExerciseResult(definition.name(), false, mostSeenView(), reps, holds, decidedFlags, notes());
    }

    /** Closes and decides everything in progress, as at the end of a stream, and starts a new segment. */
    private void closeSegment() {
        if (machine != null) {
            machine.finish().forEach(this::onPhaseEvent);
        } else {
            holdTimer.finish().forEach(this::onHoldEvent);
        }
        for (Debouncer d : debouncers.values()) {
            d.finish().forEach(this::onDebounceEvent);
        }
        activeSet.finish().forEach(this::onSetEvent);
        List<Flag> flags = new ArrayList<>(repFlags);
        for (Episode e : keptEpisodes) {
            if (!isHoldExit(e)) {
                flags.add(flagOf(e));
            }
        }
        flags.sort(Comparator.comparingLong(Flag::startMicros).thenComparing(Flag::kind));
        decidedFlags.addAll(flags);
        repFlags.clear();
        keptEpisodes.clear();
        samples.clear();
        if (inclineSwitch != null) {
            inclineSwitch.reset();
            lineSwitch.reset();
        }
        segmentFirstRep = reps.size();
        segmentFirstHold = holds.size();
    }

    // ---- movement ----

    /** Where in the movement this frame is, and the movement's signal. */
    private record Scope(String phase, boolean inRep, boolean inPosition, OptionalDouble signal) {
    }

    private Scope followReps(KinematicFrame frame, Movement.Repetitions r) {
        OptionalDouble value = r.signal().of(frame).valueIfPresent();
        machine.update(frame.timestampMicros(), value).forEach(this::onPhaseEvent);
        return new Scope(machine.phase(), machine.inRep(), false, value);
    }

    private Scope followHold(KinematicFrame frame) {
        Movement.HeldPosition h = (Movement.HeldPosition) definition.movement();
        Measurement incline = h.incline().of(frame);
        Measurement line = h.line().of(frame);
        HoldObservation seen;
        if (!incline.isPresent() || !line.isPresent()) {
            seen = HoldObservation.NOT_VISIBLE;
        } else {
            boolean flat = inclineSwitch.update(incline.valueIfPresent().getAsDouble());
            boolean straight = lineSwitch.update(line.valueIfPresent().getAsDouble());
            boolean goodForm = debouncers.values().stream().noneMatch(Debouncer::isFiring);
            seen = HoldObservation.of(flat && straight, goodForm);
        }
        holdTimer.update(frame.timestampMicros(), seen).forEach(this::onHoldEvent);
        return new Scope("", false, seen.inPosition(), incline.valueIfPresent());
    }

    private void onPhaseEvent(PhaseEvent event) {
        activeSet.observe(event).forEach(this::onSetEvent);
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
                    h.notVisibleMicros());
            holds.add(result);
            out.add(new LiveEvent.HoldEnded(ended.timestampMicros(), result));
        }
    }

    private void onRep(long now, Rep rep) {
        Movement.Repetitions r = (Movement.Repetitions) definition.movement();
        List<FrameSample> window = List.copyOf(samples);
        RepResult result = new RepResult(reps.size() + 1, rep.startMicros(), rep.bottomMicros(), rep.endMicros(),
                r.signalName(), rep.bottom(), rep.rangeOfMotion(),
                RepMetrics.worstSpineFlexion(rep.startMicros(), rep.endMicros(), window),
                RepMetrics.deepestThigh(rep.startMicros(), rep.endMicros(), window));
        reps.add(result);
        out.add(new LiveEvent.RepCounted(now, result));
        for (RepCheck c : definition.repChecks()) {
            OptionalDouble value = c.metric().of(rep.startMicros(), rep.endMicros(), window);
            double threshold = c.thresholdFor(RepMetrics.mostSeenView(rep.startMicros(), rep.endMicros(), window));
            if (value.isPresent() && value.getAsDouble() >= threshold) {
                long[] bottom = bottomSpan(rep, r.bottomPhase());
                repFlags.add(new Flag(c.kind(), severity(c.kind(), value.getAsDouble() - threshold,
                        c.severityStep()), bottom[0], bottom[1], OptionalInt.of(result.index()), value.getAsDouble(),
                        threshold, c.cue()));
                out.add(new LiveEvent.Cue(now, c.kind(), c.cue()));
            }
        }
    }

    /** Where the rep's depth was judged: its bottom phase, or the turning point alone. */
    private static long[] bottomSpan(Rep rep, String bottomPhase) {
        return rep.phases().stream().filter(p -> p.name().equals(bottomPhase)).findFirst()
                .map(p -> new long[] {p.startMicros(), p.endMicros()})
                .orElse(new long[] {rep.bottomMicros(), rep.bottomMicros()});
    }

    // ---- checks ----

    private void judge(FrameCheck c, KinematicFrame frame, Scope scope) {
        boolean applies = machine != null
                ? (scope.inRep() ? c.appliesIn(scope.phase()) : !c.phases().isEmpty() && c.phases().contains(scope.phase()))
                : scope.inPosition();
        Condition condition = Condition.CLEAR;
        double value = 0;
        if (applies) {
            Magnitude m = c.signal().measure(frame, context);
            if (m.isKnown()) {
                value = m.degrees().getAsDouble();
                condition = value >= c.thresholdDegrees() ? Condition.HOLDS : Condition.CLEAR;
            } else {
                condition = Condition.UNKNOWN;
            }
            if (activeSet.inActivity()) {
                unjudged.get(c.kind()).count(m);
            }
        }
        debouncers.get(c.kind()).update(frame.timestampMicros(), condition, value).forEach(this::onDebounceEvent);
    }

    private void onDebounceEvent(DebounceEvent event) {
        if (event instanceof DebounceEvent.Fired fired) {
            if (activeSet.inActivity()) {
                FlagKind kind = FlagKind.valueOf(fired.condition());
                out.add(new LiveEvent.Cue(fired.timestampMicros(), kind, checks.get(kind).cue()));
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

    /**
     * Whether an episode lies wholly in the last moments of a hold: the person getting out of the
     * position (hips up, then knees down) before the hold timer sees them leave it.
     */
    private boolean isHoldExit(Episode e) {
        for (HoldResult h : holds.subList(segmentFirstHold, holds.size())) {
            long exitFrom = h.endMicros() - settings.holdExitMicros();
            if (e.startMicros() >= exitFrom && e.startMicros() <= h.endMicros()) {
                return true;
            }
        }
        return false;
    }

    private Flag flagOf(Episode e) {
        FlagKind kind = FlagKind.valueOf(e.condition());
        FrameCheck c = checks.get(kind);
        double worst = e.worst().value();
        return new Flag(kind, severity(kind, worst - c.thresholdDegrees(), c.severityStep()), e.startMicros(),
                e.endMicros(), repOf(e.startMicros(), e.endMicros()), worst, c.thresholdDegrees(), c.cue());
    }

    private Severity severity(FlagKind kind, double excess, double step) {
        return settings.severityOf(kind, excess, step);
    }

    /** The rep of this segment a flag overlaps most; none when it overlaps no rep (a hold, or between reps). */
    private OptionalInt repOf(long start, long end) {
        long best = -1;
        int index = 0;
        for (RepResult r : reps.subList(segmentFirstRep, reps.size())) {
            long overlap = Math.min(end, r.endMicros()) - Math.max(start, r.startMicros());
            if (overlap >= 0 && overlap > best) {
                best = overlap;
                index = r.index();
            }
        }
        return index == 0 ? OptionalInt.empty() : OptionalInt.of(index);
    }

    // ---- bookkeeping ----

    private void remember(KinematicFrame frame, OptionalDouble signal) {
        long t = frame.timestampMicros();
        samples.addLast(FrameSample.of(frame, signal, context));
        while (t - samples.peekFirst().timestampMicros() > SAMPLE_WINDOW_MICROS) {
            samples.removeFirst();
        }
    }

    private CameraView mostSeenView() {
        return views.entrySet().stream().filter(e -> e.getKey() != CameraView.UNKNOWN)
                .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(CameraView.UNKNOWN);
    }

    private List<String> notes() {
        List<String> notes = new ArrayList<>();
        for (Map.Entry<FlagKind, Unjudged> e : unjudged.entrySet()) {
            e.getValue().note(e.getKey(), settings.unjudgedNoteShare()).ifPresent(notes::add);
        }
        return notes;
    }

    /** How often a check could not be judged during activity, and the reason given most. */
    private static final class Unjudged {
        private int frames;
        private int unknown;
        private final Map<String, Integer> reasons = new LinkedHashMap<>();

        void count(Magnitude m) {
            frames++;
            if (!m.isKnown()) {
                unknown++;
                reasons.merge(m.whyUnknown().orElseThrow(), 1, Integer::sum);
            }
        }

        java.util.Optional<String> note(FlagKind kind, double share) {
            if (frames == 0 || unknown <= share * frames) {
                return java.util.Optional.empty();
            }
            String reason = reasons.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
            return java.util.Optional.of(String.format(java.util.Locale.ROOT, "%s not judged in %d%% of the set: %s",
                    kind, Math.round(100.0 * unknown / frames), reason));
        }
    }
}
