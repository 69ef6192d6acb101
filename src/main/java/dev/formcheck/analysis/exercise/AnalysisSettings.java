package dev.formcheck.analysis.exercise;

import dev.formcheck.analysis.thresholds.Thresholds;
import dev.formcheck.kinematics.NeutralPosture;

/**
 * What an analysis needs besides the exercise: whose neutral, what load, and the shared thresholds.
 *
 * @param neutral the user's calibrated neutral posture, or the defaults
 * @param load what the user lifts
 * @param loadSeverityRaise severity levels the load adds to back faults
 * @param minSpineConfidence a spine estimate below this is "cannot tell" ({@code flags.spine.min_confidence})
 * @param maxBreakMicros a longer pause ends an active set ({@code sets.max_break})
 * @param debounceMicros the least a flag lasts inside a set ({@code flags.debounce})
 * @param straightKneeMin a leg at least this straight carries the body line to the ankle ({@code flags.body_line.straight_knee_min})
 * @param holdExitMicros a fault starting this close to a hold's end is the way out of it ({@code holds.exit_window})
 * @param unjudgedNoteShare a check not judged in more than this share of a set's frames gets a note ({@code notes.unjudged_share})
 * @param turnBandShare how near its deepest a rep from the turning point is still at the floor, when its pull
 *     and lowering are timed, as a share of the cycle's span ({@code tempo.turn_band}, decision 0084)
 */
public record AnalysisSettings(NeutralPosture neutral, Load load, int loadSeverityRaise, double minSpineConfidence,
                               long maxBreakMicros, long debounceMicros, double straightKneeMin,
                               long holdExitMicros, double unjudgedNoteShare, double turnBandShare) {
    public AnalysisSettings {
        if (neutral == null || load == null) {
            throw new IllegalArgumentException("analysis settings need a neutral posture and a load");
        }
        if (loadSeverityRaise < 0) {
            throw new IllegalArgumentException("a load cannot lower severity (" + loadSeverityRaise + ")");
        }
    }

    public static AnalysisSettings of(Thresholds t, Load load, NeutralPosture neutral) {
        return new AnalysisSettings(neutral, load, (int) Math.round(t.get(load.severityRaiseThreshold()).value()),
                t.ratio("flags.spine.min_confidence"), t.micros("sets.max_break"), t.micros("flags.debounce"),
                t.degrees("flags.body_line.straight_knee_min"), t.micros("holds.exit_window"),
                t.ratio("notes.unjudged_share"), t.ratio("tempo.turn_band"));
    }

    /** What fault signals need. */
    public SignalContext signalContext() {
        return new SignalContext(neutral, minSpineConfidence, straightKneeMin);
    }

    /** A flag's severity: one level per step of excess beyond its threshold, raised by the load for back faults. */
    public Severity severityOf(FlagKind kind, double excess, double step) {
        Severity base = Severity.ofExcess(excess, step);
        return kind.loadRaisesSeverity() ? base.raisedBy(loadSeverityRaise) : base;
    }
}
