package dev.formcheck.records;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A session as kept: its first line, then everything that happened, folded from the event log.
 *
 * @param complete false when the session never ended normally (killed, crashed, power cut): what it
 *                 holds is every event written before that
 * @param named the last {@code exercise} line (with the view and whether it was recognised), empty when none
 */
public record SessionRecord(SessionEvent.Started header, String exercise, Optional<SessionEvent.ExerciseNamed> named,
                            List<SessionEvent.SetEnded> sets,
                            List<SessionEvent.Rep> reps, List<SessionEvent.Fault> faults, List<SessionEvent.Hold> holds,
                            Optional<Instant> endedAt, Optional<String> problem, boolean complete) {
    public static final int SCHEMA_VERSION = 1;

    public SessionRecord {
        sets = List.copyOf(sets);
        reps = List.copyOf(reps);
        faults = List.copyOf(faults);
        holds = List.copyOf(holds);
    }

    public String id() {
        return header.id();
    }

    /** Folds an event log into a record; the first event must be {@link SessionEvent.Started}. */
    public static SessionRecord fold(List<SessionEvent> events) {
        if (events.isEmpty() || !(events.get(0) instanceof SessionEvent.Started header)) {
            throw new IllegalArgumentException("a session log starts with its \"started\" line");
        }
        String exercise = header.exercise();
        SessionEvent.ExerciseNamed named = null;
        List<SessionEvent.SetEnded> sets = new ArrayList<>();
        List<SessionEvent.Rep> reps = new ArrayList<>();
        List<SessionEvent.Fault> faults = new ArrayList<>();
        List<SessionEvent.Hold> holds = new ArrayList<>();
        Instant endedAt = null;
        String problem = null;
        for (SessionEvent e : events.subList(1, events.size())) {
            if (e instanceof SessionEvent.Started) {
                throw new IllegalArgumentException("a second \"started\" line");
            } else if (e instanceof SessionEvent.ExerciseNamed n) {
                exercise = n.name();
                named = n;
            } else if (e instanceof SessionEvent.Rep r) {
                reps.add(r);
            } else if (e instanceof SessionEvent.Fault f) {
                faults.add(f);
            } else if (e instanceof SessionEvent.Hold h) {
                holds.add(h);
            } else if (e instanceof SessionEvent.SetEnded s) {
                sets.add(s);
            } else if (e instanceof SessionEvent.Ended end) {
                endedAt = end.endedAt();
                problem = end.problem();
            }
        }
        return new SessionRecord(header, exercise, Optional.ofNullable(named), sets, reps, faults, holds, Optional.ofNullable(endedAt),
                Optional.ofNullable(problem), endedAt != null);
    }

    /** The record as events again (the summary file stores this list), in a stable order. */
    public List<SessionEvent> events() {
        List<SessionEvent> out = new ArrayList<>();
        out.add(header);
        named.ifPresent(out::add);
        out.addAll(reps);
        out.addAll(faults);
        out.addAll(holds);
        out.addAll(sets);
        endedAt.ifPresent(t -> out.add(new SessionEvent.Ended(t, problem.orElse(null))));
        return out;
    }

    public int totalReps() {
        return reps.size();
    }

    /** Reps in which no fault was flagged. */
    public int cleanReps() {
        return (int) reps.stream().filter(r -> faults.stream().noneMatch(f -> f.set() == r.set() && f.rep() == r.rep())).count();
    }
}
