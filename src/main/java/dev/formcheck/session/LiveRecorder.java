package dev.formcheck.session;

import dev.formcheck.analysis.exercise.HoldResult;
import dev.formcheck.analysis.exercise.LiveEvent;
import dev.formcheck.analysis.exercise.RepResult;
import dev.formcheck.common.FormCheckException;
import dev.formcheck.records.SessionEvent;
import dev.formcheck.records.SessionLog;
import dev.formcheck.records.SessionRecord;
import dev.formcheck.records.SessionStore;

import java.time.Instant;
import java.util.Optional;

/**
 * Keeps a live workout as it runs ({@code docs/records.md}): its {@code started} line when it
 * starts, then each rep, cued fault, hold and ended set as the {@link WorkoutSession} reports it,
 * each appended at once, and the summary when it ends, stopped or cut short. A process killed
 * mid-workout leaves every event up to the last frame.
 *
 * <p>A record must never stop a workout: a log that cannot start or stops mid-way is said once by
 * {@link #problem()}, and the workout goes on. Called on the workout's thread only.
 */
public final class LiveRecorder {
    /** The kind of record a live workout makes. */
    public static final String KIND = "live-workout";

    private final SessionLog log;
    private String problem;
    private boolean exerciseNamed;
    private int lastRepIndex;
    private int setsWritten;
    private boolean finished;

    private LiveRecorder(SessionLog log, String problem) {
        this.log = log;
        this.problem = problem;
    }

    /**
     * Starts the record of a workout; when it cannot (the disk, the folder), the recorder records
     * nothing and {@link #problem()} says why.
     *
     * @param source what watched the person: the camera, or the file standing in for one
     * @param model the pose model's id
     * @param calibration the calibration file judged by, or "shipped defaults"
     * @param exercise the exercise as chosen (a name, or {@code auto})
     */
    public static LiveRecorder start(SessionStore store, String source, String model, String calibration, String exercise,
                                     Instant startedAt) {
        try {
            return new LiveRecorder(SessionLog.start(store, new SessionEvent.Started(SessionRecord.SCHEMA_VERSION,
                    SessionStore.newId(startedAt), KIND, startedAt, source, exercise, SessionRecording.appVersion(), model,
                    calibration)), null);
        } catch (FormCheckException e) {
            return new LiveRecorder(null, e.getMessage());
        }
    }

    /** A recorder that keeps nothing: the workout's "don't record" ({@code --no-record}'s twin in the window). */
    public static LiveRecorder off() {
        return new LiveRecorder(null, null);
    }

    /** What one frame of the workout changed, appended as it happened. */
    public void update(WorkoutSession.Update u) {
        if (log == null || finished) {
            return;
        }
        if (!exerciseNamed && u.exercise().isPresent()) {
            log.append(new SessionEvent.ExerciseNamed(u.exercise().get()));
            exerciseNamed = true;
        }
        // the set a fault belongs to: the running one, else the next (a first rep's fault is cued before it counts)
        int set = u.phase() == WorkoutSession.Phase.IN_SET ? u.setIndex() : u.setIndex() + 1;
        boolean repCountedNow = false;
        for (LiveEvent e : u.events()) {
            if (e instanceof LiveEvent.RepCounted counted) {
                RepResult r = counted.rep();
                lastRepIndex = r.index();
                repCountedNow = true;
                log.append(SessionRecording.rep(u.setIndex(), r));
            } else if (e instanceof LiveEvent.Cue cue) {
                // the workout's own rule (the rep just counted, else the one under way), on the engine's rep numbers
                int rep = WorkoutSession.faultRep(u.holdMicros() > 0, repCountedNow, lastRepIndex);
                // the reading that raised the cue: a live record has no episode's end to take the worst from
                Optional<LiveEvent.Reading> m = cue.measured();
                log.append(new SessionEvent.Fault(set, rep, cue.kind().name(), s(cue.timestampMicros()), s(cue.timestampMicros()),
                        m.map(LiveEvent.Reading::value).orElse(null), m.map(LiveEvent.Reading::threshold).orElse(null),
                        m.isPresent() ? "deg" : null,
                        m.flatMap(LiveEvent.Reading::decidedBy).map(ev -> ev.estimate().words()).orElse(null),
                        m.flatMap(LiveEvent.Reading::decidedBy).flatMap(SessionRecording::confidence).orElse(null),
                        m.map(r -> r.severity().id()).orElse(null), cue.cue()));
            } else if (e instanceof LiveEvent.HoldEnded ended) {
                HoldResult h = ended.hold();
                log.append(new SessionEvent.Hold(Math.max(1, u.setIndex()), s(h.startMicros()), s(h.endMicros()),
                        s(h.inPositionMicros()), s(h.goodFormMicros())));
            }
        }
        u.setEnded().ifPresent(this::setEnded);
        noteProblem();
    }

    /**
     * Ends the record with the workout's sets (the one still open when it stopped ends here) and why
     * it stopped early, if it did; returns the record kept, empty when there is none.
     */
    public Optional<SessionRecord> finish(WorkoutRecord workout, Optional<String> stoppedBecause, Instant endedAt) {
        if (log == null || finished) {
            return Optional.empty();
        }
        workout.sets().stream().filter(set -> set.index() > setsWritten).forEach(this::setEnded);
        finished = true;
        try {
            return Optional.of(log.finish(endedAt, stoppedBecause.orElse(null)));
        } catch (FormCheckException e) {
            problem = problem != null ? problem : e.getMessage() + "; the events written before are kept";
            return Optional.empty();
        } finally {
            noteProblem();
            log.close();
        }
    }

    /** Closes the log without a summary, when the workout ended without {@link #finish}: the record reads as stopped early. */
    public void abandon() {
        if (log != null && !finished) {
            finished = true;
            log.close();
        }
    }

    /** Why the workout is not (or no longer) being recorded, said once to the person; empty while all is well. */
    public Optional<String> problem() {
        return Optional.ofNullable(problem);
    }

    /** The session's id, empty when nothing is recorded. */
    public Optional<String> id() {
        return Optional.ofNullable(log).map(l -> l.logFile().getFileName().toString().replace(".events.jsonl", ""));
    }

    private void setEnded(SetRecord set) {
        log.append(new SessionEvent.SetEnded(set.index(), s(set.startMicros()), s(set.endMicros()), set.reps(),
                s(set.holdMicros()), s(set.restBeforeMicros())));
        setsWritten = Math.max(setsWritten, set.index());
    }

    private void noteProblem() {
        if (problem == null) {
            log.problem().ifPresent(p -> problem = p);
        }
    }

    private static double s(long micros) {
        return micros / 1e6;
    }
}
