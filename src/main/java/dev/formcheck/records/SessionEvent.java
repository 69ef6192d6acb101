package dev.formcheck.records;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

import java.time.Instant;

/**
 * One line of a session's event log ({@code docs/records.md}). Times ending in {@code S} are
 * seconds on the session's own clock (the video's time, or the camera's since the start).
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "event")
@JsonSubTypes({
        @JsonSubTypes.Type(value = SessionEvent.Started.class, name = "started"),
        @JsonSubTypes.Type(value = SessionEvent.ExerciseNamed.class, name = "exercise"),
        @JsonSubTypes.Type(value = SessionEvent.Rep.class, name = "rep"),
        @JsonSubTypes.Type(value = SessionEvent.Fault.class, name = "flag"),
        @JsonSubTypes.Type(value = SessionEvent.Hold.class, name = "hold"),
        @JsonSubTypes.Type(value = SessionEvent.SetEnded.class, name = "set_ended"),
        @JsonSubTypes.Type(value = SessionEvent.Ended.class, name = "ended")})
public sealed interface SessionEvent {
    /**
     * The first line: what the session is.
     *
     * @param kind {@code live-workout} or {@code video}
     * @param source the video file, or the camera ("camera 0"), or the file standing in for one
     * @param exercise the exercise named, or {@code auto} until recognised
     * @param model the pose model used
     * @param calibration the calibration file used, or "shipped defaults"
     */
    record Started(int schemaVersion, String id, String kind, Instant startedAt, String source, String exercise,
                   String appVersion, String model, String calibration) implements SessionEvent {
    }

    /**
     * The exercise recognised (or confirmed) once the session knew it.
     *
     * @param view how the camera saw it ({@code side}, {@code front}, {@code oblique}); null when not
     *     known (a live workout, or a record from before it was kept)
     * @param recognized true when FormCheck chose the exercise, false when it was named; null when not kept
     * @param checks how much of the exercise each check could judge (an analysed video); null when not kept
     * @param notes the judgement's notes, as the engine wrote them; null when not kept
     */
    record ExerciseNamed(String name, String view, Boolean recognized, java.util.List<Check> checks,
                         java.util.List<String> notes) implements SessionEvent {
        public ExerciseNamed(String name) {
            this(name, null, null, null, null);
        }

        /**
         * One check's coverage: of the frames it applied to, how many it could judge, and the reason
         * given most where it could not.
         *
         * @param kind the flag it raises ({@code ROUNDED_BACK})
         */
        public record Check(String kind, int applicableFrames, int judgedFrames, String whyNotJudged) {
        }
    }

    /**
     * A counted rep and its metrics.
     *
     * @param side {@code left}/{@code right} for a one-sided exercise, else null
     * @param worstSpineDegrees the most flexed spine reading in the rep, null when none was read
     * @param decidedBy the estimate that gave it (outline, keypoints, body line), null when none
     * @param startS when the rep started; null in records made before it was kept (then about
     *     {@code bottomS - tempoS / 2})
     * @param endS when the rep ended; null as {@code startS}
     * @param signal what depth and range are measured on ("thigh inclination", "hip angle"); null as {@code startS}
     * @param deepestThighDegrees the thigh below horizontal at the deepest point (negative: above); null when not seen
     * @param pullStartS for a rep from the floor through lockout and back (a deadlift): when the pull left
     *     the floor; null for a rep from rest and in records made before it was kept (decision 0084)
     * @param lockoutStartS as {@code pullStartS}: when it locked out
     * @param lockoutEndS as {@code pullStartS}: when the lowering left lockout
     * @param floorReachedS as {@code pullStartS}: when the lowering was back at the floor
     */
    record Rep(int set, int rep, String side, double bottomS, double depthDegrees, double rangeDegrees, double tempoS,
               Double worstSpineDegrees, String decidedBy, Double startS, Double endS, String signal,
               Double deepestThighDegrees, Double pullStartS, Double lockoutStartS, Double lockoutEndS,
               Double floorReachedS) implements SessionEvent {
        /** A rep without its lockout: one from rest, or as records kept it before decision 0084. */
        public Rep(int set, int rep, String side, double bottomS, double depthDegrees, double rangeDegrees, double tempoS,
                   Double worstSpineDegrees, String decidedBy, Double startS, Double endS, String signal,
                   Double deepestThighDegrees) {
            this(set, rep, side, bottomS, depthDegrees, rangeDegrees, tempoS, worstSpineDegrees, decidedBy, startS, endS,
                    signal, deepestThighDegrees, null, null, null, null);
        }

        /** A rep as records before schema 1's report fields kept it. */
        public Rep(int set, int rep, String side, double bottomS, double depthDegrees, double rangeDegrees, double tempoS,
                   Double worstSpineDegrees, String decidedBy) {
            this(set, rep, side, bottomS, depthDegrees, rangeDegrees, tempoS, worstSpineDegrees, decidedBy, null, null, null, null);
        }
    }

    /**
     * A fault flagged. {@code kind} is its JSON name ({@code ROUNDED_BACK}); {@code rep} 0 in a hold.
     *
     * @param value the measured value, in {@code unit}; null in a live workout's record, which keeps the
     *     fault as it was cued (the engine measures a fault's worst only once it is over)
     * @param threshold the limit it crossed, in {@code unit}; null where {@code value} is
     * @param severity {@code low}, {@code moderate} or {@code high} (the analysis JSON's ids); null in a
     *     live record and in records made before it was kept
     * @param cue what the person was told to do; null in records made before it was kept
     */
    record Fault(int set, int rep, String kind, double startS, double endS, Double value, Double threshold, String unit,
                 String decidedBy, Double confidence, String severity, String cue) implements SessionEvent {
        /** A fault as records before schema 1's report fields kept it. */
        public Fault(int set, int rep, String kind, double startS, double endS, Double value, Double threshold, String unit,
                     String decidedBy, Double confidence) {
            this(set, rep, kind, startS, endS, value, threshold, unit, decidedBy, confidence, null, null);
        }
    }

    /** A timed hold. */
    record Hold(int set, double startS, double endS, double heldS, double goodFormS) implements SessionEvent {
    }

    /** A set that ended: its totals. */
    record SetEnded(int set, double startS, double endS, int reps, double holdS, double restBeforeS) implements SessionEvent {
    }

    /** The last line of a session that ended normally. */
    record Ended(Instant endedAt, String problem) implements SessionEvent {
    }
}
