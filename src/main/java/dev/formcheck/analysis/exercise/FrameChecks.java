package dev.formcheck.analysis.exercise;

import dev.formcheck.analysis.Condition;
import dev.formcheck.analysis.DebounceEvent;
import dev.formcheck.analysis.Debouncer;
import dev.formcheck.analysis.Worse;
import dev.formcheck.kinematics.KinematicFrame;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * An exercise's frame checks, each with its debouncer (a fault must persist to become an episode)
 * and its count of frames it could not judge.
 */
final class FrameChecks {
    private final Map<FlagKind, FrameCheck> checks = new LinkedHashMap<>();
    private final Map<FlagKind, Debouncer> debouncers = new EnumMap<>(FlagKind.class);
    private final Map<FlagKind, UnjudgedCount> unjudged = new EnumMap<>(FlagKind.class);
    /** What decided each frame in which a check held, by time: a flag names its worst frame's (kept until the segment is decided). */
    private final Map<FlagKind, java.util.TreeMap<Long, Evidence>> evidence = new EnumMap<>(FlagKind.class);

    FrameChecks(List<FrameCheck> definitionChecks) {
        for (FrameCheck c : definitionChecks) {
            checks.put(c.kind(), c);
            debouncers.put(c.kind(), new Debouncer(c.kind().name(), c.persistenceMicros(), c.releaseMicros(), Worse.HIGHER));
            unjudged.put(c.kind(), new UnjudgedCount());
        }
    }

    /** The checks in the definition's order. */
    Collection<FrameCheck> all() {
        return checks.values();
    }

    FrameCheck of(FlagKind kind) {
        return checks.get(kind);
    }

    /** Whether no fault is firing now (the form is good). */
    boolean noneFiring() {
        return debouncers.values().stream().noneMatch(Debouncer::isFiring);
    }

    /**
     * Judges one frame by check {@code c}: holds, clear, or cannot tell when it applies, clear when it
     * does not; a frame it applies to during activity is counted for the unjudged note.
     */
    List<DebounceEvent> judge(FrameCheck c, KinematicFrame frame, boolean applies, boolean inActivity, SignalContext context) {
        Condition condition = Condition.CLEAR;
        double value = 0;
        if (applies) {
            Magnitude m = c.signal().measure(frame, context);
            if (m.isKnown()) {
                value = m.degrees().getAsDouble();
                condition = value >= c.thresholdDegrees() ? Condition.HOLDS : Condition.CLEAR;
                if (condition == Condition.HOLDS && m.evidence().isPresent()) {
                    evidence.computeIfAbsent(c.kind(), k -> new java.util.TreeMap<>()).put(frame.timestampMicros(), m.evidence().get());
                }
            } else {
                condition = Condition.UNKNOWN;
            }
            if (inActivity) {
                unjudged.get(c.kind()).count(m);
            }
        }
        return debouncers.get(c.kind()).update(frame.timestampMicros(), condition, value);
    }

    /** Ends every fault in progress, as at the end of a stream; each debouncer's events are handled before the next finishes. */
    void finish(Consumer<DebounceEvent> events) {
        for (Debouncer d : debouncers.values()) {
            d.finish().forEach(events);
        }
    }

    /** The estimate that decided check {@code kind} in the frame at {@code micros}, if it held then. */
    java.util.Optional<Evidence> evidenceAt(FlagKind kind, long micros) {
        return java.util.Optional.ofNullable(evidence.getOrDefault(kind, new java.util.TreeMap<>()).get(micros));
    }

    /** Forgets what decided the frames of a decided segment (a restarted stream reuses its timestamps). */
    void forgetEvidence() {
        evidence.clear();
    }

    /** Each check's coverage, in the definition's order. */
    List<CheckCoverage> coverage() {
        return checks.keySet().stream().map(kind -> unjudged.get(kind).coverage(kind)).toList();
    }

    /**
     * A note for each check not judged in more than {@code share} of its frames; a front-view-only
     * check left unjudged by a side-on set says nothing ({@link FlagKind#frontViewOnly}).
     */
    List<String> notes(double share) {
        List<String> notes = new ArrayList<>();
        for (Map.Entry<FlagKind, UnjudgedCount> e : unjudged.entrySet()) {
            if (e.getKey().frontViewOnly() && e.getValue().mostlyBecause(dev.formcheck.kinematics.LimbSides.FACE_FOR_KNEES)) {
                continue;
            }
            e.getValue().note(e.getKey(), share).ifPresent(notes::add);
        }
        return notes;
    }
}
