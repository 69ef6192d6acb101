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

    /** The result's events, sets numbered from 1. */
    static List<SessionEvent> events(ExerciseResult result, WorkoutSettings settings) {
        List<SessionEvent> out = new ArrayList<>();
        out.add(new SessionEvent.ExerciseNamed(result.exercise()));
        List<RepResult> reps = result.reps().stream().sorted(java.util.Comparator.comparingLong(RepResult::startMicros)).toList();
        int set = 0;
        int repInSet = 0;
        long setStart = 0;
        long lastEnd = Long.MIN_VALUE;
        long restBefore = 0;
        List<long[]> setSpans = new ArrayList<>();
        for (RepResult r : reps) {
            if (set == 0 || r.startMicros() - lastEnd >= settings.setEndsAfterMicros()) {
                if (set > 0) {
                    out.add(new SessionEvent.SetEnded(set, s(setStart), s(lastEnd), repInSet, 0, s(restBefore)));
                    setSpans.add(new long[] {setStart, lastEnd});
                    restBefore = r.startMicros() - lastEnd;
                }
                set++;
                repInSet = 0;
                setStart = r.startMicros();
            }
            repInSet++;
            lastEnd = r.endMicros();
            out.add(new SessionEvent.Rep(set, r.index(), null, s(r.bottomMicros()), r.depthDegrees(), r.rangeOfMotionDegrees(),
                    s(r.durationMicros()), r.worstSpineFlexionDegrees().isPresent() ? r.worstSpineFlexionDegrees().getAsDouble() : null,
                    r.worstSpineEvidence().map(e -> e.estimate().words()).orElse(null)));
        }
        if (set > 0) {
            out.add(new SessionEvent.SetEnded(set, s(setStart), s(lastEnd), repInSet, 0, s(restBefore)));
            setSpans.add(new long[] {setStart, lastEnd});
        }
        long lastHoldEnd = setSpans.isEmpty() ? Long.MIN_VALUE : setSpans.get(setSpans.size() - 1)[1];
        for (HoldResult h : result.holds()) {
            set++;
            out.add(new SessionEvent.Hold(set, s(h.startMicros()), s(h.endMicros()), s(h.inPositionMicros()), s(h.goodFormMicros())));
            out.add(new SessionEvent.SetEnded(set, s(h.startMicros()), s(h.endMicros()), 0, s(h.inPositionMicros()),
                    lastHoldEnd == Long.MIN_VALUE ? 0 : s(Math.max(0, h.startMicros() - lastHoldEnd))));
            setSpans.add(new long[] {h.startMicros(), h.endMicros()});
            lastHoldEnd = h.endMicros();
        }
        java.util.Map<Integer, Integer> setOfRep = new java.util.HashMap<>();
        out.stream().filter(e -> e instanceof SessionEvent.Rep).map(e -> (SessionEvent.Rep) e).forEach(r -> setOfRep.put(r.rep(), r.set()));
        for (Flag f : result.flags()) {
            int flagSet = f.rep().isPresent() && setOfRep.containsKey(f.rep().getAsInt()) ? setOfRep.get(f.rep().getAsInt()) : setOf(f, setSpans);
            out.add(new SessionEvent.Fault(flagSet, f.rep().orElse(0), f.kind().name(), s(f.startMicros()), s(f.endMicros()),
                    f.value(), f.threshold(), "deg", f.decidedBy().map(e -> e.estimate().words()).orElse(null),
                    f.decidedBy().flatMap(SessionRecording::confidence).orElse(null)));
        }
        return out;
    }

    private static Optional<Double> confidence(Evidence e) {
        return e.confidence().isPresent() ? Optional.of(e.confidence().getAsDouble()) : Optional.empty();
    }

    /** The set whose span holds the flag's start, else the nearest one before it (1 when none). */
    private static int setOf(Flag f, List<long[]> spans) {
        int best = 1;
        for (int i = 0; i < spans.size(); i++) {
            if (f.startMicros() >= spans.get(i)[0] - 1_000_000) {
                best = i + 1;
            }
        }
        return best;
    }

    private static double s(long micros) {
        return micros / 1e6;
    }
}
