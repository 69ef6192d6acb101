package dev.formcheck.session;

import dev.formcheck.analysis.exercise.Evidence;
import dev.formcheck.analysis.exercise.ExerciseResult;
import dev.formcheck.analysis.exercise.Flag;
import dev.formcheck.analysis.exercise.HoldResult;
import dev.formcheck.analysis.exercise.RepResult;
import dev.formcheck.records.SessionEvent;
import dev.formcheck.records.SessionLog;
import dev.formcheck.records.SessionRecord;
import dev.formcheck.records.SessionStore;
import dev.formcheck.report.SetSpan;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns what a session judged into its kept record ({@code records}): the engine's reps, flags and
 * holds as events, with sets split the way a live workout splits them (a pause of
 * {@link WorkoutSettings#setEndsAfterMicros()} ends a set).
 */
public final class SessionRecording {
    /** The kind of record an analysed video makes ({@link LiveRecorder#KIND} for a live workout). */
    public static final String VIDEO_KIND = "video";

    /** What every record says about how it was made. */
    public record Provenance(String kind, String source, String model, String calibration) {
    }

    private SessionRecording() {
    }

    /** The app's version as the jar's manifest gives it, "development" when run from classes. */
    public static String appVersion() {
        String v = SessionRecording.class.getPackage().getImplementationVersion();
        return v == null ? "development" : v;
    }

    /** The calibration the current user is judged by, as a record names it: its file, or "shipped defaults". */
    public static String calibrationOfCurrentUser() {
        return dev.formcheck.analysis.thresholds.CalibrationFiles.forCurrentUser().file().map(java.nio.file.Path::toString)
                .orElse("shipped defaults");
    }

    /** Records an analysed video's judgement (written at once: the analysis is already over). */
    public static SessionRecord recordVideo(SessionStore store, ExerciseResult result, String requestedExercise,
                                            Provenance how, Instant startedAt, Instant endedAt, WorkoutSettings settings,
                                            Optional<String> problem) {
        SessionLog log = SessionLog.start(store, new SessionEvent.Started(SessionRecord.SCHEMA_VERSION,
                SessionStore.newId(startedAt), how.kind(), startedAt, how.source(), requestedExercise, appVersion(), how.model(),
                how.calibration()));
        try {
            events(result, settings).forEach(log::append);
            SessionRecord record = log.finish(endedAt, problem.orElse(null));
            log.problem().ifPresent(p -> {
                throw new dev.formcheck.common.FormCheckException(p);
            });
            return record;
        } finally {
            log.close();
        }
    }

    /** The result's events, its sets split as the report and a live workout split them ({@link RecordingReports#sets}). */
    static List<SessionEvent> events(ExerciseResult result, WorkoutSettings settings) {
        List<SessionEvent> out = new ArrayList<>();
        out.add(new SessionEvent.ExerciseNamed(result.exercise(), result.view().name().toLowerCase(java.util.Locale.ROOT),
                result.recognized(), result.checks().stream().map(c -> new SessionEvent.ExerciseNamed.Check(c.kind().name(),
                        c.applicableFrames(), c.judgedFrames(), c.whyNotJudged().orElse(null))).toList(), result.notes()));
        List<SetSpan> sets = RecordingReports.sets(result, settings);
        java.util.Map<Integer, Integer> setOfRep = new java.util.HashMap<>();
        sets.forEach(span -> span.repIndexes().forEach(i -> setOfRep.put(i, span.number())));
        for (RepResult r : result.reps()) {
            out.add(rep(setOfRep.getOrDefault(r.index(), setAt(r.startMicros(), sets)), r));
        }
        for (HoldResult h : result.holds()) {
            out.add(new SessionEvent.Hold(setAt(h.startMicros(), sets), s(h.startMicros()), s(h.endMicros()), s(h.inPositionMicros()),
                    s(h.goodFormMicros())));
        }
        for (SetSpan span : sets) {
            int reps = (int) span.repIndexes().stream().filter(i -> i > 0).count();
            long held = result.holds().stream().filter(h -> setAt(h.startMicros(), sets) == span.number())
                    .mapToLong(HoldResult::inPositionMicros).sum();
            out.add(new SessionEvent.SetEnded(span.number(), s(span.startMicros()), s(span.endMicros()), reps, s(held),
                    s(span.restBeforeMicros())));
        }
        for (Flag f : result.flags()) {
            int set = f.rep().isPresent() && setOfRep.containsKey(f.rep().getAsInt()) ? setOfRep.get(f.rep().getAsInt())
                    : setAt(f.startMicros(), sets);
            out.add(new SessionEvent.Fault(set, f.rep().orElse(0), f.kind().name(), s(f.startMicros()), s(f.endMicros()),
                    f.value(), f.threshold(), "deg", f.decidedBy().map(e -> e.estimate().words()).orElse(null),
                    f.decidedBy().flatMap(SessionRecording::confidence).orElse(null), f.severity().id(), f.cue()));
        }
        return out;
    }

    /** A counted rep as its record line: the one mapping both a recording and a live workout use. */
    static SessionEvent.Rep rep(int set, RepResult r) {
        return new SessionEvent.Rep(set, r.index(), r.side().map(side -> side.name().toLowerCase(java.util.Locale.ROOT)).orElse(null),
                s(r.bottomMicros()), r.depthDegrees(), r.rangeOfMotionDegrees(),
                s(r.durationMicros()), r.worstSpineFlexionDegrees().isPresent() ? r.worstSpineFlexionDegrees().getAsDouble() : null,
                r.worstSpineEvidence().map(e -> e.estimate().words()).orElse(null), s(r.startMicros()), s(r.endMicros()),
                r.signalName(), r.deepestThighDegrees().isPresent() ? r.deepestThighDegrees().getAsDouble() : null,
                r.lockout().map(l -> s(l.leftTurnMicros())).orElse(null), r.lockout().map(l -> s(l.reachedMicros())).orElse(null),
                r.lockout().map(l -> s(l.leftMicros())).orElse(null), r.lockout().map(l -> s(l.backMicros())).orElse(null));
    }

    /** The last set that started at or before {@code micros} (a second's slack for a fault cued as its rep begins); 1 when none. */
    private static int setAt(long micros, List<SetSpan> sets) {
        int best = 1;
        for (SetSpan span : sets) {
            if (micros >= span.startMicros() - 1_000_000) {
                best = span.number();
            }
        }
        return best;
    }

    static Optional<Double> confidence(Evidence e) {
        return e.confidence().isPresent() ? Optional.of(e.confidence().getAsDouble()) : Optional.empty();
    }

    private static double s(long micros) {
        return micros / 1e6;
    }
}
