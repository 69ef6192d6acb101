package dev.formcheck.session;

import dev.formcheck.analysis.exercise.ExerciseResult;
import dev.formcheck.analysis.exercise.ExerciseSession;
import dev.formcheck.analysis.exercise.FormBreakdown;
import dev.formcheck.analysis.exercise.RepResult;
import dev.formcheck.analysis.exercise.LiveEvent;
import dev.formcheck.kinematics.KinematicFrame;
import dev.formcheck.kinematics.Kinematics;
import dev.formcheck.kinematics.SpineEstimate;
import dev.formcheck.pose.Pose;
import dev.formcheck.pose.silhouette.BackOutline;
import dev.formcheck.pose.tracking.TrackedPose;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;

/**
 * A live workout: frames in as they arrive (from a camera or a file standing in for one),
 * kinematics and the exercise engine over them, and the sets the person does. A set starts with
 * its first rep or hold and ends on its own after {@link WorkoutSettings#setEndsAfterMicros()}
 * without one; the rest runs until the next set starts. Everything is on the stream's clock, so
 * a test drives it with synthetic frames and a recording gives the same sets as the live run.
 *
 * <p>Not thread-safe: one consumer thread feeds it.
 */
public final class WorkoutSession {
    /** Where the person is in the workout. */
    public enum Phase {
        /** Not counting yet: the person gets into position, then a short countdown runs. */
        GETTING_READY,
        /** Counting: the set starts with the first rep or hold. */
        WAITING,
        IN_SET,
        RESTING
    }

    /**
     * What one frame changed.
     *
     * @param frame the frame's kinematics (angles, spine)
     * @param events what the engine reported in this frame
     * @param exercise the exercise, once named or recognised
     * @param setIndex the current set (1-based), or the last one while resting; 0 before any
     * @param repsInSet reps counted in the current set (the last one's while resting)
     * @param holdMicros how long the current hold has run, 0 when none runs
     * @param restMicros how long the rest has run, 0 unless resting
     * @param setEnded the set that ended in this frame, if one did
     * @param position while getting ready: whether the person is in position and what to fix
     * @param countdownMicros while getting ready and in position: the time left before counting starts
     * @param restLeftMicros while resting: the time left of the rest ({@link WorkoutSettings#restMicros()}), 0 once over
     * @param repsBySide the current set's reps per side ("left", "right"), for a one-sided exercise whose
     *     engine says the side of each rep; empty otherwise
     * @param formBreakdown while in a set: where its form broke down ({@link FormBreakdown}), once it has: the
     *     moment to stop the set
     */
    public record Update(KinematicFrame frame, List<LiveEvent> events, Optional<String> exercise, Phase phase,
                         int setIndex, int repsInSet, long holdMicros, long restMicros, Optional<SetRecord> setEnded,
                         Optional<PositionCheck.Result> position, long countdownMicros, long restLeftMicros,
                         Map<String, Integer> repsBySide, Optional<FormBreakdown.Breakdown> formBreakdown) {
        public Update {
            events = List.copyOf(events);
            repsBySide = Collections.unmodifiableMap(new LinkedHashMap<>(repsBySide));
        }

        /** An update with no breakdown (a hand-built one). */
        public Update(KinematicFrame frame, List<LiveEvent> events, Optional<String> exercise, Phase phase,
                      int setIndex, int repsInSet, long holdMicros, long restMicros, Optional<SetRecord> setEnded,
                      Optional<PositionCheck.Result> position, long countdownMicros, long restLeftMicros,
                      Map<String, Integer> repsBySide) {
            this(frame, events, exercise, phase, setIndex, repsInSet, holdMicros, restMicros, setEnded, position,
                    countdownMicros, restLeftMicros, repsBySide, Optional.empty());
        }
    }

    /**
     * Which side a counted rep was done on, for one-sided exercises (a lunge's leading leg); empty
     * when the engine does not say.
     */
    public interface RepSide {
        Optional<String> of(LiveEvent.RepCounted rep);

        RepSide NOT_SAID = rep -> Optional.empty();

        /** The side the engine gives the rep (a one-sided exercise's file says how to read it), as "left" or "right". */
        RepSide FROM_ENGINE = rep -> rep.rep().side().map(side -> side.name().toLowerCase(java.util.Locale.ROOT));
    }

    private final ExerciseJudging judging;
    private final WorkoutSettings settings;
    private final Kinematics kinematics;
    private final ExerciseSession engine;
    private final List<SetRecord> sets = new ArrayList<>();
    private final RepSide repSide;
    private final Map<String, Integer> repsBySide = new LinkedHashMap<>();
    private Optional<ExerciseResult> result = Optional.empty();
    private boolean finished;

    private Phase phase;
    /** When the person was first in position in the current run of frames in position; -1 when not in position. */
    private long inPositionSince = -1;
    private Optional<PositionCheck.Result> position = Optional.empty();
    /** Before counting: in position and, as well, settled there (not walking through the spot). */
    private final PositionCheck.Settling settling = new PositionCheck.Settling();
    private long setStart;
    private long lastActivity;
    private long lastSetEnd;
    private int reps;
    private long holdStart = -1;
    private long heldBefore;
    private final List<SetRecord.Fault> faults = new ArrayList<>();
    /** Faults cued while no set runs: they belong to the next set when they fall inside it. */
    private final List<SetRecord.Fault> pending = new ArrayList<>();
    private Optional<SetRecord.WorstSpine> worstSpine = Optional.empty();
    /** The current set's counted reps, for the form-breakdown trend. */
    private final List<RepResult> setReps = new ArrayList<>();
    private final FormBreakdown.Settings breakdownRule;
    private Optional<FormBreakdown.Breakdown> breakdown = Optional.empty();
    private long lastTimestamp = Long.MIN_VALUE;

    public WorkoutSession(ExerciseJudging judging, WorkoutSettings settings) {
        this(judging, settings, RepSide.FROM_ENGINE);
    }

    public WorkoutSession(ExerciseJudging judging, WorkoutSettings settings, RepSide repSide) {
        this.judging = judging;
        this.repSide = repSide;
        this.settings = settings;
        this.kinematics = judging.newKinematics();
        this.engine = judging.newSession();
        this.breakdownRule = FormBreakdown.Settings.from(judging.thresholds());
        this.phase = settings.countdownMicros() > 0 ? Phase.GETTING_READY : Phase.WAITING;
    }

    /** Which frames need a fresh reading of the back's outline, as the analysis judging this workout says. */
    public dev.formcheck.pose.silhouette.OutlineSchedule outlineSchedule() {
        return judging.outlineSchedule();
    }

    /**
     * The outline as the exercise judges it, for what is drawn: lying on the back, a traced
     * outline is the belly's and is shown untraced with that reason; before the exercise is
     * named or recognised, as it was read. Null stays null.
     */
    public BackOutline judgedOutline(BackOutline outline, Optional<String> exercise) {
        if (outline == null) {
            return null;
        }
        return exercise.map(judging::definition).map(d -> d.judgedOutline(outline)).orElse(outline);
    }

    /**
     * A tracked frame from a {@code frameWidth}×{@code frameHeight} picture and, when it was read,
     * its back's outline (null when not). Before counting starts the frame is checked for position
     * and for the body having settled there ({@link PositionCheck.Settling}), then the countdown
     * runs; the engine sees frames from then on.
     */
    public Update next(TrackedPose pose, BackOutline outline, int frameWidth, int frameHeight) {
        KinematicFrame frame = outline == null ? kinematics.next(pose) : kinematics.next(pose, outline);
        if (phase != Phase.GETTING_READY) {
            return next(frame);
        }
        Optional<Pose> seen = pose instanceof TrackedPose.PersonFound found ? Optional.of(found.smoothed()) : Optional.empty();
        return next(frame, Optional.of(settling.check(frame.timestampMicros(), seen, frameWidth, frameHeight,
                frame.view().view())));
    }

    /** A frame already measured, the person known to be in position (counting starts at once). */
    public Update next(KinematicFrame frame) {
        return next(frame, Optional.empty());
    }

    /**
     * A frame already measured and, while getting ready, its position check (empty: in position,
     * or not checked; counting then starts at once).
     */
    public Update next(KinematicFrame frame, Optional<PositionCheck.Result> check) {
        if (finished) {
            throw new IllegalStateException("the workout is finished");
        }
        long t = frame.timestampMicros();
        if (t < lastTimestamp) {
            throw new IllegalArgumentException("frames must arrive in time order: " + t + " us after " + lastTimestamp + " us");
        }
        lastTimestamp = t;
        if (phase == Phase.GETTING_READY) {
            position = check;
            boolean ready = check.map(PositionCheck.Result::ready).orElse(true);
            inPositionSince = !ready ? -1 : inPositionSince < 0 ? t : inPositionSince;
            if (check.isPresent() && (!ready || t - inPositionSince < settings.countdownMicros())) {
                return update(frame, List.of(), Optional.empty());
            }
            phase = Phase.WAITING; // counting starts with this frame
            position = Optional.empty();
        }
        List<LiveEvent> events = engine.next(frame);
        Optional<SetRecord> ended = Optional.empty();
        take(events);
        if (phase == Phase.IN_SET) {
            noteSpine(frame);
            if (holdStart >= 0) {
                lastActivity = t;
            } else if (t - lastActivity >= settings.setEndsAfterMicros()) {
                ended = Optional.of(endSet());
            }
        }
        return update(frame, events, ended);
    }

    /** The engine's events of one frame (or of the end of the stream) into reps, holds and faults of sets. */
    private void take(List<LiveEvent> events) {
        boolean repCountedNow = false;
        for (LiveEvent e : events) {
            if (e instanceof LiveEvent.RepCounted rep) {
                beginSetIfNeeded(rep.rep().startMicros());
                reps++;
                setReps.add(rep.rep());
                if (breakdown.isEmpty()) {
                    // the set card and the counter number reps within the set; the engine counts the whole workout
                    breakdown = FormBreakdown.in(setReps, breakdownRule)
                            .map(b -> b.numberedInSet(setReps.get(0).index()));
                }
                repCountedNow = true;
                repSide.of(rep).ifPresent(side -> repsBySide.merge(side, 1, Integer::sum));
                lastActivity = Math.max(lastActivity, rep.timestampMicros());
            } else if (e instanceof LiveEvent.HoldStarted hold) {
                beginSetIfNeeded(hold.startMicros());
                holdStart = hold.startMicros();
                lastActivity = Math.max(lastActivity, hold.timestampMicros());
            } else if (e instanceof LiveEvent.HoldEnded hold) {
                if (holdStart >= 0) {
                    heldBefore += Math.max(0, hold.hold().endMicros() - holdStart);
                }
                holdStart = -1;
                lastActivity = Math.max(lastActivity, hold.timestampMicros());
            } else if (e instanceof LiveEvent.Cue cue) {
                // a fault in a set's first rep is cued before the rep is counted and the set begins
                boolean inSet = phase == Phase.IN_SET;
                (inSet ? faults : pending).add(new SetRecord.Fault(cue.kind(),
                        faultRep(holdStart >= 0, repCountedNow, inSet ? reps : 0), cue.timestampMicros()));
            }
        }
    }

    /**
     * The rep a cued fault belongs to, given the reps already counted: 0 in a hold; the rep just
     * counted when the cue comes in its frame (a fault judged as a rep completes, as a shallow
     * squat, is cued right after its {@link LiveEvent.RepCounted}); else the rep under way.
     * {@link LiveRecorder} files faults by the same rule.
     */
    static int faultRep(boolean inHold, boolean repCountedThisFrame, int repsCounted) {
        if (inHold) {
            return 0;
        }
        return repCountedThisFrame ? repsCounted : repsCounted + 1;
    }

    private void beginSetIfNeeded(long startMicros) {
        if (phase == Phase.IN_SET) {
            return;
        }
        phase = Phase.IN_SET;
        setStart = startMicros;
        lastActivity = startMicros;
        reps = 0;
        heldBefore = 0;
        repsBySide.clear();
        faults.clear();
        pending.stream().filter(f -> f.atMicros() >= startMicros).forEach(faults::add);
        pending.clear();
        worstSpine = Optional.empty();
        setReps.clear();
        breakdown = Optional.empty();
    }

    private void noteSpine(KinematicFrame frame) {
        for (SpineEstimate s : frame.spineEstimates()) {
            if (s.confidence() < judging.minSpineConfidence()) {
                continue; // "cannot tell", as the engine treats it: not a reading to report
            }
            if (worstSpine.isEmpty() || s.flexionDegrees() > worstSpine.get().flexionDegrees()) {
                worstSpine = Optional.of(new SetRecord.WorstSpine(s.flexionDegrees(), s.method(), frame.timestampMicros()));
            }
        }
    }

    private SetRecord endSet() {
        long held = heldBefore + (holdStart >= 0 ? lastActivity - holdStart : 0);
        long rest = sets.isEmpty() ? 0 : Math.max(0, setStart - lastSetEnd);
        SetRecord set = new SetRecord(sets.size() + 1, setStart, Math.max(setStart, lastActivity), reps, held, rest,
                faults, worstSpine, breakdown);
        sets.add(set);
        lastSetEnd = set.endMicros();
        holdStart = -1;
        phase = Phase.RESTING;
        return set;
    }

    private Update update(KinematicFrame frame, List<LiveEvent> events, Optional<SetRecord> ended) {
        long t = frame.timestampMicros();
        int setIndex = phase == Phase.IN_SET ? sets.size() + 1 : sets.size();
        int shownReps = phase == Phase.IN_SET ? reps : sets.isEmpty() ? 0 : sets.get(sets.size() - 1).reps();
        long hold = holdStart >= 0 ? t - holdStart : 0;
        long rest = phase == Phase.RESTING ? t - lastSetEnd : 0;
        long countdown = phase == Phase.GETTING_READY && inPositionSince >= 0
                ? Math.max(0, settings.countdownMicros() - (t - inPositionSince)) : 0;
        long restLeft = phase == Phase.RESTING ? Math.max(0, settings.restMicros() - rest) : 0;
        return new Update(frame, events, engine.exercise(), phase, setIndex, shownReps, hold, rest, ended, position,
                countdown, restLeft, repsBySide, phase == Phase.IN_SET ? breakdown : Optional.empty());
    }

    /**
     * Ends the workout: a rep the engine counts only as the stream ends (a deadlift's last pull)
     * joins its set, and a set still open ends where its last rep or hold did.
     */
    public WorkoutRecord finish() {
        if (!finished) {
            boolean holding = phase == Phase.IN_SET && holdStart >= 0;
            result = engine.finish();
            // A hold still running ends with the stream, as before; only reps and their cues come from the engine's end.
            take(engine.finishEvents().stream()
                    .filter(e -> e instanceof LiveEvent.RepCounted || e instanceof LiveEvent.Cue).toList());
            if (phase == Phase.IN_SET) {
                if (holding) {
                    lastActivity = lastTimestamp;
                }
                endSet();
            }
            finished = true;
        }
        return record();
    }

    /** The sets so far (all of them once finished). */
    public WorkoutRecord record() {
        String exercise = engine.exercise().orElse(judging.exercise());
        return new WorkoutRecord(WorkoutRecord.SCHEMA_VERSION, exercise, sets);
    }

    /** The engine's judgement of the whole stream, once finished; empty before, or when auto recognised nothing. */
    public Optional<ExerciseResult> result() {
        return result;
    }

    public Phase phase() {
        return phase;
    }
}
